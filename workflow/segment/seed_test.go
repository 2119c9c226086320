package segment

import (
	"os"
	"strings"
	"testing"
)

// TestSeed segments the repository's own article.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("../../testdata/iom-seminar.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := Split(string(b), Options{Lang: "en"})
	checkInvariant(t, string(b), d)
	var kinds []string
	for _, s := range d.Segments {
		kinds = append(kinds, string(s.Kind))
	}
	want := "date title paragraph paragraph paragraph paragraph paragraph paragraph paragraph paragraph " +
		"paragraph paragraph paragraph paragraph paragraph paragraph paragraph heading item item item"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kinds:\n got %s\nwant %s", got, want)
	}
	for _, w := range []string{
		"07.08.2019",
		"Representatives of the Mejlis, Ombudsman, the Ministry of Justice,",
		"The National Plan of Action to Combat Trafficking in Persons has been implemented,",
		"Cure or poison? Pertaining to medical tourism,",
	} {
		found := false
		for _, s := range d.Segments {
			if strings.HasPrefix(s.Text, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no segment starts with %q", w)
		}
	}
}

// checkInvariant asserts what Split promises for any input.
func checkInvariant(t *testing.T, text string, d Document) {
	t.Helper()
	var b strings.Builder
	b.WriteString(d.Lead)
	for i, s := range d.Segments {
		if s.Text == "" {
			t.Fatalf("segment %d is empty", i)
		}
		if r, _ := decode(s.Text, 0); isSpace(r) {
			t.Fatalf("segment %d starts with white space: %q", i, s.Text)
		}
		if r, _ := decodeLast(s.Text, len(s.Text)); isSpace(r) {
			t.Fatalf("segment %d ends with white space: %q", i, s.Text)
		}
		if s.Kind != Date && strings.TrimFunc(s.Sep, isSpace) != "" {
			t.Fatalf("segment %d: separator %q is not white space", i, s.Sep)
		}
		b.WriteString(s.Text)
		b.WriteString(s.Sep)
	}
	if strings.TrimFunc(d.Lead, isSpace) != "" {
		t.Fatalf("lead %q is not white space", d.Lead)
	}
	if b.String() != text {
		t.Fatalf("Lead + Σ(Text+Sep) = %q, want %q", b.String(), text)
	}
}
