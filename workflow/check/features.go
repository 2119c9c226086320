package check

import (
	"math/bits"
	"strings"
)

// features records which kinds of characters a text has, found in one pass
// over its bytes, so that each check runs only where it can find
// something: most sentences have no brackets, quotes, URLs or markup.
type features uint32

const (
	fDigit features = 1 << iota
	fStraightQuote
	fGuillemet      // « »
	fCurlyQuote     // “ ” „
	fBracket        // ( ) [ ] { }
	fAngle          // <
	fBrace          // {
	fPercent        // %
	fAt             // @
	fColon          // : (for ://)
	fDoubleSpace    // two spaces in a row
	fSpacePunct     // a space before , . : ; ! ?
	fSpaceAtEdge    // white space at the start or the end
	fNonASCIISpace  // a white space character outside ASCII may be at the edges
	fControlSpace   // a tab or a line break
	fMaybeGuillemet // a lead byte of « or »
	fMaybeCurly     // a lead byte of “ ” or „
	fControl        // a control character other than tab and line feed (ESC, NUL, CR, DEL, C1)

	// Bits used while scanning only.
	fSpace // ' '
	fPunct // , . : ; ! ?
)

// byteFeatures maps each byte to what it may mean. Bytes of « » “ ” „
// only say "look closer": their lead bytes 0xC2 and 0xE2 start other
// characters too.
var byteFeatures = func() (t [256]features) {
	for c := '0'; c <= '9'; c++ {
		t[c] = fDigit
	}
	t['"'] = fStraightQuote
	for _, c := range "()[]}" {
		t[c] = fBracket
	}
	t['{'] = fBracket | fBrace
	t['<'] = fAngle
	t['%'] = fPercent
	t['@'] = fAt
	for c := range 0x20 {
		t[c] = fControl
	}
	t[0x7F] = fControl
	t['\n'], t['\t'] = fControlSpace, fControlSpace
	t['\r'], t['\v'], t['\f'] = fControlSpace|fControl, fControlSpace|fControl, fControlSpace|fControl
	t[' '] = fSpace
	for _, c := range ",.;!?" {
		t[c] = fPunct
	}
	t[':'] = fColon | fPunct
	t[0xC2] = fMaybeGuillemet
	t[0xE2] = fMaybeCurly
	return t
}()

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// byteClass packs, for each byte, everything scanText wants to know into
// one word, so the loop loads one table entry per byte: the features, the
// start of a UTF-8 sequence (counting them counts runes), a space or
// punctuation that must not follow one (found as pairs without a branch),
// and whether the byte needs a closer look (a digit, a lead byte of
// « » “ ” „).
var byteClass = func() (t [256]uint32) {
	for c := range t {
		v := uint32(byteFeatures[c])
		if c&0xC0 != 0x80 {
			v |= classRuneStart
		}
		switch {
		case c == ' ':
			v |= 1 << classSpaceShift
		case strings.IndexByte(",.:;!?", byte(c)) >= 0:
			v |= 2 << classSpaceShift
		}
		if c >= '0' && c <= '9' || c == 0xC2 || c == 0xE2 {
			v |= classLook
		}
		t[c] = v
	}
	return t
}()

const (
	classRuneStart  = 1 << 24
	classSpaceShift = 25 // two bits: 1 space, 2 punctuation
	classLook       = 1 << 27
	featureMask     = 1<<24 - 1
)

// textInfo is what one pass over a text finds: its features, its length
// in runes, and where its digits are.
type textInfo struct {
	f                     features
	setting               bool // a source that is a setting (translatorSetting); sourceInfo sets it
	runes                 int
	firstDigit, lastDigit int // byte offsets; -1 without digits
}

// sourceInfo is what one pass over a source text finds, and what the
// checks ask of a source alone, found once for every locale.
func sourceInfo(s string) textInfo {
	ti := scanText(s)
	ti.setting = translatorSetting(s)
	return ti
}

func scanText(s string) textInfo {
	if s == "" {
		return textInfo{firstDigit: -1, lastDigit: -1}
	}
	st := scanState{first: -1, last: -1}
	i := 0
	// Eight bytes at a time while they are only letters, spaces and
	// bytes of non-ASCII characters other than « » “ ” „ — most of any
	// text; a block with anything else goes byte by byte.
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		sp := zeroBytes(x ^ ones*' ')
		high := x & highs
		// ASCII letters: their lower case in 'a'…'z'.
		low := (x | ones*0x20) &^ highs
		letter := (low + ones*(0x80-'a')) &^ (low + ones*(0x80-'z'-1)) & highs
		lead := zeroBytes(x^ones*0xC2) | zeroBytes(x^ones*0xE2)
		if (high&^lead)|(letter|sp)&^high != highs {
			st.bytes(s, i, i+8)
			continue
		}
		st.runes += 8 - bits.OnesCount64(x&^(x<<1)&highs)
		if sp&(sp>>8) != 0 || sp&0x80 != 0 && i > 0 && s[i-1] == ' ' {
			st.pairs |= 1
		}
	}
	st.bytes(s, i, len(s))
	f := features(st.acc & featureMask)
	if st.pairs&1 != 0 {
		f |= fDoubleSpace
	}
	if st.pairs&2 != 0 {
		f |= fSpacePunct
	}
	if isASCIISpace(s[0]) || isASCIISpace(s[len(s)-1]) {
		f |= fSpaceAtEdge
	}
	if s[0] >= 0x80 || s[len(s)-1] >= 0x80 {
		f |= fNonASCIISpace
	}
	return textInfo{f: f &^ (fSpace | fPunct | fMaybeGuillemet | fMaybeCurly), runes: st.runes, firstDigit: st.first, lastDigit: st.last}
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// zeroBytes has the high bit of each zero byte of x set, and no other
// bit: exact, unlike the shorter test that only says whether there is one.
func zeroBytes(x uint64) uint64 {
	return ^((x&^highs + ones*0x7F) | x) & highs
}

// scanState is what scanText has found so far.
type scanState struct {
	acc         uint32
	runes       int
	first, last int
	pairs       uint32 // 1 two spaces, 2 a space and punctuation
}

// bytes scans s[from:to] one byte at a time.
func (st *scanState) bytes(s string, from, to int) {
	for i := from; i < to; i++ {
		c := s[i]
		v := byteClass[c]
		st.acc |= v
		st.runes += int(v>>24) & 1
		if sc := (v >> classSpaceShift) & 3; sc != 0 && i > 0 && s[i-1] == ' ' {
			st.pairs |= sc
		}
		if v&classLook != 0 {
			switch {
			case c <= '9':
				if st.first < 0 {
					st.first = i
				}
				st.last = i
			case c == 0xC2:
				if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) { // « »
					st.acc |= uint32(fGuillemet)
				}
				if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F { // U+0080–U+009F
					st.acc |= uint32(fControl)
				}
			case i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x9C && s[i+2] <= 0x9E: // “ ” „
				st.acc |= uint32(fCurlyQuote)
			}
		}
	}
}

// needsCollapse reports whether a text with features f has white space to
// collapse: at its edges, doubled, or other than a space.
func (f features) needsCollapse() bool {
	return f&(fSpaceAtEdge|fDoubleSpace|fControlSpace) != 0
}
