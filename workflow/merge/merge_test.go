package merge

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/csvfile"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/po"
	"github.com/terjime/terjime/workflow/tmx"
	"github.com/terjime/terjime/workflow/xliff"
)

// project holds the catalogs of the export and merge test project: one
// article, ru and tk catalogs in every state. Run only reads them.
const project = "../../testdata/merge/project"

func catalogPath(locale, doc string) string {
	return filepath.Join(project, "locales", locale, doc+".toml")
}

// testOptions are the options of a merge into the test project, whose
// catalogs Run reads once each.
func testOptions(t *testing.T) Options {
	read := map[string]bool{}
	return Options{
		SourceLocale: "en", TargetLocales: []string{"ru", "tk"}, Documents: []string{"news"},
		// The formats the cases name: what PO and go-i18n files cannot
		// say, and go-i18n's hash, come from their packages.
		Formats: interchange.Registry{xliff.Format, po.Format, goi18nfile.Format, csvfile.Format, tmx.Format},
		Read: func(locale, doc string) (*catalog.Catalog, error) {
			if read[locale+"/"+doc] {
				t.Errorf("%s/%s read twice", locale, doc)
			}
			read[locale+"/"+doc] = true
			return catalog.ReadFile(catalogPath(locale, doc))
		},
	}
}

// The segments of the test project's ru catalog (testdata/merge/project).
const (
	idTitle     = "3868c454c3a8" // final
	idReviewed  = "2a39087fdd32" // reviewed, with a note
	idTrans     = "9521b6840da2" // translated
	idOutdated  = "920dc667be90" // outdated, previous_source set
	idEmpty     = "ef5cf3e1197e" // untranslated, hard-wrapped source
	idEmpty2    = "8569efc4ed5a" // untranslated
	idObsolete  = "1bfef7fce3c4" // obsolete entry
	srcTitle    = "IOM seminar in Ashgabat"
	srcReviewed = "The IOM office in Turkmenistan held a seminar on countering trafficking in persons."
	srcTrans    = "Representatives of the Mejlis and the Ombudsman took part in it."
	srcOutdated = "The participants discussed the new Law on Migration."
	prevOutdate = "The participants discussed the Law on Migration."
	srcEmpty    = "The seminar ended with a round table\nof experts."
	tgtTitle    = "Семинар МОМ в Ашхабаде"
	tgtReviewed = "Представительство МОМ в Туркменистане провело семинар по противодействию торговле людьми."
	tgtTrans    = "В нём приняли участие представители Меджлиса и Омбудсмена."
	tgtOutdated = "Участники обсудили Закон о миграции."
)

func TestMergeUnit(t *testing.T) {
	unit := func(id, src, tgt string, st catalog.State) catalog.Unit {
		return catalog.Unit{Document: "news", ID: id, Source: src, Target: tgt, State: st, StateSet: true, Line: 7}
	}
	type want struct {
		kind           string // applied, unchanged, outdated, conflict, unknown
		reason         string // the event's message ID, if any
		target         string
		state          catalog.State
		previousSource string
		note           string
	}
	for _, tc := range []struct {
		name   string
		format string
		u      catalog.Unit
		force  bool
		want   want
	}{
		{"same text and state", "xliff", unit(idTrans, srcTrans, tgtTrans, catalog.Translated), false,
			want{kind: "unchanged", target: tgtTrans, state: catalog.Translated}},
		// a CAT tool's copy of the source in an untranslated segment
		{"target is the source", "xliff12", unit(idEmpty2, "Thank you.", "Thank you.", catalog.Translated), false,
			want{kind: "unchanged", state: catalog.Untranslated}},
		{"target is the source, other spacing", "tmx", unit(idEmpty, srcEmpty, "The seminar ended with a round table of experts.", catalog.Translated), false,
			want{kind: "unchanged", state: catalog.Untranslated}},
		{"target is the source over a translation", "po", unit(idTrans, srcTrans, srcTrans, catalog.Translated), true,
			want{kind: "unchanged", target: tgtTrans, state: catalog.Translated}},
		{"PO cannot say reviewed: no downgrade", "po", unit(idReviewed, srcReviewed, tgtReviewed, catalog.Translated), false,
			want{kind: "unchanged", target: tgtReviewed, state: catalog.Reviewed, note: "checked against the IOM press release"}},
		{"CAT tool raises to final", "xliff", unit(idTrans, srcTrans, tgtTrans, catalog.Final), false,
			want{kind: "applied", target: tgtTrans, state: catalog.Final}},
		{"into untranslated, final stays final", "xliff", unit(idEmpty, srcEmpty, "Семинар завершился.", catalog.Final), false,
			want{kind: "applied", target: "Семинар завершился.", state: catalog.Final}},
		{"into untranslated, whitespace of the source reflowed", "xliff", unit(idEmpty, "The seminar ended with a round table of experts.", "Семинар завершился.", catalog.Translated), false,
			want{kind: "applied", target: "Семинар завершился.", state: catalog.Translated}},
		{"into untranslated as a draft", "po", unit(idEmpty, srcEmpty, "Семинар завершился.", catalog.Outdated), false,
			want{kind: "applied", target: "Семинар завершился.", state: catalog.Outdated}},
		{"a target without a state is a draft", "xliff12", catalog.Unit{Document: "news", ID: idEmpty, Source: srcEmpty, Target: "Черновик.", State: catalog.Untranslated, StateSet: true}, false,
			want{kind: "applied", target: "Черновик.", state: catalog.Outdated}},
		{"state not said: derived from the target", "csv", catalog.Unit{Document: "news", ID: idEmpty, Source: srcEmpty, Target: "Готово."}, false,
			want{kind: "applied", target: "Готово.", state: catalog.Translated}},
		{"fixes an outdated translation", "po", unit(idOutdated, srcOutdated, "Участники обсудили новый Закон о миграции.", catalog.Translated), false,
			want{kind: "applied", target: "Участники обсудили новый Закон о миграции.", state: catalog.Translated}},
		{"fuzzy removed, text kept", "po", unit(idOutdated, srcOutdated, tgtOutdated, catalog.Translated), false,
			want{kind: "applied", target: tgtOutdated, state: catalog.Translated}},
		{"still fuzzy, same text", "po", unit(idOutdated, srcOutdated, tgtOutdated, catalog.Outdated), false,
			want{kind: "unchanged", target: tgtOutdated, state: catalog.Outdated, previousSource: prevOutdate}},
		{"another target over reviewed work", "po", unit(idReviewed, srcReviewed, "Другой перевод.", catalog.Translated), false,
			want{kind: "conflict", reason: "MergeConflictTarget", target: tgtReviewed, state: catalog.Reviewed, note: "checked against the IOM press release"}},
		{"another target over reviewed work, forced", "po", unit(idReviewed, srcReviewed, "Другой перевод.", catalog.Translated), true,
			want{kind: "applied", reason: "MergeConflictTarget", target: "Другой перевод.", state: catalog.Translated, note: "checked against the IOM press release"}},
		{"another target over translated work", "csv", unit(idTrans, srcTrans, "Другой перевод.", catalog.Translated), false,
			want{kind: "conflict", reason: "MergeConflictTarget", target: tgtTrans, state: catalog.Translated}},
		{"fuzzy over final", "po", unit(idTitle, srcTitle, tgtTitle, catalog.Outdated), false,
			want{kind: "conflict", reason: "MergeConflictDowngrade", target: tgtTitle, state: catalog.Final}},
		{"fuzzy over translated: flagged for work", "po", unit(idTrans, srcTrans, tgtTrans, catalog.Outdated), false,
			want{kind: "applied", target: tgtTrans, state: catalog.Outdated}},
		{"empty target never clears", "csv", unit(idTrans, srcTrans, "", catalog.Untranslated), false,
			want{kind: "unchanged", target: tgtTrans, state: catalog.Translated}},
		{"source changed, catalog empty: kept as outdated", "xliff", unit(idEmpty, "The seminar ended.", "Семинар завершился.", catalog.Final), false,
			want{kind: "outdated", reason: "MergeKeptOutdated", target: "Семинар завершился.", state: catalog.Outdated, previousSource: "The seminar ended."}},
		{"source changed, catalog has another translation", "xliff", unit(idTrans, "Representatives took part.", "Представители участвовали.", catalog.Translated), false,
			want{kind: "conflict", reason: "MergeConflictStale", target: tgtTrans, state: catalog.Translated}},
		{"source changed, same translation", "xliff", unit(idTrans, "Representatives took part.", tgtTrans, catalog.Translated), false,
			want{kind: "unchanged", target: tgtTrans, state: catalog.Translated}},
		{"newer work on the previous source supersedes the outdated one", "po", unit(idOutdated, prevOutdate, "Участники обсудили закон о миграции.", catalog.Translated), false,
			want{kind: "outdated", reason: "MergeKeptOutdated", target: "Участники обсудили закон о миграции.", state: catalog.Outdated, previousSource: prevOutdate}},
		{"note added", "xliff", catalog.Unit{Document: "news", ID: idTrans, Source: srcTrans, Target: tgtTrans, State: catalog.Translated, StateSet: true, Note: "проверить падеж"}, false,
			want{kind: "applied", target: tgtTrans, state: catalog.Translated, note: "проверить падеж"}},
		{"note extended", "xliff", catalog.Unit{Document: "news", ID: idReviewed, Source: srcReviewed, Target: tgtReviewed, State: catalog.Reviewed, StateSet: true, Note: "checked against the IOM press release\nand the Russian version"}, false,
			want{kind: "applied", target: tgtReviewed, state: catalog.Reviewed, note: "checked against the IOM press release\nand the Russian version"}},
		{"note replaced", "xliff", catalog.Unit{Document: "news", ID: idReviewed, Source: srcReviewed, Target: tgtReviewed, State: catalog.Reviewed, StateSet: true, Note: "something else"}, false,
			want{kind: "conflict", reason: "MergeConflictNote", target: tgtReviewed, state: catalog.Reviewed, note: "checked against the IOM press release"}},
		{"unknown segment", "po", unit("000000000000", "Nothing.", "Ничего.", catalog.Translated), false,
			want{kind: "unknown", reason: "MergeUnknownSegment"}},
		{"removed segment", "po", unit(idObsolete, "The seminar was opened by the head of the IOM office.", "Семинар открыл глава.", catalog.Translated), false,
			want{kind: "unknown", reason: "MergeRemovedSegment"}},
		{"unknown document", "po", catalog.Unit{Document: "other", ID: idTrans, Source: srcTrans, Target: tgtTrans}, false,
			want{kind: "unknown", reason: "MergeUnknownDocument"}},
		{"no document: found by ID", "csv", catalog.Unit{ID: idEmpty, Source: srcEmpty, Target: "Готово.", State: catalog.Translated, StateSet: true}, false,
			want{kind: "applied", target: "Готово.", state: catalog.Translated}},
		{"no document, unknown ID", "csv", catalog.Unit{ID: "000000000000", Source: "x", Target: "y"}, false,
			want{kind: "unknown", reason: "MergeUnknownSegmentAnyDoc"}},
		{"no ID", "po", catalog.Unit{Source: "x", Target: "y"}, false,
			want{kind: "unknown", reason: "MergeNoID"}},
		{"no source, no hash", "csv", catalog.Unit{Document: "news", ID: idEmpty, Target: "y"}, false,
			want{kind: "unknown", reason: "MergeNoSource"}},
		{"goi18n hash of the current source", "goi18n", catalog.Unit{Document: "news", ID: idEmpty, SourceHash: goi18nfile.Hash(srcEmpty, srcEmpty), Target: "Готово.", State: catalog.Translated, StateSet: true}, false,
			want{kind: "applied", target: "Готово.", state: catalog.Translated}},
		{"goi18n hash of an older source", "goi18n", catalog.Unit{Document: "news", ID: idEmpty, Source: "The seminar ended.", SourceHash: goi18nfile.Hash("The seminar ended.", "The seminar ended."), Target: "Готово.", State: catalog.Translated, StateSet: true}, false,
			want{kind: "outdated", reason: "MergeKeptOutdated", target: "Готово.", state: catalog.Outdated, previousSource: "The seminar ended."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := &catalog.Exchange{Format: tc.format, Path: "f", TargetLocale: "ru", Units: []catalog.Unit{tc.u}}
			opts := testOptions(t)
			if tc.force {
				opts.Take = "file"
			}
			res, err := Run(context.Background(), []*catalog.Exchange{ex}, opts)
			if err != nil {
				t.Fatal(err)
			}
			c := res.Counts[0]
			got := map[string]int{"applied": c.Applied, "unchanged": c.Unchanged, "outdated": c.Outdated, "conflict": c.Conflicts, "unknown": c.Unknown}
			wantCounts := map[string]int{"applied": 0, "unchanged": 0, "outdated": 0, "conflict": 0, "unknown": 0}
			wantCounts[tc.want.kind] = 1
			if tc.force && tc.want.reason != "" && tc.want.kind == "applied" {
				wantCounts["conflict"] = 1 // reported, then forced
			}
			for k, v := range wantCounts {
				if got[k] != v {
					t.Errorf("counts %+v, want one %s", c, tc.want.kind)
					break
				}
			}
			if tc.want.reason != "" {
				if len(res.Events) == 0 || res.Events[0].Reason != tc.want.reason {
					t.Errorf("events %+v, want %s", res.Events, tc.want.reason)
				} else if res.Events[0].Line != tc.u.Line {
					t.Errorf("event at line %d, want %d", res.Events[0].Line, tc.u.Line)
				}
			}
			if tc.want.kind == "unknown" {
				if len(res.Catalogs) > 0 {
					t.Errorf("an unknown unit changed a catalog")
				}
				return
			}
			// A conflict kept open is kept in the catalog.
			changed := tc.want.kind == "applied" || tc.want.kind == "outdated" || tc.want.kind == "conflict"
			if changed != (len(res.Catalogs) == 1) {
				t.Errorf("%d catalogs changed", len(res.Catalogs))
			}
			var s *catalog.Segment
			if len(res.Catalogs) == 1 {
				s, _ = res.Catalogs[0].Lookup(tc.u.ID)
			} else {
				cat, err := catalog.ReadFile(catalogPath("ru", "news"))
				if err != nil {
					t.Fatal(err)
				}
				s, _ = cat.Lookup(tc.u.ID)
			}
			if s.Target != tc.want.target || s.State != tc.want.state || s.PreviousSource != tc.want.previousSource || s.Note != tc.want.note {
				t.Errorf("segment: target %q, state %s, previous %q, note %q\nwant target %q, state %s, previous %q, note %q",
					s.Target, s.State, s.PreviousSource, s.Note, tc.want.target, tc.want.state, tc.want.previousSource, tc.want.note)
			}
			if open := tc.want.kind == "conflict"; open != (len(s.Conflicts) == 1) || open != (c.Open == 1) {
				t.Errorf("conflicts kept: %+v, counted %d", s.Conflicts, c.Open)
			} else if open && (!strings.HasPrefix(s.Conflicts[0].From, "f") || s.Conflicts[0].Target != tc.u.Target && s.Conflicts[0].Note != tc.u.Note) {
				t.Errorf("the conflict keeps %+v, not the file's version", s.Conflicts[0])
			}
			if s.State == catalog.Outdated && s.PreviousSource != "" && s.SourceHash != catalog.Hash(s.PreviousSource) {
				t.Errorf("outdated segment's source_hash %s is not the hash of its previous source", s.SourceHash)
			}
			if s.State.Done() && s.SourceHash != catalog.Hash(s.Source) {
				t.Errorf("done segment's source_hash %s is not the hash of its source", s.SourceHash)
			}
		})
	}
}

func TestMergeLocales(t *testing.T) {
	u := []catalog.Unit{{Document: "news", ID: idEmpty, Source: srcEmpty, Target: "x"}}
	for _, tc := range []struct {
		name, src, tgt, reason string
	}{
		{"unknown target locale", "en", "de", "MergeUnknownLocale"},
		{"other source locale", "fr", "ru", "MergeWrongSourceLocale"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := &catalog.Exchange{Format: "xliff", Path: "f", SourceLocale: tc.src, TargetLocale: tc.tgt, Units: u}
			res, err := Run(context.Background(), []*catalog.Exchange{ex}, testOptions(t))
			if err != nil {
				t.Fatal(err)
			}
			if res.Counts[0].Unknown != 1 || len(res.Events) != 1 || res.Events[0].Reason != tc.reason || len(res.Catalogs) != 0 {
				t.Errorf("counts %+v, events %+v", res.Counts[0], res.Events)
			}
		})
	}
	for _, loc := range []string{"ru-RU", "ru_RU", "RU"} {
		ex := &catalog.Exchange{Format: "po", Path: "f", TargetLocale: loc, Units: u}
		res, err := Run(context.Background(), []*catalog.Exchange{ex}, testOptions(t))
		if err != nil || res.Counts[0].Applied != 1 {
			t.Errorf("locale %s: %v, %+v", loc, err, res)
		}
	}
	ex := &catalog.Exchange{Format: "csv", Path: "f", Units: u}
	if _, err := Run(context.Background(), []*catalog.Exchange{ex}, testOptions(t)); err == nil || !strings.Contains(err.Error(), "pass --locale") {
		t.Errorf("a file without a locale: %v", err)
	}
	opts := testOptions(t)
	opts.Locale = "tk"
	if res, err := Run(context.Background(), []*catalog.Exchange{ex}, opts); err != nil || res.Counts[0].Applied != 1 {
		t.Errorf("--locale tk: %v", err)
	}
}

// Take settles a file's conflicts as they are found, only for the listed
// segments when Segments names some; "catalog" also settles the same
// conflict an earlier merge kept open.
func TestMergeTake(t *testing.T) {
	unit := catalog.Unit{Document: "news", ID: idReviewed, Source: srcReviewed, Target: "Другой перевод.", State: catalog.Translated, StateSet: true, Line: 3}
	for _, tc := range []struct {
		take     string
		segments []string
		target   string
		open     int
	}{
		{"", nil, tgtReviewed, 1},
		{"file", nil, "Другой перевод.", 0},
		{"catalog", nil, tgtReviewed, 0},
		{"file", []string{idTrans}, tgtReviewed, 1}, // another segment's
		{"file", []string{idReviewed}, "Другой перевод.", 0},
	} {
		opts := testOptions(t)
		var cat *catalog.Catalog
		read := opts.Read
		opts.Read = func(l, d string) (*catalog.Catalog, error) {
			c, err := read(l, d)
			if s, ok := c.Lookup(idReviewed); ok && tc.take == "catalog" {
				// kept open by an earlier merge of the same file
				s.Conflicts = []catalog.Conflict{{Target: unit.Target, State: catalog.Translated, Note: s.Note, From: "f:3"}}
			}
			cat = c
			return c, err
		}
		opts.Take, opts.Segments = tc.take, tc.segments
		res, err := Run(context.Background(), []*catalog.Exchange{{Format: "po", Path: "f", TargetLocale: "ru", Units: []catalog.Unit{unit}}}, opts)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := cat.Lookup(idReviewed)
		if s.Target != tc.target || len(s.Conflicts) != tc.open || res.Open() != tc.open || res.Conflicts() != 1 {
			t.Errorf("take %q %v: %q, %d kept, %d open, %d found", tc.take, tc.segments, s.Target, len(s.Conflicts), res.Open(), res.Conflicts())
		}
		if taken := res.Events[0].Taken; taken != tc.take && !(tc.open == 1 && taken == "") {
			t.Errorf("take %q: event says %q", tc.take, taken)
		}
	}
}

// A file that holds one segment twice: the same translation again (in
// whatever state) is no news; another is a conflict kept open in the segment, even with Take,
// since the file does not say which of its versions it means. Units without
// a document reach the segment by ID alike.
func TestSegmentTwiceInOneFile(t *testing.T) {
	unit := func(line int, target string, st catalog.State) catalog.Unit {
		return catalog.Unit{Document: "news", ID: idEmpty2, Source: "Thank you.", Target: target, State: st, StateSet: true, Line: line}
	}
	for _, tc := range []struct {
		name      string
		take      string
		second    catalog.Unit
		conflicts int
	}{
		{"same translation", "", unit(9, "Спасибо.", catalog.Translated), 0},
		{"second says nothing", "", unit(9, "", catalog.Untranslated), 0},
		{"another translation", "", unit(9, "Благодарю.", catalog.Translated), 1},
		{"another translation, take file", "file", unit(9, "Благодарю.", catalog.Translated), 1},
		{"the same, another state", "", unit(9, "Спасибо.", catalog.Reviewed), 0},
		{"a draft after a draft", "", unit(9, "Благодарю.", catalog.Outdated), 1},
		{"no document", "catalog", catalog.Unit{ID: idEmpty2, Source: "Thank you.", Target: "Благодарю.", Line: 9}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := unit(4, "Спасибо.", catalog.Translated)
			if tc.name == "a draft after a draft" {
				first.State = catalog.Outdated
			}
			ex := &catalog.Exchange{Format: "xliff", Path: "f.xlf", TargetLocale: "ru", Units: []catalog.Unit{first, tc.second}}
			opts := testOptions(t)
			opts.Take = tc.take
			res, err := Run(context.Background(), []*catalog.Exchange{ex}, opts)
			if err != nil {
				t.Fatal(err)
			}
			c := res.Counts[0]
			if c.Applied != 1 || c.Conflicts != tc.conflicts || c.Open != tc.conflicts || c.Unchanged != 1-tc.conflicts {
				t.Fatalf("counts %+v, want the first applied and %d open conflicts", c, tc.conflicts)
			}
			s := res.Catalogs[0].Segments[res.Catalogs[0].Index()[idEmpty2]]
			if s.Target != "Спасибо." {
				t.Errorf("target %q: the first unit's translation should stand", s.Target)
			}
			if tc.conflicts == 0 {
				if len(s.Conflicts) > 0 || len(res.Events) > 0 {
					t.Errorf("conflicts %+v, events %+v: want none", s.Conflicts, res.Events)
				}
				return
			}
			if len(s.Conflicts) != 1 || s.Conflicts[0].From != "f.xlf:9" {
				t.Errorf("conflicts %+v, want the second version from f.xlf:9", s.Conflicts)
			}
			if len(res.Events) != 1 || res.Events[0].Reason != "MergeConflictTwice" || res.Events[0].First != 4 || res.Events[0].Taken != "" {
				t.Errorf("events %+v, want one open MergeConflictTwice naming line 4", res.Events)
			}
		})
	}
}

// A note that comes back with other line breaks (a PO comment ends at a CR
// as at a LF, and the reader gives LF) is the same note, not a conflict.
func TestNoteDecisionLineBreaks(t *testing.T) {
	for _, tc := range []struct {
		catalog, file string
		want          outcome
	}{
		{"first\rsecond", "first\nsecond", keep},
		{"first\r\nsecond", "first\nsecond", keep},
		{"first\nsecond", "first\r\nsecond", keep},
		{"first\rsecond", "first\nsecond\nthird", apply},
		{"first\rsecond", "firstsecond", conflict},
		{"first\nsecond", "first second", conflict},
	} {
		d := noteDecision(&catalog.Segment{Note: tc.catalog}, &catalog.Unit{Note: tc.file})
		if d.what != tc.want {
			t.Errorf("catalog %q, file %q: outcome %d, want %d", tc.catalog, tc.file, d.what, tc.want)
		}
	}
}

// Settle settles a conflict an obsolete entry keeps, which OpenConflicts
// counts: otherwise merge --take would say it settled nothing and exit 1
// on it for ever.
func TestSettleObsolete(t *testing.T) {
	other := []catalog.Conflict{{Target: "Другой.", State: catalog.Translated, From: "ru.po:3"}}
	for _, take := range []string{"file", "catalog"} {
		c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en",
			Segments: []catalog.Segment{{ID: "a", Source: "A.", Target: "А.", State: catalog.Reviewed, Conflicts: slices.Clone(other)}},
			Obsolete: []catalog.Segment{{ID: "o", Source: "Gone.", Target: "Ушло.", State: catalog.Reviewed, Conflicts: slices.Clone(other)}},
		}
		n, changed := Settle(c, take, nil, "Aýna", "2024-06-02T10:00:00Z")
		if n != 2 || !changed || OpenConflicts(c, nil) != 0 {
			t.Errorf("--take %s: settled %d, changed %v, %d open", take, n, changed, OpenConflicts(c, nil))
		}
		if want := map[string]string{"file": "Другой.", "catalog": "Ушло."}[take]; c.Obsolete[0].Target != want {
			t.Errorf("--take %s: the obsolete entry holds %q, want %q", take, c.Obsolete[0].Target, want)
		}
	}
}
