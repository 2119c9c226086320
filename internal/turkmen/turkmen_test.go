package turkmen

import (
	"fmt"
	"testing"
)

// TestOrdinalDays covers every day of a month: -njy after 6, 9, 10, 16,
// 19, 26, 29 and 30 (alty, dokuz, on, otuz), -nji otherwise.
func TestOrdinalDays(t *testing.T) {
	back := map[int]bool{6: true, 9: true, 10: true, 16: true, 19: true, 26: true, 29: true, 30: true}
	for d := 1; d <= 31; d++ {
		want := fmt.Sprintf("%d-nji", d)
		if back[d] {
			want = fmt.Sprintf("%d-njy", d)
		}
		if got := Ordinal(d); got != want {
			t.Errorf("Ordinal(%d) = %s, want %s", d, got, want)
		}
	}
}

func TestOrdinalYearsAndLargeNumbers(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{2019, "2019-njy"}, {2009, "2009-njy"}, {1999, "1999-njy"},
		{2020, "2020-nji"}, {2021, "2021-nji"}, {2016, "2016-njy"},
		{2010, "2010-njy"}, // iki müň on
		{2030, "2030-njy"}, // iki müň otuz: the 2030 Agenda's «2030-njy ýyla çenli»
		{2040, "2040-njy"}, {2050, "2050-nji"}, {2060, "2060-njy"},
		{2070, "2070-nji"}, {2080, "2080-nji"}, {2090, "2090-njy"},
		{2000, "2000-nji"}, {2100, "2100-nji"}, {1000, "1000-nji"},
		{157, "157-nji"}, {89, "89-njy"}, {186, "186-njy"}, {11, "11-nji"},
		{1_000_000, "1000000-njy"},
	} {
		if got := Ordinal(tc.n); got != tc.want {
			t.Errorf("Ordinal(%d) = %s, want %s", tc.n, got, tc.want)
		}
	}
}

// TestDateEveryMonth writes the date line for every month, with the
// month's possessive.
func TestDateEveryMonth(t *testing.T) {
	want := [12]string{
		"2019-njy ýylyň 7-nji ýanwary", "2019-njy ýylyň 7-nji fewraly",
		"2019-njy ýylyň 7-nji marty", "2019-njy ýylyň 7-nji apreli",
		"2019-njy ýylyň 7-nji maýy", "2019-njy ýylyň 7-nji iýuny",
		"2019-njy ýylyň 7-nji iýuly", "2019-njy ýylyň 7-nji awgusty",
		"2019-njy ýylyň 7-nji sentýabry", "2019-njy ýylyň 7-nji oktýabry",
		"2019-njy ýylyň 7-nji noýabry", "2019-njy ýylyň 7-nji dekabry",
	}
	compact := [12]string{
		"7-nji ýanwar 2019 ý.", "7-nji fewral 2019 ý.", "7-nji mart 2019 ý.",
		"7-nji aprel 2019 ý.", "7-nji maý 2019 ý.", "7-nji iýun 2019 ý.",
		"7-nji iýul 2019 ý.", "7-nji awgust 2019 ý.", "7-nji sentýabr 2019 ý.",
		"7-nji oktýabr 2019 ý.", "7-nji noýabr 2019 ý.", "7-nji dekabr 2019 ý.",
	}
	for m := 1; m <= 12; m++ {
		if got := Date(2019, m, 7); got != want[m-1] {
			t.Errorf("Date(2019, %d, 7) = %q, want %q", m, got, want[m-1])
		}
		if got := CompactDate(2019, m, 7); got != compact[m-1] {
			t.Errorf("CompactDate(2019, %d, 7) = %q, want %q", m, got, compact[m-1])
		}
	}
	if got := Date(2020, 12, 30); got != "2020-nji ýylyň 30-njy dekabry" {
		t.Errorf("Date(2020, 12, 30) = %q", got)
	}
}

func TestCheckSuffix(t *testing.T) {
	for _, tc := range []struct {
		word, suffix string
		fix          string // "" when right
	}{
		// letter names: G «ge», M «em» front; Ş «şa», H «ha», K «ka» back
		{"BMG", "niň", ""}, {"MHG", "niň", ""}, {"ÝHHG", "niň", ""},
		{"MHG", "nyň", "niň"}, {"BMG", "a", "e"}, {"BMG", "däki", ""},
		{"ABŞ", "nyň", ""}, {"ABŞ", "niň", "nyň"}, {"TDH", "nyň", ""},
		{"HZG", "ny", "ni"}, {"BMGÖM", "iň", ""},
		// read as words: the word's vowels
		{"ÝUNESKO", "nyň", ""}, {"ÝUNESKO", "niň", "nyň"}, {"GDA", "nyň", ""},
		{"OPEK", "iň", ""}, {"OPEK", "yň", ""},
		// an acronym with a vowel also takes the vowel's class, as the
		// press writes it (ÝUNOPS-yň, AHHG-nyň beside AHHG-niň, YHG-da);
		// without one, or where both agree, one class only
		{"ÝUNOPS", "yň", ""}, {"ÝUNOPS", "iň", ""}, {"AHHG", "nyň", ""},
		{"AHHG", "niň", ""}, {"YHG", "da", ""}, {"YHG", "ne", ""},
		{"ŞHG", "nyň", "niň"}, {"ABŞ", "niň", "nyň"}, {"BMGÖM", "yň", "iň"},
		// the full name's ending: -na, -nda only follow its possessive
		// (BSG-na «Guramasyna», AÖB-na «Bankyna»); -a, -nyň are judged
		{"BSG", "na", ""}, {"AÖB", "na", ""}, {"DIM", "nde", ""}, {"BSG", "ndan", ""},
		{"BSG", "a", "e"}, {"BSG", "nyň", "niň"}, {"7", "na", "ne"},
		// numbers
		{"2019", "njy", ""}, {"2019", "nji", "njy"}, {"7", "nji", ""},
		{"7", "njy", "nji"}, {"2030", "njy", ""}, {"10", "dan", ""},
		{"10", "den", "dan"}, {"2014", "nji", ""},
		// not judged: foreign acronyms, words, suffixes without one class
		{"UNHCR", "yň", ""}, {"IOM", "yň", ""}, {"Mejlis", "yň", ""},
		{"BMG", "ň", ""}, {"B", "nyň", ""},
	} {
		fix, ok := CheckSuffix(tc.word, tc.suffix)
		if ok != (tc.fix == "") || fix != tc.fix {
			t.Errorf("CheckSuffix(%s, %s) = %q, %v; want %q", tc.word, tc.suffix, fix, ok, tc.fix)
		}
	}
}

func TestHarmonize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		c    Class
		want string
	}{
		{"nyň", Front, "niň"}, {"niň", Back, "nyň"}, {"daky", Front, "däki"}, {"däki", Back, "daky"},
		{"den", Back, "dan"}, {"ä", Back, "a"},
	} {
		if got := Harmonize(tc.in, tc.c); got != tc.want {
			t.Errorf("Harmonize(%s, %d) = %s, want %s", tc.in, tc.c, got, tc.want)
		}
	}
}

func TestIsHyphenSuffix(t *testing.T) {
	for s, want := range map[string]bool{
		"nyň": true, "niň": true, "ny": true, "a": true, "da": true, "dan": true, "njy": true, "nji": true,
		"lary": true, "nda": true, "ndaky": true, "ä": true,
		"ýork": false, "bilen": false, "": false, "aziýa": false,
	} {
		if got := IsHyphenSuffix(s); got != want {
			t.Errorf("IsHyphenSuffix(%q) = %v, want %v", s, got, want)
		}
	}
}
