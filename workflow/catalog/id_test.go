package catalog

import "testing"

// SameNormal answers as comparing Normalize forms does, also where its
// shortcut for ASCII against other scripts must not apply: a combining
// accent, the Kelvin sign (K once normalised), non-ASCII spaces.
func TestSameNormal(t *testing.T) {
	texts := []string{
		"", " ", "Kiev", "Kiev ", "Kiev\u00a0", "K", "\u212a", "k",
		"e", "é", "e\u0301", "cafe\u0301", "café", "Café",
		"Ankara", "Анкара", "Ankara\u2003", "a  b", "a\n\tb", "a\u2002b",
		"\xff", "?", "\ufffd",
	}
	for _, a := range texts {
		for _, b := range texts {
			want := Normalize(a) == Normalize(b)
			if got := SameNormal(a, b); got != want {
				t.Errorf("SameNormal(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
