package check

import (
	"slices"
	"strings"
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
	text   string
	at     int  // its byte offset in the text
	glued  bool // to a letter before it: a part of a name (IPv6)
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
	words  [2][]uint64 // the values of the number words of the source and the target
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
		// Digits glued to a letter before them are part of a name or
		// code ("IPv6", "A4", "B2B"): they must stay, but need not stand
		// alone in the translation, and a translation may add such names.
		if i > 0 && s[i-1] != ' ' {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if isLetter(r) {
				start := i
				for i < len(s) && isDigit(s[i]) {
					i++
				}
				g0 := len(sc.groups)
				sc.groups = append(sc.groups, s[start:i])
				out = append(out, numToken{text: s[start:i], at: start, glued: true, groups: sc.groups[g0:len(sc.groups):len(sc.groups)]})
				continue
			}
		}
		// The digits of a printf verb (%2$s, %.50s, %03lo, %-10s) are no
		// number: the placeholders check compares the verbs.
		if n := verbAround(s, i); n > i {
			i = n
			continue
		}
		start := i
		g0, s0 := len(sc.groups), len(sc.seps)
		for {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			sc.groups = append(sc.groups, s[i:j])
			i = j
			if i >= len(s) {
				break
			}
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if r != '.' && r != ',' && r != '\'' && r != ' ' && !isGroupSpace(r) && r != ':' && r != '∶' {
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
		out = append(out, numToken{text: s[start:i], at: start, groups: sc.groups[g0:len(sc.groups):len(sc.groups)], seps: sc.seps[s0:len(sc.seps):len(sc.seps)]})
	}
	return out
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
// integer, a decimal, or (kind raw) a date or version compared group by
// group, so that "07.08.2019" and "07/08/2019" are equal. It is a value,
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

// canonical reads the number with a locale's separators.
func (t numToken) canonical(sym symbols) numKey {
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
		return len(t.groups[0]) <= 3
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

func (it *numItem) matches(c numKey) bool { return it.canon == c || it.alt.kind != 0 && it.alt == c }

// numberDiff compares the numbers of a source and its translation. Each
// source number must be in the translation, written in the target locale's
// way (3,5 for 3.5 in Russian) or the source's; a date may change form
// ("August 7, 2019" → "07.08.2019") as long as its day and year stay.
// The items of sc.src and sc.tgt say which found their counterpart
// (used) and how (viaSource: only as the source locale reads it).
func (sc *numScratch) numberDiff(src, tgt []numToken, ss, ts symbols) {
	si, ti := sc.src[:0], sc.tgt[:0]
	for _, t := range src {
		si = append(si, numItem{canon: t.canonical(ss), tok: t})
	}
	for _, t := range tgt {
		it := numItem{canon: t.canonical(ts), tok: t}
		if ts != ss {
			if c2 := t.canonical(ss); c2 != it.canon {
				it.alt = c2
			}
		}
		ti = append(ti, it)
	}
	sc.src, sc.tgt = si, ti
	for i := range si {
		for j := range ti {
			if !ti[j].used && ti[j].matches(si[i].canon) {
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
			if dates[d].used || dates[d].canon.kind != kindRaw {
				continue
			}
			hit := sc.hit[:0]
			for _, g := range dates[d].tok.groups {
				for k := range ints {
					if !ints[k].used && !slices.Contains(hit, k) && len(ints[k].tok.groups) == 1 && trimZeros(ints[k].tok.groups[0]) == trimZeros(g) {
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
