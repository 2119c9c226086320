package check

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
// and English function words (a/the, where/whose, to) are left out. A
// name written with and without its diacritics (Santa Bárbara, Santa
// Barbara) is one name.

// wordSig appends the signatures of the words of s to out: lower-cased,
// without the accelerator marks of menus (_Open, &Open) and hyphens
// (self-signed = selfsigned); "can't" is "cannot", "don't" "do not". buf
// is scratch space, returned for the next call: a signature allocates
// nothing of its own.
func wordSig(seed maphash.Seed, s string, out []uint16, buf []byte) ([]uint16, []byte) {
	w := buf[:0]
	add := func(word []byte) {
		if len(word) > 0 && !functionWord(word) {
			out = append(out, sigOf(seed, word))
		}
	}
	flush := func() {
		for len(w) > 0 && w[0] == '\'' {
			w = w[1:]
		}
		for len(w) > 0 && w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
		}
		switch n := len(w); {
		case string(w) == "can't":
			add([]byte("cannot"))
		case n > 3 && string(w[n-3:]) == "n't":
			add(w[:n-3])
			add([]byte("not"))
		default:
			add(w)
		}
		w = w[:0]
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '_' || r == '&' || r == '-':
			// an accelerator mark or a hyphen joins, never splits
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '%' || r == '\'':
			w = append(w, byte(r))
		case r >= 'A' && r <= 'Z':
			w = append(w, byte(r)+'a'-'A')
		case r == '’':
			w = append(w, '\'')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			w = utf8.AppendRune(w, baseLetter(unicode.ToLower(r)))
		default:
			flush()
		}
	}
	flush()
	return out, w
}

// baseLetter is a Latin letter without its diacritics (á → a, ş → s, ḩ →
// h); any other rune is itself.
func baseLetter(r rune) rune {
	if r < 0xC0 || r > 0x1EFF || r > 0x24F && r < 0x1E00 {
		return r
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
	if len(d) > 0 && d[0] < utf8.RuneSelf {
		return rune(d[0])
	}
	return r
}

// sigOf is the signature of one lower-case word: 16 bits of a hash of its
// first three letters, as two words of one pair of sources seldom share it.
func sigOf(seed maphash.Seed, w []byte) uint16 {
	if n := len(w); n > 2 && (w[0] == '%' || isDigit(w[0])) && functionWord(w[n-2:]) {
		w = w[:n-2] // an ordinal: %dnd, 2nd
	}
	if g, ok := synonym(w); ok {
		return uint16(maphash.String(seed, g[:min(3, len(g))]))
	}
	n := 0
	for i := range string(w) {
		if n == 3 {
			w = w[:i]
			break
		}
		n++
	}
	return uint16(maphash.Bytes(seed, w))
}

// functionWord reports whether a lower-case word is an English function
// word, whose change leaves the meaning: an article, a preposition, a
// conjunction, a relative word, or the ending of an ordinal split from its
// number by a placeholder ("%d" "rd copy)"). A switch, not a map: it runs
// for every word of every source.
func functionWord(w []byte) bool {
	if len(w) > 6 {
		return false
	}
	switch string(w) {
	case "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "by", "with", "at",
		"from", "this", "that", "it", "its", "as", "into", "within", "where", "whose", "which",
		"when", "while", "till", "until", "is", "are", "be", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// synonym maps the common English synonyms of interface and news text to
// one word of their group, the one whose abbreviations are in use (Accel,
// Dir, Prefs): "Continue?" and "Proceed?" may share a translation.
func synonym(w []byte) (string, bool) {
	switch string(w) {
	case "make":
		return "create", true
	case "contain", "contains", "has":
		return "have", true
	case "execute":
		return "run", true
	case "pick", "select":
		return "choose", true
	case "proceed":
		return "continue", true
	case "unable", "failed", "error":
		// a failure: "error writing %s", "cannot write %s"
		return "cannot", true
	case "erase", "remove":
		return "delete", true
	case "folder":
		return "directory", true
	case "shortcut":
		return "accelerator", true
	case "settings":
		return "preferences", true
	case "new":
		return "create", true
	case "goto":
		return "go", true
	}
	return "", false
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
