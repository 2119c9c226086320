package tm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/catalog"
)

// Token is one word or punctuation mark of a normalised text.
type Token struct {
	Start, End int    // byte offsets in the normalised text
	Word       bool   // a word or number; false for a punctuation mark or symbol
	Fold       string // the case-folded word (or the mark itself)
}

// Tokenize splits a text, after catalog.Normalize, into words and
// punctuation marks. A word is a run of letters, digits and combining marks;
// an apostrophe, hyphen or dot between two word characters stays inside it,
// so "don't", "MHG-nyň" and "3.5" are one token each, as catalog.Words
// counts them. It returns the normalised text the offsets refer to.
func Tokenize(s string) (string, []Token) {
	s = catalog.Normalize(s)
	return s, tokens(s, nil)
}

func tokens(s string, out []Token) []Token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		i += n
		if !isWordRune(r) {
			out = append(out, Token{Start: start, End: i, Fold: s[start:i]})
			continue
		}
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' || r == '.' {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, Token{Start: start, End: i, Word: true, Fold: fold(s[start:i])})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// fold lower-cases a word; the typographic apostrophe folds to the ASCII
// one, since editors type either.
func fold(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}
