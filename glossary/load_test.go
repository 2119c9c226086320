package glossary

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestLoadProjectGlossary(t *testing.T) {
	g := loadProject(t)
	if len(g.Concepts) < 23 {
		t.Errorf("%d concepts, want the 23 the project needs", len(g.Concepts))
	}
	for _, id := range []string{"mejlis", "ombudsman", "human-rights-representative", "iom", "cabinet-of-ministers",
		"ministry-of-justice", "ministry-of-education", "ministry-of-labour", "institute-of-state-law-and-democracy",
		"academy-of-sciences", "magtymguly-youth-organization", "womens-union", "national-red-crescent-society",
		"unhcr", "ilo", "ifrc", "untoc", "trafficking-in-persons", "sustainable-development-goals", "agenda-2030",
		"interdepartmental-commission", "gurbanguly-berdimuhamedov", "turkmenistan"} {
		c := g.Concept(id)
		if c == nil {
			t.Errorf("concept %q is missing", id)
			continue
		}
		for _, loc := range []string{"en", "ru", "tk"} {
			if len(c.Approved(loc)) == 0 {
				t.Errorf("concept %q has no approved %s term", id, loc)
			}
		}
		if c.Note == "" {
			t.Errorf("concept %q has no note with sources", id)
		}
	}
	if ps := g.Lint(); len(ps) > 0 {
		t.Errorf("the project glossary has lint findings: %v", ps)
	}
	m := g.Concept("mejlis").TermsFor("tk")[0]
	if m.Text != "Mejlis" || !m.CaseSensitive || m.Line == 0 {
		t.Errorf("tk Mejlis = %+v", m)
	}
}

// TestParseErrors: each error names its line, and an unknown key near a
// known one (a slip of the fingers) has the hint that names the key meant;
// one near none has no hint.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		msg        string
		meant      string // the key a hint names; "": no hint
	}{
		{"syntax", "version = 1\n[[concept]]\nid = \"a\"\nnote = \"unterminated\n", 4, "", ""},
		{"unknown key", "version = 1\n[[concept]]\nid = \"a\"\ncolour = \"red\"\n", 4, `unknown key "colour"`, ""},
		{"unknown key, top level", "verison = 1\n", 1, `unknown key "verison"`, "version"},
		{"unknown key, concept", "[[concept]]\nid = \"a\"\nsubjcet = \"law\"\n", 3, `unknown key "subjcet"`, "subject"},
		{"unknown key, concept flag", "[[concept]]\nid = \"a\"\ndo_not_translte = true\n", 3, `unknown key "do_not_translte"`, "do_not_translate"},
		{"unknown status", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  approved = [\"x\"]\n", 4, "preferred, admitted or forbidden", ""},
		{"unknown status, near", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  prefered = [\"x\"]\n", 4, `unknown key "prefered"`, "preferred"},
		{"unknown status inline", "[[concept]]\nid = \"a\"\nru = { forbiden = [\"x\"] }\n", 3, `unknown key "forbiden"`, "forbidden"},
		{"term type", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  preferred = [\"x\",\n    42]\n", 5, "a term is a string", ""},
		{"term table key", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  preferred = [{ term = \"x\", case = true }]\n", 4, `unknown key "case"`, "case_sensitive"},
		{"term table key, exact", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  preferred = [{ term = \"x\", exatc = true }]\n", 4, `unknown key "exatc"`, "exact"},
		{"term table without term", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  preferred = [{ exact = true }]\n", 4, "needs term", ""},
		{"list", "[[concept]]\nid = \"a\"\n  [concept.ru]\n  preferred = \"x\"\n", 4, "must be a list", ""},
		{"flag type", "[[concept]]\nid = \"a\"\ndo_not_translate = \"yes\"\n", 3, "true or false", ""},
		{"table before concept", "version = 1\n\n[concept.ru]\npreferred = [\"x\"]\n", 3, "unknown table", ""},
		{"other table", "[[term]]\n", 1, "[[concept]] tables only", ""},
		{"version", "version = 2\n", 1, "version 1", ""},
		{"duplicate key", "[[concept]]\nid = \"a\"\nid = \"b\"\n", 3, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.toml", []byte(tt.text))
			e := fileError(t, err)
			if e.Line != tt.line || !strings.Contains(e.Error(), tt.msg) || !strings.HasPrefix(e.Error(), "bad.toml:") {
				t.Errorf("err = %q (line %d), want line %d and %q", e, e.Line, tt.line, tt.msg)
			}
			checkHint(t, e, tt.meant)
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	g := loadProject(t)
	out := g.Marshal()
	g2, err := Parse("again.toml", out)
	if err != nil {
		t.Fatalf("re-parse: %v\n%s", err, out)
	}
	if !sameGlossary(g, g2) {
		t.Error("Marshal then Parse changed the glossary")
	}
	if !bytes.Equal(g2.Marshal(), out) {
		t.Error("Marshal is not stable")
	}
	if !strings.HasPrefix(string(out), "# The terjime project's glossary") {
		t.Error("header comment lost")
	}
}

// fileError returns err as an *Error, failing the test when it is not one.
func fileError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Error", err)
	}
	return e
}

// checkHint fails unless e has the hint that names meant ("did you mean
// meant?"), or, for meant "", no such hint.
func checkHint(t *testing.T, e *Error, meant string) {
	t.Helper()
	switch {
	case meant == "" && e.Hint != nil && e.Hint.ID == "TOMLHintKey":
		t.Errorf("err = %q, want no hint of a key meant", e)
	case meant != "" && (e.Hint == nil || e.Hint.ID != "TOMLHintKey" || e.Hint.Data["Key"] != meant):
		t.Errorf("err = %q, want the hint: did you mean %s?", e, meant)
	}
}

func sameGlossary(a, b *Glossary) bool {
	if len(a.Concepts) != len(b.Concepts) {
		return false
	}
	for i := range a.Concepts {
		x, y := a.Concepts[i], b.Concepts[i]
		if x.ID != y.ID || x.Subject != y.Subject || x.Note != y.Note || x.DoNotTranslate != y.DoNotTranslate || len(x.Terms) != len(y.Terms) {
			return false
		}
		for j := range x.Terms {
			s, u := x.Terms[j], y.Terms[j]
			s.Line, u.Line = 0, 0
			if s != u {
				return false
			}
		}
	}
	return true
}

func TestLint(t *testing.T) {
	src := `version = 1
[[concept]]
id = "a"
  [concept.ru]
  preferred = ["Омбудсмен"]
  forbidden = ["Омбудсман", "Омбудсмен"]
[[concept]]
id = "a"
  [concept.r_u]
  preferred = [" x "]
[[concept]]
id = ""
  [concept.tk]
  admitted = ["", "Mejlis"]
[[concept]]
id = "b"
  [concept.ru]
  preferred = ["омбудсмена"]
`
	g, err := Parse("lint.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range g.Lint() {
		got = append(got, p.Check+"@"+strconv.Itoa(p.Line))
	}
	want := []string{
		"approved-and-forbidden@6", // Омбудсман has the stems of Омбудсмен
		"approved-and-forbidden@6", // Омбудсмен both ways
		"duplicate-concept@7", "locale@10", "whitespace@10",
		"missing-id@11", "empty-term@14", "no-preferred@14",
		"ambiguous-term@18",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Lint = %v\nwant   %v", got, want)
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load("no-such-file.toml"); !os.IsNotExist(err) {
		t.Errorf("err = %v", err)
	}
}

func TestMerge(t *testing.T) {
	g := loadProject(t)
	in, err := Parse("in.toml", []byte(`version = 1
[[concept]]
id = "mejlis"
  [concept.en]
  preferred = ["Mejlis"]
[[concept]]
id = "new"
  [concept.en]
  preferred = ["New"]
`))
	if err != nil {
		t.Fatal(err)
	}
	n := len(g.Concepts)
	if added, replaced := g.Merge(in); added != 1 || replaced != 1 {
		t.Errorf("Merge = %d added, %d replaced, want 1 and 1", added, replaced)
	}
	if c := g.Concept("mejlis"); len(g.Concepts) != n+1 || len(c.Terms) != 1 || c.Terms[0].Line != 0 || g.Concepts[n].ID != "new" {
		t.Errorf("merged glossary: %d concepts, mejlis = %+v", len(g.Concepts), c)
	}
	if l := in.Concepts[0].Terms[0].Line; l != 5 {
		t.Errorf("Merge changed the merged glossary's line numbers: line %d, want 5", l)
	}
}
