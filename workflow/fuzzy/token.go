package fuzzy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a normalised text.
type Token struct {
	Start, End int    // byte offsets in the text
	Word       bool   // a word or number; false for a punctuation mark or symbol
	Fold       string // the case-folded word (or the mark itself)
}

// Tokenize appends the words and punctuation marks of norm, a normalised
// text, to out.
func Tokenize(norm string, out []Token) []Token {
	s := norm
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		i += n
		if !IsWordRune(r) {
			out = append(out, Token{Start: start, End: i, Fold: s[start:i]})
			continue
		}
		i = wordEnd(s, i)
		out = append(out, Token{Start: start, End: i, Word: true, Fold: fold(s[start:i])})
	}
	return out
}

// wordEnd returns the end of the word whose first rune ends at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsWordRune(r) {
			i += n
			continue
		}
		if joiner(r) {
			if r2, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && IsWordRune(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// Words counts the words of a text by Tokenize's rule, without tokenizing:
// what status reports.
func Words(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if IsWordRune(r) {
			n++
			i = wordEnd(s, i)
		}
	}
	return n
}

// IsWordRune reports whether r is part of a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joiner reports whether r stays inside a word between two word runes.
func joiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' }

// fold lower-cases a word; the typographic apostrophe folds to the ASCII
// one, since editors type either.
func fold(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}
