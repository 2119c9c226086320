package main

import "testing"

// TestPluralForm: the form a catalog uses for a number, by its
// Plural-Forms expression as the headers of Debian's catalogs write it.
func TestPluralForm(t *testing.T) {
	const (
		ru    = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
		ruKDE = "n==1 ? 3 : n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2"
		tk    = "(n != 1)"
	)
	cases := []struct {
		expr    string
		n, want int
	}{
		{ru, 1, 0}, {ru, 21, 0}, {ru, 3, 1}, {ru, 5, 2}, {ru, 11, 2}, {ru, 112, 2},
		{ruKDE, 1, 3}, {ruKDE, 21, 0}, {ruKDE, 24, 1}, {ruKDE, 5, 2},
		{tk, 1, 0}, {tk, 5, 1},
		{"0", 5, 0},
		{"n>1", 5, 1},
		{"!(n<=4)", 5, 1},
	}
	for _, c := range cases {
		got, err := pluralForm(c.expr, c.n)
		if err != nil || got != c.want {
			t.Errorf("pluralForm(%q, %d) = %d, %v; want %d", c.expr, c.n, got, err, c.want)
		}
	}
	for _, bad := range []string{"n%0", "n ? 1", "(n", "n $ 2"} {
		if _, err := pluralForm(bad, 5); err == nil {
			t.Errorf("pluralForm(%q) gave no error", bad)
		}
	}
}
