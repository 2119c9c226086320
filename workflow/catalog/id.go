package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form of a source text that IDs and hashes are
// computed from: NFC, with runs of white space (line breaks of a hard-wrapped
// sentence included) collapsed to one space and trimmed.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SameNormal reports whether a and b have the same Normalize form. Plain
// ASCII text and text with a letter outside ASCII (an English source and
// its Russian translation) differ whatever their form: that is found by
// scanning, without normalising either.
func SameNormal(a, b string) bool {
	if a == b {
		return true
	}
	if beyondASCII(a, b) || beyondASCII(b, a) {
		return false
	}
	return Normalize(a) == Normalize(b)
}

// beyondASCII reports whether a is ASCII, and so is its normal form, while
// b's normal form cannot be: b holds a character that is no white space and
// whose canonical decomposition leaves ASCII (Cyrillic, é — not the Kelvin
// sign, which is K).
func beyondASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if a[i] >= utf8.RuneSelf {
			return false
		}
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(b[i:])
		if !unicode.IsSpace(r) {
			for _, d := range norm.NFD.String(b[i : i+size]) {
				if d >= utf8.RuneSelf && !unicode.IsSpace(d) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// Hash is the hash of a source text: 12 hex digits of the SHA-256 of its
// normalised form. Target segments record it as source_hash, the source they
// were translated from.
func Hash(source string) string {
	// A buffer on the stack spares the usual sentence an allocation; a
	// merge hashes every segment it applies.
	var buf [512]byte
	sum := sha256.Sum256(append(buf[:0], Normalize(source)...))
	return hex.EncodeToString(sum[:6])
}

// Identify gives each source text its segment ID: its Hash, with "-2", "-3"…
// appended to the second and later occurrences of the same text, so that a
// sentence repeated in a document keeps distinct, stable IDs.
func Identify(sources []string) []string {
	ids := make([]string, len(sources))
	seen := make(map[string]int, len(sources))
	for i, s := range sources {
		ids[i], _ = identify(seen, s)
	}
	return ids
}

// IdentifySegments sets the ID of each segment of a source catalog, as
// Identify does, and its SourceHash to the Hash of its source, which the
// ID starts with: Update then copies the hash into the target catalogs
// instead of computing it again for each.
func IdentifySegments(segs []Segment) {
	seen := make(map[string]int, len(segs))
	for i := range segs {
		segs[i].ID, segs[i].SourceHash = identify(seen, segs[i].Source)
	}
}

// Hash is the Hash of a source catalog's segment's Source: the one
// IdentifySegments keeps in SourceHash or, for a catalog read from its file
// (which has none), the hash its ID starts with, computed only when the ID
// is not of Identify's form.
func (s *Segment) Hash() string {
	if s.SourceHash != "" {
		return s.SourceHash
	}
	if h, ok := idHash(s.ID); ok {
		return h
	}
	return Hash(s.Source)
}

// idHash is the hash an ID that Identify gave starts with: 12 hex digits,
// then "-" and the occurrence for a repeat.
func idHash(id string) (string, bool) {
	if i := strings.IndexByte(id, '-'); i >= 0 {
		n := id[i+1:]
		if n == "" || strings.Trim(n, "0123456789") != "" {
			return "", false
		}
		id = id[:i]
	}
	if len(id) != 12 || strings.Trim(id, "0123456789abcdef") != "" {
		return "", false
	}
	return id, true
}

// identify is the ID and the hash of source, the occurrences of each hash
// so far counted in seen.
func identify(seen map[string]int, source string) (id, hash string) {
	h := Hash(source)
	seen[h]++
	if n := seen[h]; n > 1 {
		return h + "-" + strconv.Itoa(n), h
	}
	return h, h
}

// isNormal is Normalize's fast path: NFC text with single inner spaces and
// no other white space, as almost every sentence is.
func isNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			ascii = false
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		case c < ' ' || c == 0x7f:
			return false
		}
	}
	if ascii {
		return true
	}
	for _, r := range s {
		if r >= 0x80 && unicode.IsSpace(r) {
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}
