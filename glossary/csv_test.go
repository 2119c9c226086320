package glossary

import (
	"bytes"
	"strings"
	"testing"
)

func TestCSVRoundTrip(t *testing.T) {
	g := loadProject(t)
	var buf bytes.Buffer
	if err := g.ExportCSV(&buf); err != nil {
		t.Fatal(err)
	}
	g2, err := ImportCSV("export.csv", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !sameGlossary(g, g2) {
		t.Error("CSV round trip changed the glossary")
	}
}

// TestCSVLocalesCanonical: both shapes write a locale in canonical form,
// however the file spells it, as a glossary keeps it.
func TestCSVLocalesCanonical(t *testing.T) {
	for _, in := range []string{
		"concept,locale,term\na,RU,Меджлис\na,ru_RU,Меджлис\na,tk-tm,Mejlis\n",
		"id,RU,ru_RU,tk-tm\na,Меджлис,Меджлис,Mejlis\n",
	} {
		g, err := ImportCSV("in.csv", strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		var locs []string
		for _, tm := range g.Concepts[0].Terms {
			locs = append(locs, tm.Locale)
		}
		if got := strings.Join(locs, " "); got != "ru ru-RU tk-TM" {
			t.Errorf("%q: locales %s, want ru ru-RU tk-TM", in, got)
		}
	}
}

func TestCSVWide(t *testing.T) {
	in := "\uFEFFen;ru;tk;note\nMejlis;Меджлис;Mejlis;parliament\n;;;\nOmbudsman;Омбудсмен;Ombudsmen;\nMejlis;Меджлис;;again\n"
	g, err := ImportCSV("wide.csv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range g.Concepts {
		ids = append(ids, c.ID)
	}
	if strings.Join(ids, " ") != "mejlis ombudsman mejlis-2" {
		t.Errorf("ids = %v", ids)
	}
	if c := g.Concept("mejlis"); c.Note != "parliament" || len(c.Terms) != 3 || c.Terms[1].Text != "Меджлис" || c.Terms[1].Status != Preferred {
		t.Errorf("mejlis = %+v", c)
	}
}

// TestCSVErrors: each error names its line, a mistyped column or status
// has the hint that names the one meant, and of several unknown columns
// the first of the header row is named, every time.
func TestCSVErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		msg        string
		meant      string // the name a hint names; "": no hint
	}{
		{"status", "concept,locale,term,status\na,ru,Меджлис,approved\n", 2, `status "approved"`, ""},
		{"status, near", "concept,locale,term,status\na,ru,Меджлис,prefered\n", 2, `status "prefered"`, "preferred"},
		{"locale", "concept,locale,term\na,ru,x\nb,xx-!!,y\n", 3, `unknown locale "xx-!!"`, ""},
		{"locale, a country", "concept,locale,term\na,tm,x\n", 2, `unknown locale "tm": TM is the country code of Turkmenistan`, ""},
		{"empty term", "concept,locale,term\na,ru,\n", 2, "term is empty", ""},
		{"no locale", "concept,term\na,x\n", 1, "locale column", ""},
		{"column", "concept,locale,term,colour\n", 1, `unknown column "colour"`, ""},
		{"column, near", "concept,locale,term,staus\n", 1, `unknown column "staus"`, "status"},
		{"columns, the first named", "concept,locale,term,casesensitive,colour,exatc,x\n", 1, `unknown column "casesensitive"`, "case_sensitive"},
		{"column twice", "concept,locale,term,Term\na,ru,Первый,Второй\n", 1, `column "term" appears twice`, ""},
		{"column twice, empty", "concept,locale,term,status,status\na,ru,x,,forbidden\n", 1, `column "status" appears twice`, ""},
		{"wide column", "en,russian language\nx,y\n", 1, `column "russian language"`, ""},
		{"wide column twice", "en,ru,note,Note\nx,y,a,b\n", 1, `column "note" appears twice`, ""},
		{"concept and id", "concept,id,locale,term\na,b,ru,x\n", 1, `columns "concept" and "id" both name the concept`, ""},
		{"wide concept and id", "id,en,concept,ru\na,x,b,y\n", 1, `columns "concept" and "id" both name the concept`, ""},
		{"wide column, near", "en,ru,subjcet\nx,y,z\n", 1, `column "subjcet"`, "subject"},
		{"two subjects", "concept,subject,locale,term\na,law,en,x\na,,ru,y\na,health,tk,z\n", 4, `concept "a": subject "health", but line 2 gives "law"`, ""},
		{"flag", "concept,locale,term,exact\na,ru,x,maybe\n", 2, "true or false", ""},
		{"quote", "concept,locale,term\na,ru,\"x\n", 2, "", ""},
		{"not utf-8", "en,ru\n\xff,x\n", 2, "invalid UTF-8 at byte offset 6 (0xff); save it as UTF-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 5 { // the same error every time
				_, err := ImportCSV("in.csv", strings.NewReader(tt.text))
				e := fileError(t, err)
				if e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
					t.Fatalf("err = %q, want line %d and %q", e, tt.line, tt.msg)
				}
				checkHint(t, e, tt.meant)
			}
		})
	}
}

// The attack of CSV injection on a glossary export: a term, a note or a
// subject that a spreadsheet would run as a formula is written with an
// apostrophe before it, and imported back exactly; a term of its own that
// starts with an apostrophe stays as it is.
func TestCSVFormulasNeutralised(t *testing.T) {
	g := &Glossary{Concepts: []Concept{{
		ID: "c1", Subject: "@risk", Note: "=1+1",
		Terms: []Term{
			{Locale: "en", Text: "-ism", Note: "+suffix"},
			{Locale: "ru", Text: "'Tis"},
		},
	}}}
	var buf bytes.Buffer
	if err := g.ExportCSV(&buf); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(buf.String(), "\n")[1:] {
		for _, cell := range strings.Split(line, ",") {
			if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("a cell starts a formula: %q in %q", cell, line)
			}
		}
	}
	g2, err := ImportCSV("export.csv", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !sameGlossary(g, g2) {
		t.Errorf("read back as %+v", g2.Concepts)
	}
}
