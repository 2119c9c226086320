package workflow

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/merge"
)

// The three-way table, row by row, for every format and every state a
// segment can be exported in: a real export of one segment, the file edited
// as a translator's tool would (only in what the format can say), the
// catalog edited or not since the export, and the merge. The README's
// table is this test's.

const (
	twID    = "a1b2c3d4e5f6"
	twSrc   = "The seminar ended with a round table."
	twPrev  = "The seminar ended."
	twOld   = "Семинар завершился."                    // the exported target
	twFile  = "Семинар завершился круглым столом."     // the file's correction
	twCat   = "Семинар закончился круглым столом."     // the catalog's own change
	twSrc2  = "The seminar closed with a round table." // a source the file was made for
	twWho   = "Aýna Orazowa"
	twWhen  = "2024-06-03T08:00:00Z"
	twFound = "found"
)

// edit is what a row does to the file: nil fields are left as exported.
type edit struct {
	target   *string
	state    *catalog.State
	source   *string
	dropBase bool
}

func str(s string) *string              { return &s }
func st(s catalog.State) *catalog.State { return &s }

// twRow is one row of the table.
type twRow struct {
	name string
	// applies says for which exported state the row makes sense.
	applies func(x catalog.State) bool
	file    edit
	// catalog edits the catalog after the export (nil: left as it was).
	catalog func(s *catalog.Segment)
	// want gives the expected segment for a format and exported state.
	want func(format string, x catalog.State) twWant
}

type twWant struct {
	target    string
	state     catalog.State
	conflict  string // the file's text kept open in the segment, "" for none
	downgrade bool   // a lower state reported
	outdated  bool   // kept as outdated, with the file's source as previous_source
}

// exportedTarget is the target a segment exported in state x has.
func exportedTarget(x catalog.State) string {
	if x == catalog.Untranslated {
		return ""
	}
	return twOld
}

func doneOr(x, other catalog.State) catalog.State {
	if x.Done() {
		return x
	}
	return other
}

func notDone(x catalog.State) bool { return !x.Done() }
func isDone(x catalog.State) bool  { return x.Done() }
func any_(catalog.State) bool      { return true }

var twRows = []twRow{
	{name: "file unchanged", applies: any_,
		want: func(_ string, x catalog.State) twWant { return twWant{target: exportedTarget(x), state: x} }},
	{name: "file corrected, catalog not: applied, in the file's state (a reviewer's correction stays reviewed)", applies: any_,
		file: edit{target: str(twFile)},
		want: func(_ string, x catalog.State) twWant {
			return twWant{target: twFile, state: doneOr(x, catalog.Translated)}
		}},
	{name: "file raises the state, same text", applies: func(x catalog.State) bool { return x == catalog.Outdated || x == catalog.Translated },
		file: edit{state: st(catalog.Reviewed)},
		want: func(f string, x catalog.State) twWant {
			if !exact(f) {
				return twWant{target: twOld, state: catalog.Translated}
			}
			return twWant{target: twOld, state: catalog.Reviewed}
		}},
	{name: "file says a lower done state, same text: no news", applies: func(x catalog.State) bool { return x >= catalog.Reviewed },
		file: edit{state: st(catalog.Translated)},
		want: func(_ string, x catalog.State) twWant { return twWant{target: twOld, state: x} }},
	{name: "file flags the segment for work: applied and reported, never over final", applies: isDone,
		file: edit{state: st(catalog.Outdated)},
		want: func(_ string, x catalog.State) twWant {
			if x == catalog.Final {
				return twWant{target: twOld, state: x, conflict: twOld}
			}
			return twWant{target: twOld, state: catalog.Outdated, downgrade: true}
		}},
	{name: "file corrects in a lower state: applied and reported, never over final", applies: func(x catalog.State) bool { return x >= catalog.Reviewed },
		file: edit{target: str(twFile), state: st(catalog.Translated)},
		want: func(f string, x catalog.State) twWant {
			switch {
			case !exact(f):
				return twWant{target: twFile, state: x} // the format cannot say it is lower
			case x == catalog.Final:
				return twWant{target: twOld, state: x, conflict: twFile}
			}
			return twWant{target: twFile, state: catalog.Translated, downgrade: true}
		}},
	{name: "catalog changed, file not: the catalog stands", applies: any_,
		catalog: func(s *catalog.Segment) { s.Target, s.State = twCat, catalog.Translated },
		want:    func(string, catalog.State) twWant { return twWant{target: twCat, state: catalog.Translated} }},
	{name: "both changed, to the same text: it stands, in the higher state", applies: any_,
		file:    edit{target: str(twFile)},
		catalog: func(s *catalog.Segment) { s.Target, s.State = twFile, catalog.Translated },
		want: func(_ string, x catalog.State) twWant {
			return twWant{target: twFile, state: max(catalog.Translated, doneOr(x, catalog.Translated))}
		}},
	{name: "both changed, differently: a conflict, the file's text kept with the segment", applies: any_,
		file:    edit{target: str(twFile)},
		catalog: func(s *catalog.Segment) { s.Target, s.State = twCat, catalog.Translated },
		want: func(string, catalog.State) twWant {
			return twWant{target: twCat, state: catalog.Translated, conflict: twFile}
		}},
	{name: "file made for another source, catalog unchanged: kept as outdated", applies: any_,
		file: edit{target: str(twFile), source: str(twSrc2)},
		want: func(string, catalog.State) twWant {
			return twWant{target: twFile, state: catalog.Outdated, outdated: true}
		}},
	{name: "file made for another source, catalog changed: a conflict", applies: any_,
		file:    edit{target: str(twFile), source: str(twSrc2)},
		catalog: func(s *catalog.Segment) { s.Target, s.State = twCat, catalog.Translated },
		want: func(string, catalog.State) twWant {
			return twWant{target: twCat, state: catalog.Translated, conflict: twFile}
		}},
	{name: "file emptied the target: a merge never clears one", applies: isDone,
		file: edit{target: str("")},
		want: func(_ string, x catalog.State) twWant { return twWant{target: twOld, state: x} }},
	{name: "no base (another tool's file): two-way, done work is not replaced", applies: isDone,
		file: edit{target: str(twFile), dropBase: true},
		want: func(f string, x catalog.State) twWant {
			return twWant{target: twOld, state: x, conflict: twFile}
		}},
	{name: "no base: untranslated and outdated work takes the file's", applies: notDone,
		file: edit{target: str(twFile), dropBase: true},
		want: func(string, catalog.State) twWant { return twWant{target: twFile, state: catalog.Translated} }},
}

// exact reports whether a format names the done states (PO and go-i18n
// say only "translated").
func exact(format string) bool { return format != "po" && format != "goi18n" }

// expressible reports whether format can carry the edit for a segment
// exported in state x; rows it cannot are not a case for it.
func expressible(format string, x catalog.State, e edit) bool {
	switch {
	case format == "tmx" && !x.Done():
		return false // a memory holds done pairs only
	case format == "goi18n" && e.state != nil && !(x == catalog.Outdated && *e.state >= catalog.Translated):
		return false // no states at all; a translate file's entry is made done by writing it
	case format == "goi18n" && e.target != nil && *e.target == "":
		return false // an empty "other" is not a go-i18n message
	case format == "po" && e.state != nil && *e.state > catalog.Translated:
		return false
	case format == "po" && e.state != nil && *e.state == catalog.Translated && e.target == nil && x.Done():
		return false // the same as no edit
	case format == "tmx" && e.target != nil && *e.target == "":
		return false // an empty variant translates nothing: TMX drops the pair
	}
	return true
}

func TestThreeWayTable(t *testing.T) {
	for _, f := range Formats {
		for _, x := range catalog.States {
			for _, row := range twRows {
				if !row.applies(x) || !expressible(f.Name, x, row.file) {
					continue
				}
				t.Run(fmt.Sprintf("%s/%s/%s", f.Name, x, row.name), func(t *testing.T) {
					runRow(t, f, x, row)
				})
			}
		}
	}
}

func twPair(x catalog.State) catalog.Pair {
	src := &catalog.Catalog{Document: "news", Locale: "en", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: twID, Source: twSrc, Kind: "paragraph", State: catalog.Final},
	}}
	tgt := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Path: "locales/ru/news.toml", Segments: []catalog.Segment{
		{ID: twID, Source: twSrc, Target: exportedTarget(x), State: x, SourceHash: catalog.Hash(twSrc), ChangedBy: "Merdan", ChangedAt: "2024-05-01T08:00:00Z"},
	}}
	if x == catalog.Outdated {
		tgt.Segments[0].PreviousSource = twPrev
	}
	return catalog.Pair{Source: src, Target: tgt}
}

func runRow(t *testing.T, f interchange.Format, x catalog.State, row twRow) {
	pair := twPair(x)
	wo := interchange.WriteOptions{SourceLocale: "en", TargetLocale: "ru"}
	var files []interchange.File
	if f.WriteFiles != nil {
		files = f.WriteFiles([]catalog.Pair{pair}, wo)
	} else {
		var b bytes.Buffer
		if err := f.Write(&b, []catalog.Pair{pair}, wo); err != nil {
			t.Fatal(err)
		}
		files = []interchange.File{{Name: "ru." + f.Name, Data: b.Bytes()}}
	}
	edited := false
	defer func() {
		if t.Failed() {
			for _, f := range files {
				t.Logf("%s:\n%s", f.Name, f.Data)
			}
		}
	}()
	for i := range files {
		if strings.HasPrefix(files[i].Name, "active.en.") {
			continue // goi18n's source messages
		}
		var ok bool
		files[i].Data, ok = editFile(t, f.Name, files[i].Data, row.file)
		edited = edited || ok
	}
	if !edited {
		t.Fatalf("the segment is in none of the files:\n%s", files[0].Data)
	}
	cat := twPair(x).Target
	if row.catalog != nil {
		row.catalog(&cat.Segments[0])
	}
	var exchanges []*catalog.Exchange
	for _, file := range files {
		if strings.HasPrefix(file.Name, "active.en.") {
			continue
		}
		xs, err := Formats.Read(file.Name, bytes.Clone(file.Data))
		if err != nil {
			t.Fatalf("%v\n%s", err, file.Data)
		}
		exchanges = append(exchanges, xs...)
	}
	res, err := merge.Run(context.Background(), exchanges, merge.Options{
		SourceLocale: "en", TargetLocales: []string{"ru"}, Documents: []string{"news"},
		Who: twWho, Now: twWhen, Formats: Formats,
		Read: func(string, string) (*catalog.Catalog, error) { return cat, nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	w := row.want(f.Name, x)
	s := cat.Segments[0]
	if s.Target != w.target || s.State != w.state {
		t.Errorf("segment %q %s, want %q %s", s.Target, s.State, w.target, w.state)
	}
	switch {
	case w.conflict == "" && len(s.Conflicts) > 0:
		t.Errorf("conflict kept: %+v", s.Conflicts)
	case w.conflict != "" && (len(s.Conflicts) != 1 || s.Conflicts[0].Target != w.conflict):
		t.Errorf("conflicts %+v, want the file's %q kept", s.Conflicts, w.conflict)
	}
	downgraded := slices.ContainsFunc(res.Events, func(e merge.Event) bool { return e.Kind == "downgrade" })
	if downgraded != w.downgrade {
		t.Errorf("downgrade reported: %v, want %v (events %+v)", downgraded, w.downgrade, res.Events)
	}
	if w.outdated && s.PreviousSource != twSrc2 {
		t.Errorf("previous_source %q, want the file's source", s.PreviousSource)
	}
	// Who: a change the file made is recorded with the merge's person;
	// what did not change keeps its own.
	orig := twPair(x).Target.Segments[0]
	if row.catalog == nil && (s.Target != orig.Target || s.State != orig.State) && (s.ChangedBy != twWho || s.ChangedAt != twWhen) {
		t.Errorf("changed by %q at %q, want %q at %q", s.ChangedBy, s.ChangedAt, twWho, twWhen)
	}
	if s.Target == orig.Target && s.State == orig.State && s.ChangedBy != orig.ChangedBy {
		t.Errorf("unchanged, but changed_by became %q", s.ChangedBy)
	}
}

// editFile changes the segment's unit in an exported file as a tool
// would; it reports whether the file holds the segment.
func editFile(t *testing.T, format string, data []byte, e edit) ([]byte, bool) {
	s := string(data)
	if !strings.Contains(s, twID) {
		return data, false
	}
	switch format {
	case "xliff":
		s = editXLIFF(t, s, e)
	case "xliff12":
		s = editXLIFF12(t, s, e)
	case "po":
		s = editPO(t, s, e)
	case "csv":
		s = editCSV(t, s, e)
	case "tmx":
		s = editTMX(t, s, e)
	case "goi18n":
		s = editGoi18n(t, s, e)
	default:
		t.Fatalf("no editor for %s", format)
	}
	return []byte(s), true
}

// cut returns s with the part from the first match of start to the next
// end (included) replaced by repl(part).
func cut(t *testing.T, s, start, end string, repl func(part string) string) string {
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("no %q in\n%s", start, s)
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		t.Fatalf("no %q after %q", end, start)
	}
	j += i + len(end)
	return s[:i] + repl(s[i:j]) + s[j:]
}

var (
	reTarget = regexp.MustCompile(`(?s)<target>.*?</target>\n\s*`)
	reSource = regexp.MustCompile(`(?s)<source>.*?</source>`)
)

func editXLIFF(t *testing.T, s string, e edit) string {
	if e.dropBase {
		s = regexp.MustCompile(`(?s)\s*<mda:metadata.*?</mda:metadata>`).ReplaceAllString(s, "")
	}
	return cut(t, s, `<segment id="`+twID+`"`, "</segment>", func(seg string) string {
		target, hasTarget := "", strings.Contains(seg, "<target>")
		if hasTarget {
			target = seg[strings.Index(seg, "<target>")+8 : strings.Index(seg, "</target>")]
		}
		state := regexp.MustCompile(`state="[^"]*"( subState="[^"]*")?`).FindString(seg)
		if e.target != nil {
			target = *e.target
			if e.state == nil && target != "" {
				if strings.Contains(state, "initial") {
					state = `state="translated"`
				}
			}
		}
		if e.state != nil {
			state = `state="` + map[catalog.State]string{catalog.Outdated: "initial", catalog.Translated: "translated", catalog.Reviewed: "reviewed", catalog.Final: "final"}[*e.state] + `"`
		}
		src := reSource.FindString(seg)
		if e.source != nil {
			src = "<source>" + *e.source + "</source>"
		}
		out := `<segment id="` + twID + `" ` + state + ">\n        " + src + "\n"
		if target != "" {
			out += "        <target>" + target + "</target>\n"
		}
		return out + "      </segment>"
	})
}

func editXLIFF12(t *testing.T, s string, e edit) string {
	if e.dropBase {
		s = regexp.MustCompile(`(?s)\s*<context-group purpose="information">.*?</context-group>`).ReplaceAllString(s, "")
	}
	return cut(t, s, `<trans-unit id="`+twID+`"`, "</trans-unit>", func(tu string) string {
		target := ""
		if i := strings.Index(tu, "<target"); i >= 0 {
			target = tu[strings.Index(tu[i:], ">")+i+1 : strings.Index(tu, "</target>")]
		}
		state := regexp.MustCompile(`<target state="([^"]*)"`).FindStringSubmatch(tu)
		st12 := "translated"
		if state != nil {
			st12 = state[1]
		}
		approved := strings.Contains(tu, `approved="yes"`)
		if e.target != nil {
			target = *e.target
			if e.state == nil && (st12 == "needs-review-translation" || st12 == "new") {
				st12 = "translated"
			}
		}
		if e.state != nil {
			approved = *e.state == catalog.Final
			st12 = map[catalog.State]string{catalog.Outdated: "needs-review-translation", catalog.Translated: "translated", catalog.Reviewed: "signed-off", catalog.Final: "final"}[*e.state]
		}
		src := reSource.FindString(tu)
		if e.source != nil {
			src = "<source>" + *e.source + "</source>"
		}
		out := `<trans-unit id="` + twID + `"`
		if approved {
			out += ` approved="yes"`
		}
		out += ">\n          " + src + "\n"
		if target != "" {
			out += `          <target state="` + st12 + `">` + target + "</target>\n"
		}
		if g := regexp.MustCompile(`(?s)<context-group.*?</context-group>`).FindString(tu); g != "" {
			out += "          " + g + "\n"
		}
		return out + "        </trans-unit>"
	})
}

func editPO(t *testing.T, s string, e edit) string {
	entries := strings.Split(s, "\n\n")
	for i, en := range entries {
		if !strings.Contains(en, `msgctxt "`+twID+`"`) {
			continue
		}
		var keep []string
		fuzzy := false
		target := regexp.MustCompile(`(?m)^msgstr "(.*)"$`).FindStringSubmatch(en)[1]
		source := regexp.MustCompile(`(?m)^msgid "(.*)"$`).FindStringSubmatch(en)[1]
		for _, l := range strings.Split(en, "\n") {
			switch {
			case l == "":
			case l == "#, fuzzy":
				fuzzy = true
			case strings.HasPrefix(l, "#|"), strings.HasPrefix(l, "msg"):
			case e.dropBase && strings.HasPrefix(l, "#. terjime-base:"):
			default:
				keep = append(keep, l)
			}
		}
		if e.target != nil {
			target, fuzzy = *e.target, false
		}
		if e.state != nil {
			fuzzy = *e.state == catalog.Outdated
		}
		if e.source != nil {
			source = *e.source
		}
		if fuzzy {
			keep = append(keep, "#, fuzzy")
		}
		keep = append(keep, `msgctxt "`+twID+`"`, `msgid "`+source+`"`, `msgstr "`+target+`"`)
		entries[i] = strings.Join(keep, "\n")
		if !strings.HasSuffix(s, "\n\n") && i == len(entries)-1 {
			entries[i] += "\n"
		}
	}
	return strings.Join(entries, "\n\n")
}

func editCSV(t *testing.T, s string, e edit) string {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\uFEFF")))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, row := range rows[1:] {
		if row[col["id"]] != twID {
			continue
		}
		if e.target != nil {
			row[col["target"]] = *e.target
			if e.state == nil && !isDoneName(row[col["state"]]) {
				row[col["state"]] = "translated"
			}
		}
		if e.state != nil {
			row[col["state"]] = e.state.String()
		}
		if e.source != nil {
			row[col["source"]] = *e.source
		}
		if e.dropBase {
			row[col["base"]] = ""
		}
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	return b.String()
}

func isDoneName(s string) bool {
	st, err := catalog.ParseState(s)
	return err == nil && st.Done()
}

func editTMX(t *testing.T, s string, e edit) string {
	if e.dropBase {
		s = regexp.MustCompile(`\s*<prop type="x-terjime-base">[^<]*</prop>`).ReplaceAllString(s, "")
	}
	if e.source != nil {
		s = cut(t, s, `<tuv xml:lang="en">`, "</tuv>", func(string) string {
			return `<tuv xml:lang="en"><seg>` + *e.source + "</seg></tuv>"
		})
	}
	return cut(t, s, `<tuv xml:lang="ru"`, "</tuv>", func(tuv string) string {
		if e.target != nil {
			tuv = regexp.MustCompile(`<seg>[^<]*</seg>`).ReplaceAllString(tuv, "<seg>"+*e.target+"</seg>")
		}
		if e.state != nil {
			tuv = regexp.MustCompile(`(<prop type="x-terjime-state">)[^<]*`).ReplaceAllString(tuv, "${1}"+e.state.String())
		}
		return tuv
	})
}

func editGoi18n(t *testing.T, s string, e edit) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != `["news.`+twID+`"]` {
			continue
		}
		desc, hash, other := i+1, i+2, i+3
		if !strings.HasPrefix(lines[desc], "description = ") || !strings.HasPrefix(lines[other], "other = ") {
			t.Fatalf("unexpected message layout:\n%s", s)
		}
		if e.target != nil {
			lines[other] = "other = " + quoteTOML(*e.target)
		}
		if e.state != nil {
			lines[other] = "other = " + quoteTOML(twOld) // a translate file's entry, kept as it was
		}
		if e.source != nil {
			// A translator edits the description; goi18n's hash stays
			// that of the source message it was made from.
			lines[desc] = strings.Replace(lines[desc], twSrc, *e.source, 1)
		}
		if e.dropBase {
			lines[desc] = "description = " + quoteTOML(twSrc)
			lines[hash] = "hash = " + quoteTOML(goi18nfile.Hash(twSrc, twSrc))
		}
	}
	return strings.Join(lines, "\n")
}

func quoteTOML(s string) string {
	var b bytes.Buffer
	catalog.WriteTOMLString(&b, s)
	return b.String()
}
