package check

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestScanTextFastPaths checks the eight-bytes-at-a-time scan against a
// plain byte-by-byte one, and endPunct against its general case, over
// random texts made of the pieces they treat differently: letters,
// spaces, Cyrillic and Turkmen letters, digits, punctuation, quotes,
// brackets, other special characters and stray bytes.
func TestScanTextFastPaths(t *testing.T) {
	pieces := []string{"a", "Z", "q", " ", "  ", "д", "Ж", "ý", "ň", "ş", "é", "7", "0", ".", ",", ":", "!", "?",
		"«", "»", "“", "”", "„", "\"", "(", "]", "{", "<", "%", "@", "\t", "\n", "\u00a0", "\u202f", "…", "€", "¢", "[", "`", "\x7f", "\x01", "\x1b", "\u009b", "\r", "\x80", "\xc2", "\xe2\x80", "\xff", "@", "`", "~", "...", "?!", "!?", ";", "'", ")", "}"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := scanText(s), scanTextBytewise(s); got != want {
			t.Fatalf("scanText(%q) = %+v, want %+v", s, got, want)
		}
		if got, want := endPunct(s), endPunctTrimmed(s); got != want {
			t.Fatalf("endPunct(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSortHashes checks the bucket sort of the consistency checks against
// a stable sort, with many equal hashes.
func TestSortHashes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 100, 5000, 50_000} {
		recs := make([]hashRec, n)
		for i := range recs {
			recs[i] = hashRec{h: r.Uint64() >> (r.IntN(4) * 20) & ^uint64(r.IntN(2)<<40), seg: int32(i)}
			if i > 0 && r.IntN(3) == 0 {
				recs[i].h = recs[r.IntN(i)].h
			}
		}
		want := slices.Clone(recs)
		slices.SortStableFunc(want, func(a, b hashRec) int { return cmp.Compare(a.h, b.h) })
		if got := sortHashes(recs, make([]hashRec, n)); !slices.Equal(got, want) {
			t.Errorf("%d records: not sorted stably", n)
		}
	}
}

// scanTextBytewise is scanText one byte at a time, as it was written first.
func scanTextBytewise(s string) textInfo {
	if s == "" {
		return textInfo{firstDigit: -1, lastDigit: -1}
	}
	var acc uint32
	n := 0
	first, last := -1, -1
	var prevSpace, pairs uint32 // pairs: 1 two spaces, 2 a space and punctuation
	for i := 0; i < len(s); i++ {
		c := s[i]
		v := byteClass[c]
		acc |= v
		n += int(v>>24) & 1
		sc := (v >> classSpaceShift) & 3
		pairs |= prevSpace & sc
		prevSpace = -(sc & 1) // all ones after a space
		if v&classLook != 0 {
			switch {
			case c <= '9':
				if first < 0 {
					first = i
				}
				last = i
			case c == 0xC2:
				if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) { // « »
					acc |= uint32(fGuillemet)
				}
				if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F { // C1 controls
					acc |= uint32(fControl)
				}
			case i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x9C && s[i+2] <= 0x9E: // “ ” „
				acc |= uint32(fCurlyQuote)
			}
		}
	}
	f := features(acc & featureMask)
	if pairs&1 != 0 {
		f |= fDoubleSpace
	}
	if pairs&2 != 0 {
		f |= fSpacePunct
	}
	if isASCIISpace(s[0]) || isASCIISpace(s[len(s)-1]) {
		f |= fSpaceAtEdge
	}
	if s[0] >= 0x80 || s[len(s)-1] >= 0x80 {
		f |= fNonASCIISpace
	}
	return textInfo{f: f &^ (fSpace | fPunct | fMaybeGuillemet | fMaybeCurly), runes: n, firstDigit: first, lastDigit: last}
}
