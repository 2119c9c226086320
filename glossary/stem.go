package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball"
	"golang.org/x/text/cases"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/turkmen"
)

// lang is what matching needs to know about a language: the stems of a word
// of running text, the key of a word of a term, and which hyphenated endings
// belong to the word before them.
type lang struct {
	// stems appends the candidate keys of a folded text word to dst.
	stems func(dst []string, folded string) []string
	// termKey is the key of a folded word of a glossary term.
	termKey func(folded string) string
	// joinHyphen reports whether the letters after a hyphen are an ending
	// of the word before it (tk MHG-niň) rather than a word of their own.
	joinHyphen func(lowerNext string) bool
}

func langFor(loc string) *lang {
	switch locale.Base(loc) {
	case "en":
		return &lang{stems: snowballStems("english"), termKey: snowballKey("english")}
	case "ru":
		return &lang{stems: snowballStems("russian"), termKey: snowballKey("russian")}
	case "tk":
		return &lang{
			stems: func(dst []string, w string) []string {
				return append(dst, TurkmenStems(w)...)
			},
			termKey: func(w string) string {
				if i := strings.IndexByte(w, '-'); i > 0 {
					return w[:i]
				}
				return w
			},
			joinHyphen: turkmen.IsHyphenSuffix,
		}
	}
	return &lang{
		stems:   func(dst []string, w string) []string { return append(dst, w) },
		termKey: func(w string) string { return w },
	}
}

func snowballStems(language string) func([]string, string) []string {
	key := snowballKey(language)
	return func(dst []string, w string) []string { return append(dst, key(w)) }
}

// snowballKey stems a word with the Snowball stemmer until it stops
// changing. One pass is not enough for Russian loanwords and names: Snowball
// stems «омбудсмен» to «омбудсм» but «омбудсменом» to «омбудсмен», and
// «Бердымухамедова» to «бердымухамедов»; a second pass brings each
// inflected form to the nominative's stem. Words Snowball does not handle
// (digits, Latin in Russian text) come back unchanged.
func snowballKey(language string) func(string) string {
	return func(w string) string {
		if language == "russian" {
			w = strings.ReplaceAll(w, "ё", "е")
		}
		for range 4 {
			s, err := snowball.Stem(w, language, false)
			if err != nil || s == w || s == "" {
				break
			}
			w = s
		}
		return w
	}
}

// foldSpecial marks the runes below U+0500 whose case folding is not their
// lower case (ß → ss, ς → σ, İ → i̇, ŉ → ʼn …): words with them, or with
// runes beyond Cyrillic, go through x/text/cases; the rest, nearly every
// English, Russian and Turkmen word, are lower-cased directly, which is the
// same result without the transformer's cost.
var foldSpecial = func() (t [0x500]bool) {
	c := cases.Fold()
	for r := rune(0); r < 0x500; r++ {
		t[r] = c.String(string(r)) != string(unicode.ToLower(r))
	}
	return t
}()

// foldWord case-folds a word (x/text/cases Fold) and writes apostrophes one
// way.
func foldWord(c cases.Caser, w string) string {
	simple, lower := true, true
	for _, r := range w {
		if r >= 0x500 || foldSpecial[r] {
			simple = false
			break
		}
		if lower && unicode.ToLower(r) != r {
			lower = false
		}
	}
	var f string
	switch {
	case !simple:
		f = c.String(w)
	case lower:
		f = w
	default:
		f = strings.ToLower(w)
	}
	if strings.ContainsAny(f, "’ʼ") {
		f = strings.NewReplacer("’", "'", "ʼ", "'").Replace(f)
	}
	return f
}

// Word runes are letters, marks and digits.
func isWordRune(r rune) bool {
	if r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordRunes caches isWordRune for Latin and Cyrillic, the scripts of the
// project's languages.
var wordRunes = func() (t [0x530]bool) {
	for r := range rune(len(t)) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// span is a word of a text, by byte offsets.
type span struct{ start, end int }

// tokenize appends the words of text to dst. A word is a run of letters,
// marks and digits; an apostrophe between word runes stays inside
// (Women's); a hyphen joins only when l says the letters after it are an
// ending (MHG-niň), otherwise it separates words.
func tokenize(dst []span, text string, l *lang) []span {
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !wordRunes[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf && wordRunes[c] {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isApostrophe(r) || isHyphen(r) {
				next := wordEnd(text, i+n)
				if next == i+n {
					break
				}
				if isHyphen(r) && (l.joinHyphen == nil || !l.joinHyphen(strings.ToLower(text[i+n:next]))) {
					break
				}
				i = next
				continue
			}
			break
		}
		dst = append(dst, span{start, i})
	}
	return dst
}

func wordEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// words splits a term into its words.
func words(text string, l *lang) []string {
	var out []string
	for _, s := range tokenize(nil, text, l) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

// casePrefix is the part of a word compared for case-sensitive terms: the
// word before a joined hyphen ending.
func casePrefix(w string) string {
	for i, r := range w {
		if isHyphen(r) {
			return w[:i]
		}
	}
	return w
}

// sameCase reports whether text word w begins with the letters of term
// word t, capitals included: "Mejlisiň" for "Mejlis", "MHG-niň" for "MHG".
// A text word shorter than the term word (a stemmed-off ending) is compared
// as far as it goes, and so is one whose ending changed a letter of the
// stem (Adalatça, the dative of Adalatçy): only a difference of case fails.
func sameCase(t, w string) bool {
	t, w = casePrefix(t), casePrefix(w)
	for t != "" && w != "" {
		a, n := utf8.DecodeRuneInString(t)
		b, m := utf8.DecodeRuneInString(w)
		if a != b {
			return unicode.ToLower(a) != unicode.ToLower(b)
		}
		t, w = t[n:], w[m:]
	}
	return true
}
