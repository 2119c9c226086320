package glossary

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// x/text/collate has no Turkmen tailoring; Compare("tk") follows the
// Turkmen alphabet.
func TestCompareTurkmen(t *testing.T) {
	words := []string{"Zenanlar", "Ýaşlar", "Yl", "Üzüm", "Uly", "Şäher", "Sapar", "Öý", "Oba", "Ňňň", "Nar", "Žurnal", "Jaý", "Ägä", "Ezber", "Çäre", "Cäre", "Döwlet", "Bilim", "Adalat"}
	want := "Adalat Bilim Cäre Çäre Döwlet Ezber Ägä Jaý Žurnal Nar Ňňň Oba Öý Sapar Şäher Uly Üzüm Yl Ýaşlar Zenanlar"

	got := slices.Clone(words)
	slices.SortFunc(got, Compare("tk"))
	if strings.Join(got, " ") != want {
		t.Errorf("tk order:\n got %s\nwant %s", strings.Join(got, " "), want)
	}

	// what x/text/collate does on its own: root order, letters with
	// diacritics next to their base letters
	root := slices.Clone(words)
	collate.New(language.MustParse("tk")).SortStrings(root)
	if strings.Join(root, " ") == want {
		t.Error("x/text/collate now orders Turkmen itself: the fix-up may be obsolete")
	}
	if i, j := slices.Index(root, "Şäher"), slices.Index(root, "Sapar"); i > j {
		t.Errorf("expected the root order to put Şäher before Sapar: %v", root)
	}
}

func TestSorted(t *testing.T) {
	g := loadProject(t)
	var tk []string
	for _, c := range g.Sorted("tk") {
		tk = append(tk, c.Approved("tk")[0].Text)
	}
	// each neighbour pair in Turkmen order (T < Y < Z, Ç after C)
	for i := 1; i < len(tk); i++ {
		if Compare("tk")(tk[i-1], tk[i]) > 0 {
			t.Errorf("tk list out of order at %q, %q", tk[i-1], tk[i])
		}
	}
	var ru []string
	for _, c := range g.Sorted("ru") {
		ru = append(ru, c.Approved("ru")[0].Text)
	}
	if ru[0] != "Академия наук Туркменистана" || ru[len(ru)-1] != "Цели устойчивого развития" {
		t.Errorf("ru order = %v", ru)
	}
}
