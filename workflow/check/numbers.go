package check

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
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
	groups []string
	seps   []rune
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isGroupSpace reports whether r is a space that may group digits: a
// no-break space, a narrow no-break space or a thin space.
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// scanNumbers appends the numbers of s to out. A number is a run of digits
// joined by '.', ',', '\” or a grouping space to further digits; a plain
// space joins only a group of exactly three digits to a group of at most
// three ("15 000"), so "2019 2020" stays two numbers.
func scanNumbers(s string, out []numToken) []numToken {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		// A digit glued to a letter before it (a code such as "B2B",
		// "H2O") is not a number of the text.
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if isLetter(r) {
				for i < len(s) && isDigit(s[i]) {
					i++
				}
				continue
			}
		}
		start := i
		var tok numToken
		for {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			tok.groups = append(tok.groups, s[i:j])
			i = j
			if i >= len(s) {
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != '.' && r != ',' && r != '\'' && r != ' ' && !isGroupSpace(r) {
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
			if r == ' ' || isGroupSpace(r) {
				if m-k != 3 || len(tok.groups[len(tok.groups)-1]) > 3 || (m < len(s) && (isDigit(s[m]) || s[m] == '.' && m+1 < len(s) && isDigit(s[m+1]))) {
					break
				}
			}
			tok.seps = append(tok.seps, r)
			i = k
		}
		tok.text = s[start:i]
		out = append(out, tok)
	}
	return out
}

// canonical reads the number with a locale's separators: an integer or a
// decimal as "1234.5"; anything else (a date, a version) as its groups
// joined by dots, so that "07.08.2019" and "07/08/2019" compare equal.
func (t numToken) canonical(sym symbols) string {
	if len(t.groups) == 1 {
		return t.groups[0]
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
	if grouped(n) {
		return strings.Join(t.groups, "")
	}
	if t.seps[n-1] == sym.decimal && (n == 1 || grouped(n-1)) {
		return strings.Join(t.groups[:n], "") + "." + t.groups[n]
	}
	return "~" + strings.Join(t.groups, ".")
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

// numberDiff compares the numbers of a source and its translation. Each
// source number must be in the translation, written in the target locale's
// way (3,5 for 3.5 in Russian) or the source's; a date may change form
// ("August 7, 2019" → "07.08.2019") as long as its day and year stay.
// It returns the source numbers missing and the target numbers added.
func numberDiff(src, tgt []numToken, ss, ts symbols) (missing, added []string) {
	type item struct {
		canon []string // the readings of the token
		used  bool
		tok   numToken
	}
	si := make([]item, len(src))
	for i, t := range src {
		si[i] = item{canon: []string{t.canonical(ss)}, tok: t}
	}
	ti := make([]item, len(tgt))
	for i, t := range tgt {
		c := []string{t.canonical(ts)}
		if ts != ss {
			if c2 := t.canonical(ss); c2 != c[0] {
				c = append(c, c2)
			}
		}
		ti[i] = item{canon: c, tok: t}
	}
	for i := range si {
		for j := range ti {
			if !ti[j].used && contains(ti[j].canon, si[i].canon[0]) {
				si[i].used, ti[j].used = true, true
				break
			}
		}
	}
	// A date written differently: its parts against the other side's
	// leftover integers; the date counts as there when two parts are.
	parts := func(dates, ints []item) {
		for d := range dates {
			if dates[d].used || !strings.HasPrefix(dates[d].canon[0], "~") {
				continue
			}
			var hit []int
			for _, g := range dates[d].tok.groups {
				for k := range ints {
					if !ints[k].used && !slicesContainsInt(hit, k) && len(ints[k].tok.groups) == 1 && trimZeros(ints[k].tok.groups[0]) == trimZeros(g) {
						hit = append(hit, k)
						break
					}
				}
			}
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
	for _, it := range si {
		if !it.used {
			missing = append(missing, it.tok.text)
		}
	}
	for _, it := range ti {
		if !it.used {
			added = append(added, it.tok.text)
		}
	}
	return missing, added
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func slicesContainsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
