package glossary

import (
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/turkmen"
)

// The Turkmen suffix stripper.
//
// Turkmen is agglutinative: a noun is stem + plural + possessive + case, each
// slot optional, each suffix in a back-vowel or a front-vowel variant chosen
// by the stem's last vowel (vowel harmony: back a o u y, front ä e i ö ü):
//
//	plural      -lar/-ler                                  ýaşlar
//	possessive  1sg -ym/-im/-um/-üm/-m, 2sg -yň/-iň/-uň/-üň/-ň,
//	            3sg -y/-i/-sy/-si, 1pl -ymyz/-imiz/-myz/-miz,
//	            2pl -yňyz/-iňiz/-ňyz/-ňiz                    guramasy, Kabineti
//	genitive    -yň/-iň/-uň/-üň/-nyň/-niň/-nuň/-nüň          Mejlisiň, guramasynyň
//	dative      -a/-e/-ga/-ge/-ka/-ke/-na/-ne                Mejlise, guramasyna
//	accusative  -y/-i/-ny/-ni/-nu/-nü                        guramasyny
//	locative    -da/-de/-ta/-te/-nda/-nde                    Türkmenistanda
//	ablative    -dan/-den/-tan/-ten/-ndan/-nden              ministrliginden
//	locative adjective -daky/-däki/-taky/-täki/-ndaky/-ndäki Türkmenistandaky
//
// (the n-forms follow a third-person possessive). Without a lexicon these
// cannot be undone unambiguously: "guramasy" may be gurama+sy or guramas+y,
// and stripping a nominative further ("gurama" → "guram" + dative a) would
// give one lexeme several stems. So the stripper does not pick one analysis:
// it returns every candidate stem (the word itself; without a case suffix;
// without case and possessive; without case, possessive and plural), and a
// text word matches a glossary term when one of its candidates is the term's
// word as written. Terms are written as they stand in a name (izafet forms:
// "Migrasiýa boýunça halkara guramasy", "Ylymlar akademiýasy"), so
// "guramasynyň" (candidates …, guramasy, gurama) matches "guramasy", and
// "Mejlisiň" matches "Mejlis". A stem must keep three letters and a vowel,
// and a suffix must agree in harmony with the stem left before it, which
// keeps short words from matching by accident.
//
// A final voiceless consonant voices before a vowel (birleşik → birleşigi,
// kitap → kitaby); when a vowel-initial suffix leaves a stem ending in g, b,
// d or j, the voiceless form is a candidate too.
//
// Acronyms and numbers take their suffixes after a hyphen (MHG-nyň, BMG-niň,
// 2030-njy, HZG-ny); the tokenizer keeps such a word whole when what follows
// the hyphen is a chain of endings (turkmen.IsHyphenSuffix), and the
// stripper cuts at the hyphen.

var (
	tkCase = []string{
		"ndan", "nden", "dan", "den", "tan", "ten",
		"ndaky", "ndäki", "daky", "däki", "taky", "täki",
		"nyň", "niň", "nuň", "nüň", "yň", "iň", "uň", "üň",
		"nda", "nde", "da", "de", "ta", "te",
		"ga", "ge", "ka", "ke", "na", "ne", "a", "e",
		"ny", "ni", "nu", "nü", "y", "i",
	}
	tkPossessive = []string{
		"ymyz", "imiz", "umyz", "ümiz", "myz", "miz",
		"yňyz", "iňiz", "uňyz", "üňiz", "ňyz", "ňiz",
		"sy", "si", "ym", "im", "um", "üm", "m",
		"yň", "iň", "uň", "üň", "ň", "y", "i",
	}
	tkPlural = []string{"lar", "ler"}
)

// harmonious reports whether suffix may follow stem: a suffix with a vowel
// must have the class of the stem's last vowel. Loanwords sometimes break
// harmony; they still match in their written form.
func harmonious(stem, suffix string) bool {
	sc := turkmen.LastClass(suffix)
	return sc == 0 || turkmen.LastClass(stem) == sc
}

func validTkStem(s string) bool {
	return utf8.RuneCountInString(s) >= 3 && turkmen.LastClass(s) != 0
}

// tkStrip removes one suffix of the list from w in every way the rules
// allow, calling add with each stem left.
func tkStrip(w string, list []string, add func(string)) {
	for _, suf := range list {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		stem := w[:len(w)-len(suf)]
		if !validTkStem(stem) || !harmonious(stem, suf) {
			continue
		}
		// 1sg -m, 2sg -ň and 3sg -sy/-si follow a vowel; -ym, -yň, -y follow
		// a consonant.
		last, _ := utf8.DecodeLastRuneInString(stem)
		vowelStem := turkmen.VowelClass(last) != 0
		first, _ := utf8.DecodeRuneInString(suf)
		switch suf {
		case "m", "ň", "sy", "si", "myz", "miz", "ňyz", "ňiz":
			if !vowelStem {
				continue
			}
		}
		add(stem)
		if turkmen.VowelClass(first) != 0 {
			if v, ok := devoice(stem); ok {
				add(v)
			}
		}
	}
}

func devoice(stem string) (string, bool) {
	r, n := utf8.DecodeLastRuneInString(stem)
	var v rune
	switch r {
	case 'g':
		v = 'k'
	case 'b':
		v = 'p'
	case 'd':
		v = 't'
	case 'j':
		v = 'ç'
	default:
		return "", false
	}
	return stem[:len(stem)-n] + string(v), true
}

// TurkmenStems returns the candidate stems of a lower-case Turkmen word, the
// word itself first, without duplicates.
func TurkmenStems(w string) []string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return []string{w[:i]}
	}
	out := make([]string, 1, 8)
	out[0] = w
	add := func(s string) {
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	// slot by slot from the end: case, possessive, plural
	level := []string{w}
	if stem, ok := tkDativeContracted(w); ok {
		add(stem)
		level = append(level, stem)
	}
	for _, list := range [][]string{tkCase, tkPossessive, tkPlural} {
		next := level
		for _, s := range level {
			tkStrip(s, list, func(stem string) {
				add(stem)
				next = append(next, stem)
			})
		}
		level = next
	}
	return out
}

// tkDativeContracted undoes the dative of a stem ending in y or i, which
// replaces the vowel instead of adding to it: Adalatçy → Adalatça,
// okuwçy → okuwça, kişi → kişä.
func tkDativeContracted(w string) (string, bool) {
	var stem string
	switch {
	case strings.HasSuffix(w, "a"):
		stem = w[:len(w)-1] + "y"
	case strings.HasSuffix(w, "ä"):
		stem = w[:len(w)-len("ä")] + "i"
	default:
		return "", false
	}
	prev, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-1])
	if turkmen.VowelClass(prev) != 0 || !validTkStem(stem) {
		return "", false
	}
	return stem, true
}
