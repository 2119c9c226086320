package check

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The same translation of two different sources is a slip an editor wants
// to see when the sources differ in one word that carries meaning: a
// translation copied from the segment before and not changed ("certificate
// '%s' loaded" and "… deleted", "Maximum Height" and "Minimum Height",
// "horizontal" and "vertical"). Sources that say the same thing in other
// words ("Miscellaneous" and "Misc", "Continue?" and "Proceed?") or are
// reworded more widely are translated alike on purpose. So each source
// keeps a signature of its words, and inconsistent-source reports two
// sources only when their signatures are one word apart. A word's
// signature is its first three letters (inflections and abbreviations —
// file/files, chars/characters — are one word), a synonym its group's,
// and English function words (a/the, where/whose, to) are left out.

// wordSig appends the signatures of the words of s to out: lower-cased,
// without the accelerator marks of menus (_Open, &Open) and hyphens
// (self-signed = selfsigned); "can't" is "cannot", "don't" "do not".
func wordSig(seed maphash.Seed, s string, out []uint16) []uint16 {
	var w []byte
	flush := func() {
		if len(w) == 0 {
			return
		}
		word := strings.ToLower(string(w))
		w = w[:0]
		switch {
		case word == "can't":
			word = "cannot"
		case strings.HasSuffix(word, "n't"):
			if !functionWords[word[:len(word)-3]] {
				out = append(out, sigOf(seed, word[:len(word)-3]))
			}
			word = "not"
		}
		if word = strings.Trim(word, "'"); !functionWords[word] {
			out = append(out, sigOf(seed, word))
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '_' || r == '&' || r == '-':
			// an accelerator mark or a hyphen joins, never splits
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' || r == '\'' || r == '’':
			if r == '’' {
				r = '\''
			}
			w = utf8.AppendRune(w, r)
		default:
			flush()
		}
		i += n
	}
	flush()
	return out
}

// sigOf is the signature of one lower-case word: 16 bits of a hash, as
// two words of one pair of sources seldom share it.
func sigOf(seed maphash.Seed, w string) uint16 {
	if n := len(w); n > 2 && (w[0] == '%' || isDigit(w[0])) && functionWords[w[n-2:]] {
		w = w[:n-2] // an ordinal: %dnd, 2nd
	}
	if g, ok := synonyms[w]; ok {
		w = g
	}
	n := 0
	for i := range w {
		if n == 3 {
			w = w[:i]
			break
		}
		n++
	}
	return uint16(maphash.String(seed, w))
}

// functionWords are the English words whose change leaves the meaning:
// articles, prepositions, conjunctions and relative words.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "in": true, "on": true,
	"for": true, "and": true, "or": true, "by": true, "with": true, "at": true, "from": true,
	"this": true, "that": true, "it": true, "its": true, "as": true, "into": true, "within": true,
	"where": true, "whose": true, "which": true, "when": true, "while": true, "till": true,
	"until": true, "is": true, "are": true, "be": true,
	"st": true, "nd": true, "rd": true, "th": true, // of ordinals split by a placeholder ("%d" "rd copy)")
}

// synonyms map the common English synonyms of interface and news text to
// one word of their group, the one whose abbreviations are in use (Accel,
// Dir, Prefs): "Continue?" and "Proceed?" may share a translation.
var synonyms = map[string]string{
	"make": "create", "contain": "have", "contains": "have", "has": "have",
	"execute": "run", "pick": "choose", "select": "choose", "proceed": "continue",
	"unable": "cannot", "failed": "cannot", "erase": "delete", "remove": "delete",
	"folder": "directory", "shortcut": "accelerator", "settings": "preferences",
	"new": "create", "goto": "go",
}

// oneWordApart reports whether two word signatures have the same length,
// two words or more, and differ in exactly one place. Two one-word labels
// ("Miscellaneous" and "Advanced") often share a translation on purpose,
// as do two names of one thing (Asia/Kolkata, Asia/Calcutta: see
// oneToken).
func oneWordApart(a, b []uint16) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}

// oneToken reports whether s is one token without spaces (a time zone's
// name, a key, a path): its aliases share a translation.
func oneToken(s string) bool {
	return strings.IndexFunc(strings.TrimSpace(s), unicode.IsSpace) < 0
}
