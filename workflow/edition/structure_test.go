package edition

import (
	"strings"
	"testing"
)

// FuzzOneLine: the fast path of oneLine skips only text that the slow path
// would leave as it is.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"plain", " a\n b ", "\u0085x", "\ufdd0", "\uffff", "\U0001FFFE", "\x7f", "tab\there", "\xff", "Мир\u00a0Türkmen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := oneLine(s)
		if want := cleanLine(strings.TrimSpace(s)); got != want {
			t.Fatalf("oneLine(%q) = %q, slow path %q", s, got, want)
		}
		if strings.ContainsAny(got, "\n\r\f") {
			t.Fatalf("oneLine(%q) = %q has a line break", s, got)
		}
	})
}
