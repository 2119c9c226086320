package workflow

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/ui"
)

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
		{"goi18n hash of the current source", "goi18n", catalog.Unit{Document: "news", ID: idEmpty, SourceHash: goi18nfile.Hash(srcEmpty), Target: "Готово.", State: catalog.Translated, StateSet: true}, false,
			want{kind: "applied", target: "Готово.", state: catalog.Translated}},
		{"goi18n hash of an older source", "goi18n", catalog.Unit{Document: "news", ID: idEmpty, Source: "The seminar ended.", SourceHash: goi18nfile.Hash("The seminar ended."), Target: "Готово.", State: catalog.Translated, StateSet: true}, false,
			want{kind: "outdated", reason: "MergeKeptOutdated", target: "Готово.", state: catalog.Outdated, previousSource: "The seminar ended."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mergeProject(t)
			ex := &catalog.Exchange{Format: tc.format, Path: "f", TargetLocale: "ru", Units: []catalog.Unit{tc.u}}
			res, err := MergeExchanges(context.Background(), p, []*catalog.Exchange{ex}, MergeOptions{Force: tc.force})
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
			changed := tc.want.kind == "applied" || tc.want.kind == "outdated"
			if changed != (len(res.Catalogs) == 1) {
				t.Errorf("%d catalogs changed", len(res.Catalogs))
			}
			var s *catalog.Segment
			if len(res.Catalogs) == 1 {
				s, _ = res.Catalogs[0].Lookup(tc.u.ID)
			} else {
				cat, err := catalog.ReadFile(p.CatalogPath("ru", "news"))
				if err != nil {
					t.Fatal(err)
				}
				s, _ = cat.Lookup(tc.u.ID)
			}
			if s.Target != tc.want.target || s.State != tc.want.state || s.PreviousSource != tc.want.previousSource || s.Note != tc.want.note {
				t.Errorf("segment: target %q, state %s, previous %q, note %q\nwant target %q, state %s, previous %q, note %q",
					s.Target, s.State, s.PreviousSource, s.Note, tc.want.target, tc.want.state, tc.want.previousSource, tc.want.note)
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
	p := mergeProject(t)
	u := []catalog.Unit{{Document: "news", ID: idEmpty, Source: srcEmpty, Target: "x"}}
	for _, tc := range []struct {
		name, src, tgt, reason string
	}{
		{"unknown target locale", "en", "de", "MergeUnknownLocale"},
		{"other source locale", "fr", "ru", "MergeWrongSourceLocale"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := &catalog.Exchange{Format: "xliff", Path: "f", SourceLocale: tc.src, TargetLocale: tc.tgt, Units: u}
			res, err := MergeExchanges(context.Background(), p, []*catalog.Exchange{ex}, MergeOptions{})
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
		res, err := MergeExchanges(context.Background(), p, []*catalog.Exchange{ex}, MergeOptions{})
		if err != nil || res.Counts[0].Applied != 1 {
			t.Errorf("locale %s: %v, %+v", loc, err, res)
		}
	}
	ex := &catalog.Exchange{Format: "csv", Path: "f", Units: u}
	if _, err := MergeExchanges(context.Background(), p, []*catalog.Exchange{ex}, MergeOptions{}); err == nil || !strings.Contains(err.Error(), "pass --locale") {
		t.Errorf("a file without a locale: %v", err)
	}
	if res, err := MergeExchanges(context.Background(), p, []*catalog.Exchange{ex}, MergeOptions{Locale: "tk"}); err != nil || res.Counts[0].Applied != 1 {
		t.Errorf("--locale tk: %v", err)
	}
}

// writeMergeInput writes a file into dir and returns its path.
func writeMergeInput(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const poHeader = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"

func poEntry(id, src, tgt string) string {
	return "#: news\nmsgctxt \"" + id + "\"\nmsgid \"" + src + "\"\nmsgstr \"" + tgt + "\"\n\n"
}

// TestMergeConflictWritesNothing: a conflict in one file stops the whole
// merge, good files included, with exit code 1; --force writes.
func TestMergeConflictWritesNothing(t *testing.T) {
	p := mergeProject(t)
	dir := t.TempDir()
	good := writeMergeInput(t, dir, "good.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо."))
	bad := writeMergeInput(t, dir, "bad.po", poHeader+poEntry(idReviewed, srcReviewed, "Совсем другой перевод."))
	before := catalogBytes(t, p)
	msg, err := runMerge(t, p, MergeOptions{Files: []string{good, bad}})
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("want findings, got %v", err)
	}
	if !strings.HasPrefix(err.Error(), "1 conflict: nothing was written") {
		t.Errorf("error = %q", err)
	}
	for _, want := range []string{
		"bad.po:7: conflict in ru/news, segment " + idReviewed + ": the catalog has a different translation (reviewed) than the file (translated)",
		"    catalog: " + tgtReviewed,
		"    file:    Совсем другой перевод.",
		"good.po: 1 segment: applied 1, unchanged 0",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("output lacks %q:\n%s", want, msg)
		}
	}
	if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
		t.Error("a conflicting merge wrote the catalog")
	}
	msg, err = runMerge(t, p, MergeOptions{Files: []string{good, bad}, Force: true})
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	if !strings.Contains(msg, "--force: the file's version was taken") {
		t.Errorf("forced conflict not reported:\n%s", msg)
	}
	c, _ := catalog.ReadFile(p.CatalogPath("ru", "news"))
	if s, _ := c.Lookup(idReviewed); s.Target != "Совсем другой перевод." || s.State != catalog.Translated {
		t.Errorf("forced: %+v", s)
	}
	if s, _ := c.Lookup(idEmpty2); s.Target != "Спасибо." {
		t.Errorf("good file not applied: %+v", s)
	}
}

// TestMergeBadInputWritesNothing: a malformed or truncated file among good
// ones is an error naming file:line, and no catalog changes.
func TestMergeBadInputWritesNothing(t *testing.T) {
	good := poHeader + poEntry(idEmpty2, "Thank you.", "Спасибо.")
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"malformed PO", "bad.po", poHeader + "msgctxt \"x\"\nmsgid \"a\nmsgstr \"\"\n", "bad.po:7: unterminated string"},
		{"truncated PO", "cut.po", good[:len(good)-8], "cut.po:9: the file ends in the middle of a line"},
		{"truncated PO entry", "cut.po", poHeader + "#: news\nmsgctxt \"" + idEmpty + "\"\nmsgid \"x\"\n", "cut.po:7: entry without msgstr"},
		{"malformed CSV", "bad.csv", "id,source,target,state\n" + idEmpty + ",a,\"b\n", "bad.csv:2:"},
		{"truncated CSV row", "cut.csv", "id,source,target,state,note\n" + idEmpty + ",a,b,transl", "cut.csv:2:"},
		{"malformed TOML", "active.ru.toml", "[\"news." + idEmpty + "\"]\nother = \"x\n", "active.ru.toml:2:"},
		{"malformed XLIFF", "bad.xlf", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ru\">\n<file id=\"news\"><unit id=\"u\"><segment id=\"" + idEmpty + "\"><source>a</source>", "bad.xlf:"},
		{"XML with an entity", "evil.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<xliff/>", "evil.xlf:"},
		{"empty", "empty.po", "", "empty.po: the file is empty"},
		{"not a format", "notes.txt", "Dear translator:\nplease see the attached file.\n", "cannot tell the format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mergeProject(t)
			dir := t.TempDir()
			files := []string{writeMergeInput(t, dir, "good.po", good), writeMergeInput(t, dir, tc.file, tc.content)}
			before := catalogBytes(t, p)
			_, err := runMerge(t, p, MergeOptions{Files: files})
			if err == nil || errors.Is(err, ErrFindings) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
				t.Error("a failed merge wrote the catalog")
			}
		})
	}
}

func TestMergeRefusesHugeFile(t *testing.T) {
	p := mergeProject(t)
	path := filepath.Join(t.TempDir(), "huge.po")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: its size is what matters, not its content.
	if err := f.Truncate(MaxMergeFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = runMerge(t, p, MergeOptions{Files: []string{path}})
	if err == nil || !strings.Contains(err.Error(), "more than the 256 MB terjime merges at once") {
		t.Fatalf("got %v", err)
	}
}

func TestMergeDryRun(t *testing.T) {
	p := mergeProject(t)
	file := writeMergeInput(t, t.TempDir(), "ru.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо."))
	before := catalogBytes(t, p)
	env, out, errb := ui.NewTest("", "")
	if err := Merge(context.Background(), env, p, MergeOptions{Files: []string{file}, DryRun: true}); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != filepath.Join("locales", "ru", "news.toml") {
		t.Errorf("dry run lists %q", got)
	}
	if !strings.Contains(errb.String(), "dry run: nothing was written") {
		t.Errorf("output:\n%s", errb.String())
	}
	if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
		t.Error("a dry run wrote the catalog")
	}
}

// TestMergeSummaryLanguages prints the summary in Russian and Turkmen.
func TestMergeSummaryLanguages(t *testing.T) {
	for lang, want := range map[string]string{
		"ru": "ru.po: 2 сегмента — применено: 1, без изменений: 1, сохранено как устаревшие: 0, конфликтов: 0, неизвестных: 0",
		"tk": "ru.po: 2 segment — girizildi: 1, üýtgewsiz: 1, könelen hökmünde saklandy: 0, gapma-garşylyk: 0, näbelli: 0",
	} {
		p := mergeProject(t)
		file := writeMergeInput(t, t.TempDir(), "ru.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо.")+poEntry(idTitle, srcTitle, tgtTitle))
		env, _, errb := ui.NewTest(lang, "")
		if err := Merge(context.Background(), env, p, MergeOptions{Files: []string{file}}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errb.String(), want) {
			t.Errorf("%s:\n%s\nwant %s", lang, errb.String(), want)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"x.txt", "\uFEFF<?xml version=\"1.0\"?>\n<xliff version=\"2.0\">", "xliff"},
		{"x.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">", "tmx"},
		{"x.txt", "# comment\n\nmsgid \"\"\nmsgstr \"\"\n", "po"},
		{"x.txt", "msgctxt \"a\"\n", "po"},
		{"x.txt", "# go-i18n\n[\"news.a\"]\nother = \"x\"\n", "goi18n"},
		{"x.txt", "\"news.a\" = \"x\"\n", "goi18n"},
		{"x.txt", "\uFEFFid,source,target\n", "csv"},
		{"x.txt", "\"id\";\"source\";\"target\"\n", "csv"},
		{"translate.ru.toml", "# nothing left to translate\n", "goi18n"},
		{"x.po", "# only a comment\n", "po"},
	} {
		got, err := DetectFormat(tc.name, []byte(tc.content))
		if err != nil || got != tc.want {
			t.Errorf("%s %q: %s, %v; want %s", tc.name, tc.content, got, err, tc.want)
		}
	}
}
