package catalog

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Base is what an export recorded of a segment's target: the hash of the
// target text and its state. Reading it back from the returned file, the
// merge knows what changed since the export on each side — in the file and
// in the catalog — instead of guessing from two versions.
type Base struct {
	Hash  string // TargetHash of the exported target
	State State
}

// Known reports whether the file recorded a base at all.
func (b Base) Known() bool { return b.Hash != "" }

// BaseOf is what an export records of s.
func BaseOf(s *Segment) Base { return Base{Hash: TargetHash(s.Target), State: s.State} }

// TargetHash is the hash a base records of a target text: 12 hex digits
// of the SHA-256 of targetText(target); "-" for no target.
func TargetHash(target string) string {
	if target == "" {
		return "-"
	}
	sum := targetSum(target)
	return hex.EncodeToString(sum[:6])
}

// Matches reports whether target is the text the base records, as
// TargetHash(target) == b.Hash does, without making a string: a merge asks
// it of every unit.
func (b Base) Matches(target string) bool {
	if target == "" || b.Hash == "-" {
		return target == "" && b.Hash == "-"
	}
	sum := targetSum(target)
	var hx [12]byte
	hex.Encode(hx[:], sum[:6])
	return string(hx[:]) == b.Hash
}

// SameTarget reports whether two targets are the same text for a base.
func SameTarget(a, b string) bool { return a == b || targetText(a) == targetText(b) }

func targetSum(target string) [sha256.Size]byte {
	var buf [512]byte // spares the usual sentence an allocation
	return sha256.Sum256(append(buf[:0], targetText(target)...))
}

// targetText is the form of a target its base hashes: runs of ASCII white
// space (a line a tool re-wrapped) collapsed to one space, and trimmed.
// Every other character counts, a no-break space included: a typographic
// fix is a change. (Unlike source IDs, targets are not NFC-normalised:
// that would cost a merge more than the rest of its work on a segment.)
func targetText(s string) string {
	plain := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; plain && i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\r':
			plain = false
		case ' ':
			plain = s[i+1] != ' '
		}
	}
	if plain {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}), " ")
}

// String is the base as the formats record it: "<hash> <state>", e.g.
// "3f0c9a1b2d4e reviewed" (a PO comment, a CSV cell, a TMX property).
func (b Base) String() string { return b.Hash + " " + b.State.String() }

// ParseBase reads what String writes.
func ParseBase(s string) (Base, error) {
	h, st, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || !validBaseHash(h) {
		return Base{}, fmt.Errorf("base %q: want a target hash and a state, as terjime export writes them", s)
	}
	state, err := ParseState(strings.TrimSpace(st))
	if err != nil {
		return Base{}, fmt.Errorf("base %q: %w", s, err)
	}
	return Base{Hash: h, State: state}, nil
}

func validBaseHash(h string) bool {
	if h == "-" {
		return true
	}
	if len(h) != 12 {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// TimeLayout is how catalogs record ChangedAt: RFC 3339 in UTC, to the
// second.
const TimeLayout = time.RFC3339

// FormatTime gives t as a catalog records it.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(time.Second).Format(TimeLayout)
}

// ParseTime reads a time as catalogs, XLIFF and PO record it (RFC 3339,
// or gettext's "2006-01-02 15:04-0700") and TMX's "20060102T150405Z".
func ParseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "20060102T150405Z", "2006-01-02 15:04-0700", "2006-01-02 15:04:05-0700", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Later reports whether time a is after time b, both as ParseTime reads
// them; a time that does not parse is never later, and anything is later
// than no time at all.
func Later(a, b string) bool {
	ta, ok := ParseTime(a)
	if !ok {
		return false
	}
	tb, ok := ParseTime(b)
	return !ok || ta.After(tb)
}
