package turkmen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is a vowel class, or a set of them: Back, Front, or Back|Front
// where either is right.
type Class uint8

const (
	Back  Class = 1 << iota // a o u y
	Front                   // ä e i ö ü
)

// VowelClass returns the vowel class of r (upper or lower case), 0 for a
// consonant or a letter outside the Turkmen alphabet.
func VowelClass(r rune) Class {
	switch unicode.ToLower(r) {
	case 'a', 'o', 'u', 'y':
		return Back
	case 'ä', 'e', 'i', 'ö', 'ü':
		return Front
	}
	return 0
}

// LastClass returns the class of the last vowel of s, 0 if it has none.
func LastClass(s string) Class {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if c := VowelClass(r); c != 0 {
			return c
		}
		s = s[:len(s)-n]
	}
	return 0
}

// unitClass and tenClass are the classes of the number words: bir iki üç
// dört bäş alty ýedi sekiz dokuz; on ýigrimi otuz kyrk elli altmyş ýetmiş
// segsen togsan.
var (
	unitClass = [10]Class{Back /* nol */, Front, Front, Front, Front, Front, Back, Front, Front, Back}
	tenClass  = [10]Class{0, Back, Front, Back, Back, Front, Back, Front, Front, Back}
)

// NumberClass returns the class of the last word of n read aloud: alty
// (6), dokuz (9), on (10), otuz (30)… are back; ýedi (7), ýigrimi (20),
// ýüz (100), müň (1000)… are front; million and milliard are back.
func NumberClass(n uint64) Class {
	switch {
	case n == 0:
		return unitClass[0]
	case n%10 != 0:
		return unitClass[n%10]
	case n%100 != 0:
		return tenClass[n/10%10]
	case n%1000 != 0:
		return Front // ýüz
	case n%1_000_000 != 0:
		return Front // müň
	}
	return Back // million, milliard
}

// Ordinal writes n with its ordinal suffix after a hyphen: 7-nji, 6-njy,
// 2019-njy.
func Ordinal(n int) string {
	s := strconv.Itoa(n)
	if n >= 0 && NumberClass(uint64(n)) == Back {
		return s + "-njy"
	}
	return s + "-nji"
}

var months = [12]string{"ýanwar", "fewral", "mart", "aprel", "maý", "iýun",
	"iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr"}

// Month returns the name of month m (1–12): ýanwar … dekabr.
func Month(m int) string { return months[m-1] }

// MonthPossessive returns the month with the third-person possessive
// that the date line uses («7-nji awgusty»): every month name ends in a
// consonant, so it takes -y or -i by harmony: ýanwary, apreli, maýy.
func MonthPossessive(m int) string {
	name := months[m-1]
	if LastClass(name) == Front {
		return name + "i"
	}
	return name + "y"
}

// Date writes the official date line: «2019-njy ýylyň 7-nji awgusty».
func Date(year, month, day int) string {
	return Ordinal(year) + " ýylyň " + Ordinal(day) + " " + MonthPossessive(month)
}

// CompactDate writes the short form: «7-nji awgust 2019 ý.».
func CompactDate(year, month, day int) string {
	return Ordinal(day) + " " + Month(month) + " " + strconv.Itoa(year) + " ý."
}

// letterClass is the class of the names of the consonant letters that are
// not front: K «ka», H «ha», Ş «şa». Ý is left open (both): its name is
// not settled in usage.
func letterClass(r rune) Class {
	if c := VowelClass(r); c != 0 {
		return c
	}
	switch r {
	case 'K', 'H', 'Ş':
		return Back
	case 'Ý':
		return Back | Front
	}
	return Front
}

// isAcronymLetter reports whether r is a capital of the Turkmen alphabet.
// C, Q, V and X are not in it: an acronym with them is foreign, read by
// another language's letter names.
func isAcronymLetter(r rune) bool {
	switch r {
	case 'C', 'Q', 'V', 'X':
		return false
	case 'Ç', 'Ä', 'Ž', 'Ň', 'Ö', 'Ş', 'Ü', 'Ý':
		return true
	}
	return r >= 'A' && r <= 'Z'
}

// AcronymClasses returns the classes a suffix after the acronym may have,
// and false when s is not a Turkmen acronym (two or more capitals of the
// Turkmen alphabet). Read letter by letter, the last letter's name
// decides; an acronym with a vowel may also take its last vowel's class,
// read as a word (OPEK-iň, ÝUNOPS-yň) or not: the state press writes
// AHHG-nyň and YHG-nyň as often as AHHG-niň, often on one page, while
// BMG, ŞHG, MHG, with no vowel, take -niň throughout.
func AcronymClasses(s string) (Class, bool) {
	n := 0
	for _, r := range s {
		if !isAcronymLetter(r) {
			return 0, false
		}
		n++
	}
	if n < 2 {
		return 0, false
	}
	last, size := utf8.DecodeLastRuneInString(s)
	c := letterClass(last)
	if VowelClass(last) == 0 {
		c |= LastClass(s[:len(s)-size])
	}
	return c, true
}

// SuffixClass returns the classes a suffix after a hyphen on word may
// have: word is an acronym or a number (digits only); false for anything
// else.
func SuffixClass(word string) (Class, bool) {
	if word == "" {
		return 0, false
	}
	digits := true
	for i := 0; i < len(word); i++ {
		if word[i] < '0' || word[i] > '9' {
			digits = false
			break
		}
	}
	if digits {
		if len(word) > 18 {
			return 0, false
		}
		n, err := strconv.ParseUint(word, 10, 64)
		if err != nil {
			return 0, false
		}
		return NumberClass(n), true
	}
	return AcronymClasses(word)
}

// CheckSuffix reports whether suffix (lower case, after the hyphen) may
// follow word; when it may not, fix is the suffix in the harmony word
// wants. A suffix whose vowels are not all of one class, or that has none,
// is let through: it is not a harmony matter.
func CheckSuffix(word, suffix string) (fix string, ok bool) {
	want, known := SuffixClass(word)
	if !known || fullNameEnding(word, suffix) {
		return "", true
	}
	var have Class
	for _, r := range suffix {
		have |= VowelClass(r)
	}
	if have != Back && have != Front || want&have != 0 {
		return "", true
	}
	return Harmonize(suffix, want), false
}

// fullNameEnding reports whether suffix after the acronym word is the
// ending of the full name's last word rather than of the letters: a case
// ending with the pronominal n (-na, -nda, -ndan, -ndaky) follows only a
// possessive, so BSG-na stands for «Guramasyna» and AÖB-na for «Bankyna»,
// whose vowels the acronym does not show. Read by letters these are BSG-e,
// BSG-de. Numbers take no possessive here. word is one SuffixClass knows:
// an acronym or digits.
func fullNameEnding(word, suffix string) bool {
	if word[0] >= '0' && word[0] <= '9' {
		return false
	}
	for _, p := range []string{"na", "ne", "nda", "nde"} {
		if strings.HasPrefix(suffix, p) {
			return true
		}
	}
	return false
}

// Harmonize rewrites the vowels of suffix into class c (Back or Front):
// nyň → niň, da → de, njy → nji, daky → däki.
func Harmonize(suffix string, c Class) string {
	if c == Front && strings.HasSuffix(suffix, "aky") {
		return Harmonize(strings.TrimSuffix(suffix, "aky"), c) + "äki"
	}
	var b strings.Builder
	for _, r := range suffix {
		if c == Front {
			switch r {
			case 'a':
				r = 'e'
			case 'y':
				r = 'i'
			case 'u':
				r = 'ü'
			case 'o':
				r = 'ö'
			}
		} else if c == Back {
			switch r {
			case 'e', 'ä':
				r = 'a'
			case 'i':
				r = 'y'
			case 'ü':
				r = 'u'
			case 'ö':
				r = 'o'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hyphenSuffixes may follow a hyphen on an acronym or a number: ordinals,
// case, possessive and plural endings. IsHyphenSuffix accepts any chain of
// them.
var hyphenSuffixes = []string{
	// ordinals
	"njy", "nji", "ynjy", "inji", "unjy", "ünji", "nç", "ynç",
	// case and possessive
	"nyň", "niň", "nuň", "nüň", "yň", "iň", "uň", "üň",
	"ndan", "nden", "dan", "den", "tan", "ten",
	"nda", "nde", "da", "de", "ta", "te",
	"na", "ne", "ga", "ge", "ka", "ke", "a", "e", "ä",
	"ny", "ni", "nu", "nü", "y", "i",
	"sy", "si", "lar", "ler", "lary", "leri",
	"ndaky", "ndäki", "daky", "däki", "ky", "ki",
}

// IsHyphenSuffix reports whether s (lower case) is a chain of endings that
// may follow a hyphen on an acronym or a number: "nyň", "njy", "dan",
// "lary".
func IsHyphenSuffix(s string) bool {
	if s == "" || len(s) > 16 {
		return false
	}
	for _, suf := range hyphenSuffixes {
		if s == suf || strings.HasPrefix(s, suf) && IsHyphenSuffix(s[len(suf):]) {
			return true
		}
	}
	return false
}
