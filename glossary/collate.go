package glossary

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/terjime/terjime/internal/locale"
)

// CLDR, and so x/text/collate, has no Turkmen tailoring: collate.New for
// "tk" falls back to the root order, where ç, ä, ž, ň, ö, ş, ü, ý are
// accented variants of c, a, z, n, o, s, u, y. "Şäher" then sorts before
// "Sapar", "Ägä" next to "Adalat" and "Ýaşlar" among the Y words. The
// Turkmen alphabet has them as letters of their own:
//
//	A B Ç D E Ä F G H I J Ž K L M N Ň O Ö P R S Ş T U Ü W Y Ý Z
//
// tkAlphabet adds C, Q, V, X (foreign names) where the Latin alphabet has
// them, so Ç follows C. Words are compared letter by letter in this order
// (case and other differences only break ties, with the root collation).
const tkAlphabet = "abcçdeäfghijžklmnňoöpqrsştuüvwxyýz"

var tkOrder = func() map[rune]int {
	m := map[rune]int{}
	for i, r := range []rune(tkAlphabet) {
		m[r] = i + 1
	}
	return m
}()

// Compare returns a comparison function for strings in a locale's
// alphabetical order.
func Compare(loc string) func(a, b string) int {
	tag, err := locale.Parse(loc)
	if err != nil {
		tag = language.Und
	}
	if locale.Base(loc) == "tk" {
		root := collate.New(language.Und)
		return func(a, b string) int {
			if c := compareTk(a, b); c != 0 {
				return c
			}
			return root.CompareString(a, b)
		}
	}
	c := collate.New(tag)
	return func(a, b string) int { return c.CompareString(a, b) }
}

// compareTk compares by Turkmen letters only, ignoring case, spaces and
// punctuation; letters outside the alphabet follow it by code point.
func compareTk(a, b string) int {
	ka, kb := tkKey(a), tkKey(b)
	return slices.Compare(ka, kb)
}

func tkKey(s string) []int {
	var k []int
	for _, r := range strings.ToLower(s) {
		switch {
		case tkOrder[r] > 0:
			k = append(k, tkOrder[r])
		case unicode.IsDigit(r):
			k = append(k, -100+int(r-'0')) // digits before letters
		case unicode.IsLetter(r):
			k = append(k, 1000+int(r))
		}
	}
	return k
}

// Sorted returns the concepts ordered by their first term in locale (first
// preferred, else any), in that locale's collation; concepts without a term
// there follow, by ID.
func (g *Glossary) Sorted(locale string) []*Concept {
	cmp := Compare(locale)
	out := make([]*Concept, len(g.Concepts))
	for i := range g.Concepts {
		out[i] = &g.Concepts[i]
	}
	key := func(c *Concept) string {
		if a := c.Approved(locale); len(a) > 0 {
			return a[0].Text
		}
		if ts := c.TermsFor(locale); len(ts) > 0 {
			return ts[0].Text
		}
		return ""
	}
	slices.SortStableFunc(out, func(x, y *Concept) int {
		kx, ky := key(x), key(y)
		switch {
		case kx == "" && ky == "":
			return strings.Compare(x.ID, y.ID)
		case kx == "":
			return 1
		case ky == "":
			return -1
		}
		if c := cmp(kx, ky); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out
}
