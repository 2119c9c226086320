package segment

import (
	"os"
	"testing"
)

// FuzzSplit checks what Split promises for any input and any language:
// Lead + Σ(Text+Sep) == input, no empty Text, no Text with white space at
// either end, separators of white space only (but the " | " after a date).
func FuzzSplit(f *testing.F) {
	if b, err := os.ReadFile("../../testdata/iom-seminar.en.txt"); err == nil {
		f.Add(string(b), "en")
	}
	for _, s := range []string{
		"", " ", "\n", "\r\n\r\n", "\r", "\uFEFF", "\uFEFF07.08.2019 | Title\r\n\r\nText.",
		"a.b", "A. B.", "1.) x 2.) y", "• 9. a • 10. b", "x\ny\rz\r\n", "\xff\xfe. A",
		"Hello world.Today is Tuesday.", "т. д. В", "ý. Bu", ". . . . A", "[...] (A).",
		"07.08.2019", "07.08.2019 |", "-", "- ", "— a, — b. — C.", "a.\u00a0B", "x.\u2028Y",
	} {
		for _, lang := range []string{"en", "ru", "tk"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariant(t, text, Split(text, Options{Lang: lang, Abbreviations: []string{"Inc.", lang}}))
	})
}
