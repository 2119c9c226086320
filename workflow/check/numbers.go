package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/terjime/terjime/internal/locale"
)

// symbols are a locale's decimal and grouping separators, read from CLDR
// through x/text rather than written down here: 1,234.5 in English,
// 1 234,5 in Russian and Turkmen.
type symbols struct {
	decimal, group rune
}

func localeSymbols(tag language.Tag) symbols {
	s := message.NewPrinter(tag).Sprint(number.Decimal(1234.5, number.Scale(1)))
	sym := symbols{decimal: '.', group: ','}
	// "1", group, "234", decimal, "5"
	rs := []rune(s)
	for i, r := range rs {
		if r >= '0' && r <= '9' {
			continue
		}
		if i == 1 {
			sym.group = r
		} else {
			sym.decimal = r
		}
	}
	return sym
}

// numToken is a number as written: its digit groups and the separators
// between them ("07.08.2019" is three groups and two dots).
type numToken struct {
	text  string
	at    int  // its byte offset in the text
	glued bool // to a letter before it: a part of a name (IPv6)
	bare  bool // a decimal without its leading zero (.45): a caliber, 45 on the other side too
	half  byte // 'a' or 'p': a time of the 12-hour clock (9 am, 2:35 PM)
	// broken: a slash or a doubled full stop stands beside it (1/2,
	// /11/2002, 2..8): it is part of a fraction or of a number that lost a
	// part, never a date's part on its own
	broken bool
	groups []string
	seps   []rune
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isGroupSpace reports whether r is a space that may group digits: a
// no-break space, a narrow no-break space or a thin space.
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// numScratch holds the buffers of the number check, reused from one
// segment to the next.
type numScratch struct {
	groups []string
	seps   []rune
	src    []numItem
	tgt    []numItem
	hit    []int
	pats   []uint8
	words  [2][]uint64 // the values of the number words of the source and the target
	said   [2][]uint64 // words as read, before the two sides' cancel out
	// habits counts, for each name with a digit (POP3) in the sources of
	// one document (habitPair, 1 + its pair), the translations that keep
	// the digit and those that keep the name alone (nameHabit)
	habits    map[string][2]int32
	habitPair int32
	// printf: the whole text being scanned has printf's own verbs
	// (printfText), which the scanned part may not show
	printf bool
}

// scanNumbersIn appends the numbers of s to out, starting at byte from,
// where the text's first digit is. A number is a run of digits joined by a
// full stop, comma, apostrophe or grouping space to further digits; a plain
// space joins only a group of exactly three digits to a group of at most
// three ("15 000"), so "2019 2020" stays two numbers.
func (sc *numScratch) scanNumbersIn(s string, from int, out []numToken) []numToken {
	for i := from; i < len(s); {
		j := i
		for j < len(s) && !isDigit(s[j]) {
			j++
		}
		if j == len(s) {
			break
		}
		i = j
		// A character reference (&#8217;, &#x2019;) is a character.
		if i >= 2 && s[i-2] == '&' && s[i-1] == '#' || i >= 3 && s[i-3] == '&' && s[i-2] == '#' && s[i-1]|0x20 == 'x' {
			for i < len(s) && isHex(s[i]) {
				i++
			}
			continue
		}
		// Digits glued to a letter before them are part of a name or
		// code ("IPv6", "A4", "B2B"): they must stay, but need not stand
		// alone in the translation, and a translation may add such names.
		if i > 0 && s[i-1] != ' ' {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if isLetter(r) && !versionMark(s, i) && !timesSign(s, i) {
				start := i
				for i < len(s) && isDigit(s[i]) {
					i++
				}
				if numeronym(s, start, i) {
					continue
				}
				g0 := len(sc.groups)
				sc.groups = append(sc.groups, s[start:i])
				out = append(out, numToken{text: s[start:i], at: start, glued: true, groups: sc.groups[g0:len(sc.groups):len(sc.groups)]})
				continue
			}
		}
		// The digits of a printf verb (%2$s, %.50s, %03lo, %-10s) are no
		// number: the placeholders check compares the verbs. Those of a
		// Qt placeholder (%1, %12) are its number, whatever letter follows
		// it ("%1x%2" is a width and a height, not a hexadecimal verb).
		if n := verbAround(s, i); n > i && (sc.printf || !qtPlaceholder(s, i)) {
			i = n
			continue
		}
		// A URL's percent escape (selector%09search) is a character.
		if i > 0 && s[i-1] == '%' && i+2 <= len(s) && isDigit(s[i+1]) && (i+2 == len(s) || !isDigit(s[i+2])) {
			i += 2
			continue
		}
		start := i
		g0, s0 := len(sc.groups), len(sc.seps)
		if bareDecimal(s, i) {
			// ".45 caliber", "a .605 inch ball": 0.45, 0.605
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			sc.groups = append(sc.groups, "0", s[i:j])
			sc.seps = append(sc.seps, '.')
			out = append(out, numToken{text: s[i-1 : j], at: i - 1, bare: true, groups: sc.groups[g0:len(sc.groups):len(sc.groups)], seps: sc.seps[s0:len(sc.seps):len(sc.seps)]})
			i = j
			continue
		}
		if end := slashDate(s, i); end > 0 {
			// 12/31/99: a date, whatever order its parts are in
			for k := i; ; {
				j := k
				for j < end && isDigit(s[j]) {
					j++
				}
				sc.groups = append(sc.groups, s[k:j])
				if j == end {
					break
				}
				sc.seps = append(sc.seps, '/')
				k = j + 1
			}
			out = append(out, numToken{text: s[start:end], at: start, groups: sc.groups[g0:len(sc.groups):len(sc.groups)], seps: sc.seps[s0:len(sc.seps):len(sc.seps)]})
			i = end
			continue
		}
		// A Qt placeholder's number is whole: "%2 100%" is the
		// placeholder and a hundred, not 2 100.
		qt := qtPlaceholder(s, i)
		for {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			sc.groups = append(sc.groups, s[i:j])
			i = j
			if i >= len(s) || qt {
				break
			}
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			} else if r == '&' {
				r, n = spaceEntity(s[i:])
			}
			if r != '.' && r != ',' && r != '\'' && r != ' ' && !isGroupSpace(r) && r != ':' && r != '∶' && !accelMark(r) {
				break
			}
			k := i + n
			m := k
			for m < len(s) && isDigit(s[m]) {
				m++
			}
			if m == k {
				break
			}
			if (r == ':' || r == '∶') && (m-k != 2 || len(sc.groups[len(sc.groups)-1]) > 2) {
				break // a time is H:MM or HH:MM:SS; 3:1 is a ratio
			}
			other := rune(0)
			switch r {
			case ',':
				other = '.'
			case '.':
				other = ','
			}
			if other != 0 && len(sc.groups[len(sc.groups)-1]) != 3 && slices.Contains(sc.seps[s0:], other) {
				// the other mark after a group of other than three digits
				// ends no thousands: a list ("version 1.0,1.1,2.3"), where
				// 1,234.56 and 1.234,56 are one number
				break
			}
			if r == '∶' {
				r = ':'
			}
			if r == ' ' || isGroupSpace(r) {
				if m-k != 3 || len(sc.groups[len(sc.groups)-1]) > 3 || (m < len(s) && (isDigit(s[m]) || s[m] == '.' && m+1 < len(s) && isDigit(s[m+1]))) {
					break
				}
			}
			sc.seps = append(sc.seps, r)
			i = k
		}
		var half byte
		if !qt {
			half = clockHalf(s, i) // "%1 pm" is a placeholder and a unit
		}
		out = append(out, numToken{text: s[start:i], at: start, half: half, broken: brokenAt(s, start, i), groups: sc.groups[g0:len(sc.groups):len(sc.groups)], seps: sc.seps[s0:len(sc.seps):len(sc.seps)]})
	}
	return out
}

// bareDecimal reports whether the digits at s[i] are a decimal written
// without its leading zero: after a point that follows a space, an
// opening bracket or the text's start (".45 caliber"), not a version's
// or a name's (1.5, bash.1).
func bareDecimal(s string, i int) bool {
	if i == 0 || s[i-1] != '.' {
		return false
	}
	return i == 1 || strings.IndexByte(" (\t\n", s[i-2]) >= 0
}

// spaceEntity reads the character reference s starts with when it is a
// no-break or thin space, which markup writes between digit groups
// (43&nbsp;252&nbsp;003): that space and the reference's length. Else it
// returns '&' and 1.
func spaceEntity(s string) (rune, int) {
	for _, e := range [...]struct {
		ref string
		r   rune
	}{{"&nbsp;", '\u00a0'}, {"&#160;", '\u00a0'}, {"&#xa0;", '\u00a0'}, {"&#xA0;", '\u00a0'},
		{"&thinsp;", '\u2009'}, {"&#8201;", '\u2009'}, {"&#8239;", '\u202f'}, {"&#x202f;", '\u202f'}, {"&#x202F;", '\u202f'}} {
		if strings.HasPrefix(s, e.ref) {
			return e.r, len(e.ref)
		}
	}
	return '&', 1
}

// qtPlaceholder reports whether the digits at s[i] are the number of a
// Qt placeholder: one or two digits after a percent sign, the first not
// 0, no $ after them (%2$s is a printf verb's argument), and not a
// URL's percent-encoded byte (wiki/%D0%94%8F: a hexadecimal letter after
// a digit, glued to what comes before).
func qtPlaceholder(s string, i int) bool {
	if i == 0 || s[i-1] != '%' || s[i] == '0' || i > 1 && s[i-2] == '%' {
		return false
	}
	j := i + 1
	if j < len(s) && isDigit(s[j]) {
		j++
	}
	if j < len(s) && j == i+1 && isHex(s[j]) && !isDigit(s[j]) && i > 1 && isURLChar(s[i-2]) {
		return false
	}
	return j == len(s) || s[j] != '$' && !isDigit(s[j])
}

// printfText reports whether s holds a printf verb that no Qt text has
// (%s, %c, %.2f, %lu): its %2d is printf's too, whatever stands around it.
func printfText(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0 && i+1 < len(s); {
		if s[i+1] == '%' {
			i += 2 // a percent sign
		} else if strings.IndexByte("sc.l", s[i+1]) >= 0 {
			return true
		} else {
			i++
		}
		k := strings.IndexByte(s[i:], '%')
		if k < 0 {
			break
		}
		i += k
	}
	return false
}

// brokenAt reports whether the number s[start:end] has a slash beside
// it, or a full stop that stands beside another or a slash (2..8).
func brokenAt(s string, start, end int) bool {
	if start > 0 && (s[start-1] == '/' || s[start-1] == '.' && start > 1 && (s[start-2] == '.' || s[start-2] == '/')) {
		return true
	}
	return end < len(s) && (s[end] == '/' || s[end] == '.' && end+1 < len(s) && (s[end+1] == '.' || s[end+1] == '/'))
}

// versionMark reports whether the digits at s[i] follow a version's v
// that starts a word (V2.0.0, v1.2): the number is the version, which a
// translation may write without the v («версии 2.0.0»).
func versionMark(s string, i int) bool {
	if s[i-1]|0x20 != 'v' {
		return false
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j+1 >= len(s) || s[j] != '.' || !isDigit(s[j+1]) {
		return false
	}
	if i >= 2 {
		r, _ := utf8.DecodeLastRuneInString(s[:i-1])
		return !isLetter(r) && !isDigit(byte(r))
	}
	return true
}

// timesSign reports whether the digits at s[i] follow an x that stands
// for × between two numbers (32x33, 1920x1080, a Russian typist's
// Cyrillic «120х240»): a size, whose numbers stand alone («32×33»), not
// a name; or one before a number alone, a multiplier ("x1.5", «х2»).
func timesSign(s string, i int) bool {
	// a multiplier written before its number: «х2 урон», "x1.5" (a Latin
	// x before an integer, x2, is as often a name)
	alone := func(at int) bool { return at == 0 || s[at-1] == ' ' || s[at-1] == '(' }
	if i >= 2 && (s[i-2:i] == "х" || s[i-2:i] == "Х") && (i >= 3 && isDigit(s[i-3]) || alone(i-2)) {
		return true
	}
	if i == 0 || s[i-1]|0x20 != 'x' {
		return false
	}
	if i >= 2 && isDigit(s[i-2]) {
		return true
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return s[i-1] == 'x' && alone(i-1) && j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) // not ANSI X3.64
}

// numeronym reports whether the digits s[start:end], glued to a letter
// before them, are the middle of a numeronym (i18n, l10n, a11y, k8s): one
// letter, one or two digits, one or two small letters. It is a word, and
// a translation spells it out («интернационализация»).
func numeronym(s string, start, end int) bool {
	if end-start > 2 || start < 1 || start >= 2 && isASCIILetter(s[start-2]) {
		return false
	}
	j := end
	for j < len(s) && j-end < 3 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j == end || j-end > 2 || j == len(s) {
		return j > end && j-end <= 2
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !isLetter(r) // "l10n¶", "l10n.": a letter of any script would go on the word
}

// slashDate returns the end of the date written with slashes that starts
// at i (12/31/99, 31/12/1999, 2019/08/07), or 0 when none does: three
// groups of digits, a year of two or four digits at one end. Two groups
// (24/7, 1/2) are a ratio or a fraction, and stay two numbers.
func slashDate(s string, i int) int {
	if i > 0 && s[i-1] == '/' {
		return 0
	}
	var n [3]int
	j := i
	for g := range n {
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		n[g] = k - j
		if n[g] == 0 || n[g] > 4 {
			return 0
		}
		j = k
		if g < 2 {
			if j >= len(s) || s[j] != '/' {
				return 0
			}
			j++
		}
	}
	if j < len(s) && (s[j] == '/' || isDigit(s[j])) {
		return 0
	}
	if n[1] > 2 || !(n[0] == 4 && n[2] <= 2 || n[0] <= 2 && (n[2] == 2 || n[2] == 4)) {
		return 0
	}
	return j
}

// clockHalf reads the "am" or "pm" (a.m., PM) after a number that ends at
// i: 'a', 'p', or 0 when there is none.
func clockHalf(s string, i int) byte {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i+1 >= len(s) {
		return 0
	}
	h := s[i] | 0x20
	if h != 'a' && h != 'p' {
		return 0
	}
	j := i + 1
	if s[j] == '.' {
		j++
	}
	if j >= len(s) || s[j]|0x20 != 'm' {
		return 0
	}
	j++
	if j < len(s) && s[j] == '.' {
		j++
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); wordRune(r) {
			return 0
		}
	}
	return h
}

// clock reads a time of day, 15:30, 14:15:20 or 2:35 pm, as seconds since
// midnight: 00:00 and 00:00:00, 9 AM and 09:00 are the same time.
func (t numToken) clock() (uint64, bool) {
	g := t.groups
	half := t.half
	if half != 0 && len(g) > 1 && (trimZeros(g[0]) == "0" || len(g[0]) == 2 && g[0] > "12") {
		half = 0 // 00:00 PM, 13:00 PM: a template or a slip, read as written
	}
	if len(g) > 3 || len(g[0]) > 2 || len(g) == 1 && half == 0 {
		return 0, false
	}
	for _, sep := range t.seps {
		if sep != ':' {
			return 0, false
		}
	}
	var v [3]uint64
	for i, x := range g {
		v[i] = digitsValue(0, x)
	}
	if v[1] > 59 || v[2] > 59 || v[0] > 24 {
		return 0, false
	}
	switch half {
	case 'a', 'p':
		if v[0] < 1 || v[0] > 12 {
			return 0, false
		}
		v[0] %= 12
		if half == 'p' {
			v[0] += 12
		}
	}
	return v[0]*3600 + v[1]*60 + v[2], true
}

// verbAround returns the end of the printf verb whose digits start at i
// ("%.50s" with i at "5"), or 0 when they are not in one.
func verbAround(s string, i int) int {
	p := i - 1
	for p >= 0 && i-p <= 8 && (isDigit(s[p]) || strings.IndexByte("-+# .$*", s[p]) >= 0) {
		p--
	}
	if p < 0 || s[p] != '%' || p > 0 && s[p-1] == '%' {
		return 0
	}
	if n := printfVerb(s[p:]); p+n > i {
		return p + n
	}
	return 0
}

// numKey is a number's value as read with a locale's separators: an
// integer, a decimal, a time of day, or (kind raw) a date or version
// compared group by group, so that "07.08.2019" and "07/08/2019" are
// equal. It is a value,
// not a string, so reading numbers allocates nothing.
type numKey struct {
	kind  uint8 // kindInt, kindDecimal, kindRaw
	a, b  uint64
	fracN uint8
}

const (
	kindInt = iota + 1
	kindDecimal
	kindRaw
	kindTime
)

// digitsValue reads a run of digits; long runs (over 18 digits) are
// hashed instead, which compares them just as well.
func digitsValue(h uint64, g string) uint64 {
	if len(g) > 18 {
		for i := 0; i < len(g); i++ {
			h = (h ^ uint64(g[i])) * 1099511628211
		}
		return h | 1<<63
	}
	for i := 0; i < len(g); i++ {
		h = h*10 + uint64(g[i]-'0')
	}
	return h
}

// unmarked is the number without the accelerator marks inside it: a
// menu's "20_0 %" is 200 % with its key on the last 0, KDE's "2&9th"
// is 29th.
func (t numToken) unmarked() numToken {
	u := t
	u.groups = []string{t.groups[0]}
	u.seps = nil
	for i, sep := range t.seps {
		if accelMark(sep) {
			u.groups[len(u.groups)-1] += t.groups[i+1]
			continue
		}
		u.groups = append(u.groups, t.groups[i+1])
		u.seps = append(u.seps, sep)
	}
	return u
}

// accelMark reports whether a separator inside a number is a menu's
// accelerator mark: _ (GTK) or & (Qt, KDE).
func accelMark(sep rune) bool {
	return sep == '_' || sep == '&'
}

// canonical reads the number with a locale's separators.
func (t numToken) canonical(sym symbols) numKey {
	if slices.ContainsFunc(t.seps, accelMark) {
		t = t.unmarked()
	}
	if c, ok := t.clock(); ok {
		return numKey{kind: kindTime, a: c}
	}
	if len(t.groups) == 1 {
		return numKey{kind: kindInt, a: digitsValue(0, t.groups[0])}
	}
	n := len(t.seps)
	grouped := func(upTo int) bool {
		for i := 0; i < upTo; i++ {
			if !sameSep(t.seps[i], sym.group) || len(t.groups[i+1]) != 3 {
				return false
			}
		}
		// 0,100 is no grouped number: [0,100] is a range
		return len(t.groups[0]) <= 3 && t.groups[0][0] != '0'
	}
	join := func(gs []string) uint64 {
		var v uint64
		for _, g := range gs {
			v = digitsValue(v, g)
		}
		return v
	}
	if grouped(n) {
		return numKey{kind: kindInt, a: join(t.groups)}
	}
	if t.seps[n-1] == sym.decimal && (n == 1 || grouped(n-1)) {
		frac := t.groups[n]
		return numKey{kind: kindDecimal, a: join(t.groups[:n]), b: digitsValue(0, frac), fracN: uint8(min(len(frac), 255))}
	}
	var h uint64 = 14695981039346656037
	for _, g := range t.groups {
		h = (h ^ digitsValue(0, g)) * 1099511628211
		h = (h ^ uint64(len(g))) * 1099511628211
	}
	return numKey{kind: kindRaw, a: h}
}

// sameSep treats every kind of space as the same grouping separator: a
// translator types a plain space where CLDR has a no-break one.
func sameSep(r, group rune) bool {
	if r == group {
		return true
	}
	return (r == ' ' || isGroupSpace(r)) && (group == ' ' || isGroupSpace(group))
}

func trimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" {
		return "0"
	}
	return t
}

// numItem is a number being matched: its readings and whether it found
// its counterpart.
type numItem struct {
	canon, alt numKey // the readings of the token; alt may be zero
	used       bool
	viaSource  bool // matched as the source locale reads it, not the target's
	tok        numToken
}

func (it *numItem) matches(c numKey) bool {
	return sameNumber(it.canon, c) || it.alt.kind != 0 && sameNumber(it.alt, c)
}

// sameNumber reports whether two readings are the same number: 1.0 is 1
// (a speed, a version), 0.000 is not 0 (a format's precision).
func sameNumber(a, b numKey) bool {
	if a.kind == kindInt && b.kind == kindDecimal {
		a, b = b, a
	}
	if a.kind == kindDecimal && b.kind == kindDecimal {
		return trailingZeros(a) == trailingZeros(b) // 2.50 is 2.5, 1.00 is 1,0
	}
	return a == b || a.kind == kindDecimal && a.b == 0 && a.fracN == 1 && b.kind == kindInt && a.a == b.a
}

// trailingZeros is a decimal without the zeros that end its fraction:
// 2.50 is 2.5. (0.000 against 0 is a precision lost, and stays.)
func trailingZeros(k numKey) numKey {
	for k.fracN > 1 && k.b%10 == 0 {
		k.b /= 10
		k.fracN--
	}
	return k
}

// numberDiff compares the numbers of a source and its translation. Each
// source number must be in the translation, written in the target locale's
// way (3,5 for 3.5 in Russian) or the source's; a date may change form
// ("August 7, 2019" → "07.08.2019") as long as its day and year stay.
// The items of sc.src and sc.tgt say which found their counterpart
// (used) and how (viaSource: only as the source locale reads it).
func (sc *numScratch) numberDiff(src, tgt []numToken, ss, ts symbols) {
	si, ti := sc.src[:0], sc.tgt[:0]
	// a bare decimal is also its digits: ".45" and «45-й калибр»
	bareInt := func(t numToken) numKey { return numKey{kind: kindInt, a: digitsValue(0, t.groups[1])} }
	for _, t := range src {
		it := numItem{canon: t.canonical(ss), tok: t}
		if t.bare {
			it.alt = bareInt(t)
		}
		si = append(si, it)
	}
	for _, t := range tgt {
		it := numItem{canon: t.canonical(ts), tok: t}
		if t.bare {
			it.alt = bareInt(t)
		} else if ts != ss {
			if c2 := t.canonical(ss); c2 != it.canon {
				it.alt = c2
			}
		}
		ti = append(ti, it)
	}
	sc.src, sc.tgt = si, ti
	for i := range si {
		for j := range ti {
			if !ti[j].used && (ti[j].matches(si[i].canon) || si[i].tok.bare && ti[j].matches(si[i].alt)) {
				si[i].used, ti[j].used = true, true
				ti[j].viaSource = ti[j].canon != si[i].canon
				break
			}
		}
	}
	// A date written differently: its parts against the other side's
	// leftover integers; the date counts as there when two parts are.
	parts := func(dates, ints []numItem) {
		for d := range dates {
			if dates[d].used || dates[d].canon.kind != kindRaw && dates[d].canon.kind != kindTime {
				continue
			}
			hit := sc.hit[:0]
			for _, g := range dates[d].tok.groups {
				for k := range ints {
					if !ints[k].used && !ints[k].tok.broken && !slices.Contains(hit, k) && len(ints[k].tok.groups) == 1 && trimZeros(ints[k].tok.groups[0]) == trimZeros(g) {
						hit = append(hit, k)
						break
					}
				}
			}
			sc.hit = hit
			if len(hit) >= 2 {
				dates[d].used = true
				for _, k := range hit {
					ints[k].used = true
				}
			}
		}
	}
	parts(ti, si)
	parts(si, ti)
	// A date whose parts changed order (12/31/99 → 31.12.99).
	for i := range si {
		if si[i].used || si[i].canon.kind != kindRaw || len(si[i].tok.groups) != 3 {
			continue
		}
		for j := range ti {
			if !ti[j].used && ti[j].canon.kind == kindRaw && sameDateParts(si[i].tok.groups, ti[j].tok.groups) {
				si[i].used, ti[j].used = true, true
				break
			}
		}
	}
}

// sameDateParts reports whether two dates of three parts have the same
// parts in any order, a year of four digits matching its last two (1999
// and 99).
func sameDateParts(a, b []string) bool {
	if len(a) != 3 || len(b) != 3 {
		return false
	}
	var hit [3]bool
	for _, x := range a {
		found := false
		for k, y := range b {
			if !hit[k] && samePart(x, y) {
				hit[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func samePart(x, y string) bool {
	switch {
	case len(x) == 4 && len(y) == 2:
		return x[2:] == y
	case len(x) == 2 && len(y) == 4:
		return y[2:] == x
	}
	return trimZeros(x) == trimZeros(y)
}

// formatNumber writes a number as the target locale does, from CLDR's
// data: 32 000, 3,5.
func (r *localeRun) formatNumber(v numKey) string {
	if r.printer == nil {
		tag, _ := locale.Parse(r.locale)
		r.printer = message.NewPrinter(tag)
	}
	switch v.kind {
	case kindInt:
		return r.printer.Sprint(number.Decimal(v.a))
	case kindDecimal:
		f := float64(v.a)
		d := 1.0
		for range v.fracN {
			d *= 10
		}
		f += float64(v.b) / d
		return r.printer.Sprint(number.Decimal(f, number.Scale(int(v.fracN))))
	}
	return ""
}

// isPatternLetter reports whether r is a letter of a date or time
// pattern: d, m, y, h, s in English, д, м, г, ч, с in Russian, g, a, ý in
// Turkmen (either case).
func isPatternLetter(r rune) bool {
	return strings.ContainsRune("dmyhsDMYHSдмгчсДМГЧСgaýGAÝ", r)
}

// formatPatterns appends to out the number of parts of each date or time
// pattern in s: дд/мм/гг and ДД.ММ.ГГГГ have three, чч:мм two. A part
// is one of those letters written two to four times; the parts are joined
// by / . - or :. A translation that gives the format where the source
// gives an example ("e.g., 12/31/99" → «напр., дд/мм/гг») has localised
// it.
func formatPatterns(s string, out []uint8) []uint8 {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isPatternLetter(r) || i > 0 && wordRune(lastRune(s[:i])) {
			i += n
			continue
		}
		parts, j := 0, i
		for {
			first, _ := utf8.DecodeRuneInString(s[j:])
			k, count := j, 0
			for k < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[k:])
				if unicode.ToLower(r2) != unicode.ToLower(first) {
					break
				}
				k += n2
				count++
			}
			if count < 2 || count > 4 {
				parts = 0
				break
			}
			parts++
			j = k
			if j+1 < len(s) && strings.IndexByte("/.-:", s[j]) >= 0 {
				if r3, _ := utf8.DecodeRuneInString(s[j+1:]); isPatternLetter(r3) {
					j++
					continue
				}
			}
			break
		}
		if parts >= 2 && (j == len(s) || !wordRune(firstRune(s[j:]))) {
			out = append(out, uint8(parts))
		}
		i = max(j, i+n)
	}
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// patterned marks as used each date or time of items left over for which
// the other side has a pattern of as many parts, one pattern each.
func patterned(items []numItem, pats []uint8) {
	for _, p := range pats {
		for i := range items {
			it := &items[i]
			if !it.used && (it.canon.kind == kindRaw || it.canon.kind == kindTime) && len(it.tok.groups) == int(p) {
				it.used = true
				break
			}
		}
	}
}

// translatorSetting reports whether a source is a setting the translator
// chooses rather than text to translate: a key and its value written as
// one word (GTK's calendar:week_start:0, default:LTR), or a message
// addressed to the translator, which starts with the word (after a
// number: GnuPG's "10 translator see trust.c:…", whose translation is a
// field width) or has it before a colon ("TRANSLATORS: …"). Its numbers
// are the translator's; prose about translators is text like any other.
// It is asked once per source (sourceInfo), for every locale.
func translatorSetting(src string) bool {
	if k := strings.IndexByte(src, ':'); k > 0 && oneToken(src) && !strings.Contains(src, "//") {
		key := true
		for _, c := range []byte(src[:k]) {
			key = key && (c >= 'a' && c <= 'z' || c == '_')
		}
		if key {
			return true
		}
	}
	for i := 0; ; {
		k := indexASCIIFold(src[i:], "translator")
		if k < 0 {
			return false
		}
		k += i
		i = k + len("translator")
		if r, _ := utf8.DecodeLastRuneInString(src[:k]); isLetter(r) {
			continue // mistranslator
		}
		if i < len(src) && src[i]|0x20 == 's' {
			i++
		}
		if strings.TrimLeft(src[:k], "0123456789 \t") == "" || strings.HasPrefix(src[i:], ":") {
			return true
		}
	}
}

// indexASCIIFold is the offset in s of the first occurrence of word, a
// word of lower-case letters a–z, in any case, or -1. It reads s as it
// is: lower-casing a copy would move the offsets where a character's lower
// case is longer or shorter (İ, ẞ).
func indexASCIIFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 != word[0] {
			continue
		}
		j := 1
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return i
		}
	}
	return -1
}
