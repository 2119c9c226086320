package check

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The numbers a translation may drop or add without changing what the
// text says: a version dropped from a name it keeps, as the translator's
// habit (POP3 → POP), a term with a digit (3D, 1:1, 100 %) said in words,
// a list numbered where the other side has bullets, a bracketed aside
// the translator adds, a manual page's section given to a function the
// source names, a heading's label, a label's letter written as its number
// ("Card A" → «Карта 1»), a number with a word that multiplies it («55
// миллионов»), a year's range written short (1967-73).

// wordIn reports whether w stands in s as a word of its own, with no
// letter or digit beside it.
func wordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(w)
		if k > 0 && wordRune(lastRune(s[:k])) || i < len(s) && wordRune(firstRune(s[i:])) {
			continue
		}
		return true
	}
}

// keptName reports whether a source number glued to the end of a name
// (POP3, IMAP4) is a version the translation drops while it keeps the
// name as a word (POP, IMAP), and the translator does so as a habit in
// the document (nameHabit): the protocol called as the translator calls
// it. Once, it is a slip: WPA2 → WPA, RAID6 → RAID, OAuth2 → OAuth lose
// what the name says. The name must say something without its digit
// (namePart): C90 → C and SVr4 → SVr lose what makes it; SRA4 → SRA3 is
// another number; an identifier (dialog1, IPV6_MULTICAST) is no name.
func (t *Translation) keptName(s string, tok numToken, other string) bool {
	if !tok.glued || len(tok.text) != 1 {
		return false
	}
	w, ok := namePart(s, tok.at)
	return ok && wordIn(other, s[w:tok.at]) && t.nameHabit(s[w:tok.at+1])
}

// namePart returns where the name that ends at the single digit s[at]
// starts: ASCII letters, three capitals or more, or four letters or more
// from a capital, not ending in a version's v or a release's r (IPv,
// SVr), standing as a word of its own (no letter, digit or _ beside it).
func namePart(s string, at int) (int, bool) {
	e := at + 1
	if e < len(s) && (isASCIILetter(s[e]) || isDigit(s[e]) || s[e] == '_') {
		return 0, false
	}
	w := at
	for w > 0 && isASCIILetter(s[w-1]) {
		w--
	}
	if w > 0 && (s[w-1] == '_' || wordRune(lastRune(s[:w]))) {
		return 0, false
	}
	name := s[w:at]
	caps := true
	for i := 0; i < len(name); i++ {
		caps = caps && name[i] >= 'A' && name[i] <= 'Z'
	}
	last := name[len(name)-1:]
	return w, (caps && len(name) >= 3 || len(name) >= 4 && name[0] >= 'A' && name[0] <= 'Z' && last != "v" && last != "r")
}

// minHabit is how many of a document's translations must drop a name's
// digit, and how many times more often than they keep it, for the drop
// to be the translator's habit.
const minHabit = 3

// nameHabit reports whether the document's translations drop the digit
// of the name (POP3) as a habit: minHabit times or more, and minHabit
// times as often as they keep it. The document's names are counted once,
// when one is first asked about.
func (t *Translation) nameHabit(name string) bool {
	sc := &t.r.num
	if t.r.pairs == nil {
		return false
	}
	if sc.habitPair != t.pm+1 {
		sc.habitPair = t.pm + 1
		if sc.habits == nil {
			sc.habits = map[string][2]int32{}
		}
		clear(sc.habits)
		p := t.r.pairs[t.pm-t.r.base]
		for i := range p.Target.Segments {
			seg := &p.Target.Segments[i]
			if seg.Target == "" {
				continue
			}
			for k := 1; k < len(seg.Source); k++ {
				if !isDigit(seg.Source[k]) || !isASCIILetter(seg.Source[k-1]) {
					continue
				}
				w, ok := namePart(seg.Source, k)
				if !ok {
					continue
				}
				c := sc.habits[seg.Source[w:k+1]]
				if strings.Contains(seg.Target, seg.Source[w:k+1]) {
					c[0]++
				} else if wordIn(seg.Target, seg.Source[w:k]) {
					c[1]++
				}
				sc.habits[seg.Source[w:k+1]] = c
			}
		}
	}
	c := sc.habits[name]
	return c[1] >= minHabit && c[1] >= minHabit*c[0]
}

// spelledNumeronym reports whether a source number is the middle of a
// numeronym in capitals (I18N, L10N, A11Y: a capital, 10 to 19 letters
// left out, a capital) that the translation spells out: it has no name
// with digits at all, where F16C → F17C would be a name changed.
func spelledNumeronym(s string, tok numToken, other string) bool {
	at, e := tok.at, tok.at+len(tok.text)
	if !tok.glued || len(tok.text) != 2 || tok.text[0] != '1' || e >= len(s) || s[e] < 'A' || s[e] > 'Z' || s[at-1] < 'A' || s[at-1] > 'Z' {
		return false
	}
	if at >= 2 && wordRune(lastRune(s[:at-1])) || e+1 < len(s) && wordRune(firstRune(s[e+1:])) {
		return false
	}
	for k := 1; k < len(other); k++ {
		if isDigit(other[k]) && (isASCIILetter(other[k-1]) || k+1 < len(other) && isASCIILetter(other[k+1])) {
			return false
		}
	}
	return true
}

// dimensions reports whether a number is the digit of "2D" or "3D": a
// term for flat or solid that a translation says in words («объёмный»,
// «трёхмерный», «параллелепипед» for a 3D box) or adds, no count. A D
// left alone on the other side is the term broken, and no term (the d
// of a printf verb, %d, is none).
func dimensions(s string, tok numToken, other string) bool {
	if tok.glued || len(tok.text) != 1 || tok.text < "2" || tok.text > "4" {
		return false
	}
	e := tok.at + 1
	if e < len(s) && s[e] == '-' {
		e++ // 3-D
	}
	if e >= len(s) || s[e]|0x20 != 'd' || e+1 < len(s) && wordRune(firstRune(s[e+1:])) {
		return false
	}
	// the other side's own term: 3D → 4D is the term changed
	for k := 1; k < len(other); k++ {
		d := k - 1
		if d > 0 && other[d] == '-' {
			d--
		}
		if other[k]|0x20 == 'd' && other[d] >= '2' && other[d] <= '4' && (k+1 == len(other) || !wordRune(firstRune(other[k+1:]))) {
			return other[d] == s[tok.at]
		}
	}
	return !wordIn(strings.ReplaceAll(other, "%d", ""), s[e:e+1])
}

// oneToOne reports whether a number is a side of "1:1", the idiom for an
// exact copy or the real size («точная копия», «исходный размер»), which
// a translation may say in words or add. A colon left beside a 1 on the
// other side is the ratio broken.
func oneToOne(s string, tok numToken, other string) bool {
	if tok.text != "1" || strings.Contains(other, "1:") || strings.Contains(other, ":1") {
		return false
	}
	at, e := tok.at, tok.at+1
	digitAt := func(i int) bool { return i >= 0 && i < len(s) && (isDigit(s[i]) || s[i] == ':') }
	if strings.HasPrefix(s[e:], ":1") && !digitAt(e+2) && !digitAt(at-1) {
		return true
	}
	return at >= 2 && s[at-2:at] == "1:" && !digitAt(at-3) && !digitAt(e)
}

// whole reports whether a number is the 100 of "100%": all of it, which a
// translation says in words («полный размер», «стопроцентный», «не
// всегда») or adds ("fully inlined" → «100% inline»). The end of a
// range (0–100 %, from 0 to 100%) is a number, and so is a 100 whose
// percent sign the other side keeps alone, and a growth by 100 % (twice
// as much: percentTimes).
func whole(s string, tok numToken, other string) bool {
	if tok.text != "100" || !percentAfter(s, tok) || strings.Contains(other, "%") && !strings.Contains(other, "100") {
		return false
	}
	if before := strings.ToLower(s[:tok.at]); strings.HasSuffix(before, "by ") || strings.HasSuffix(before, "на ") {
		return false
	}
	return !strings.ContainsAny(s[max(0, tok.at-14):tok.at], "0123456789")
}

// listMarkers marks as used the numbers left over on one side that number
// a list, 1) 2) 3) or (1) (2): the translator's way to set out a list the
// other side gives with bullets, with (i) (ii) or in one sentence. They
// must run 1, 2 … with none missing; one marker lost is a number lost.
func listMarkers(items []numItem, s string) {
	var at []int
	n := 0 // the markers, in sequence or not
	for i := range items {
		it := &items[i]
		if it.used || !marker(s, it.tok) {
			continue
		}
		n++
		if it.tok.isInt(len(at) + 1) {
			at = append(at, i)
		}
	}
	if len(at) < 2 || n != len(at) {
		return
	}
	for _, i := range at {
		items[i].used = true
	}
}

// isInt reports whether the token is the integer v written plainly.
func (t numToken) isInt(v int) bool {
	return len(t.groups) == 1 && len(t.text) <= 2 && t.text[0] != '0' && int(digitsValue(0, t.text)) == v
}

// marker reports whether a number is a list's marker: "1)" after a
// space or at a line's start, or "(1)" after no word (execve(2) is a
// manual page's section).
func marker(s string, tok numToken) bool {
	e := tok.at + len(tok.text)
	if len(tok.groups) != 1 || e >= len(s) || s[e] != ')' {
		return false
	}
	if tok.at == 0 || s[tok.at-1] == ' ' || s[tok.at-1] == '\n' {
		return true
	}
	return s[tok.at-1] == '(' && (tok.at == 1 || !wordRune(lastRune(s[:tok.at-1])))
}

// wordAsides returns those of spans that hold one word and no digit:
// «10 (десять)» gives the number twice, for the reader's ease.
func wordAsides(s string, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		in := s[sp[0]+1 : sp[1]-1]
		if in != "" && strings.IndexFunc(in, func(r rune) bool { return !isLetter(r) }) < 0 {
			out = append(out, sp)
		}
	}
	return out
}

// asides returns the spans of the bracketed asides a translation adds:
// when it opens more round brackets than its source, or its source's
// brackets hold no digit, each of its outermost bracket pairs, where the
// translator explains ("uid" → «uid (например, 1002)», «1 (2×2)», «10
// (десять)», "Russian Ruble (old)" → «Российский рубль (до 1998 г.)»).
func asides(src, tgt, srcLang string) [][2]int {
	if strings.Count(tgt, "(") <= strings.Count(src, "(") && numberInBrackets(src, srcLang) {
		return nil
	}
	var out [][2]int
	depth, open := 0, 0
	for i := 0; i < len(tgt); i++ {
		switch tgt[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, [2]int{open, i + 1})
			}
		}
	}
	return out
}

// numberInBrackets reports whether a number, in digits or in words of
// lang, stands inside round brackets in s ("Gumbel (Type II)").
func numberInBrackets(s, lang string) bool {
	depth, open := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(':
			if depth == 0 {
				open = i + 1
			}
			depth++
		case c == ')' && depth > 0:
			depth--
			if depth == 0 && len(numberWords(s[open:i], lang, nil)) > 0 {
				return true
			}
		case depth > 0 && isDigit(c):
			return true
		}
	}
	return false
}

// inSpans reports whether the byte offset at is inside one of spans.
func inSpans(spans [][2]int, at int) bool {
	for _, sp := range spans {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// blankSpans returns s with the spans replaced by spaces.
func blankSpans(s string, spans [][2]int) string {
	b := []byte(s)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// manSection reports whether a number the translation adds is the section
// of a manual page it names, "bind(2)", where the source names the
// function without one ("the bind call", "mkfifo()"): a reference made
// plain. A section the source gives and the translation changes
// (kill(2) → kill(3)) is a number changed.
func manSection(s string, tok numToken, src string) bool {
	e := tok.at + 1
	if len(tok.text) != 1 || tok.at < 2 || s[tok.at-1] != '(' || e >= len(s) || s[e] != ')' {
		return false
	}
	w := tok.at - 1
	for w > 0 && (isASCIILetter(s[w-1]) || isDigit(s[w-1]) || strings.IndexByte("_.-", s[w-1]) >= 0) {
		w--
	}
	name := s[w : tok.at-1]
	if len(name) < 2 || !wordIn(src, name) {
		return false
	}
	for i := 0; ; {
		k := strings.Index(src[i:], name+"(")
		if k < 0 {
			return true
		}
		i += k + len(name) + 1
		if i < len(src) && isDigit(src[i]) {
			return false
		}
	}
}

// labelLetter returns the values of the letter that ends a source label
// ("Card A", "Cross Noise B", "Gumbel (Type I)"), which a translation may
// give as its number («Карта 1», «Тип 1»): its place in the alphabet and,
// for I, V and X, the Roman numeral's value. It returns 0, 0 when the
// source ends otherwise.
func labelLetter(src string) (uint64, uint64) {
	s := strings.TrimRight(src, " .:)")
	if len(s) < 3 || s[len(s)-2] != ' ' {
		return 0, 0
	}
	c := s[len(s)-1]
	if c < 'A' || c > 'Z' {
		return 0, 0
	}
	roman := uint64(0)
	switch c {
	case 'I':
		roman = 1
	case 'V':
		roman = 5
	case 'X':
		roman = 10
	}
	return uint64(c-'A') + 1, roman
}

// rangeStart reports whether an added 0 or 1 opens a range whose end the
// source has: «Часы (1-12)» for "the hour (12-hour clock)", the bounds
// of what the source names by its size.
func rangeStart(s string, tok numToken, items []numItem) bool {
	if tok.text != "0" && tok.text != "1" {
		return false
	}
	e := tok.at + 1
	r, n := utf8.DecodeRuneInString(s[e:])
	if r != '-' && r != '–' && r != '—' {
		return false
	}
	for i := range items {
		if items[i].tok.at == e+n {
			return items[i].used
		}
	}
	return false
}

// superscript reports whether a source digit glued to a name (x2, m2),
// or a power after a caret (10^-6), is written as a superscript in the
// translation (x², м², 10⁻⁶, "mm ^ 2" as «мм²»): the same power.
func superscript(s string, tok numToken, other string) bool {
	before := strings.TrimSuffix(s[:tok.at], " ")
	if !tok.glued && !strings.HasSuffix(before, "^") && !strings.HasSuffix(s[:tok.at], "^-") {
		return false
	}
	if tok.glued && (len(tok.text) != 1 || tok.text < "1" || tok.text > "3") {
		return false
	}
	var b strings.Builder
	if strings.HasSuffix(s[:tok.at], "^-") {
		b.WriteString("⁻")
	}
	for _, r := range tok.text {
		if r < '0' || r > '9' {
			return false
		}
		b.WriteString(superDigits[r-'0'])
	}
	return strings.Contains(other, b.String())
}

// superDigits are the digits written as superscripts.
var superDigits = [10]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

// noneWords are the words that say "no one, nothing": the "0" of "0 items
// found" said as «ничего не найдено», «ни одна задача».
var noneWords = [...]string{"ничего", "ни одн", "ни один", "hiç"}

// saidAsNone reports whether a source 0 that counts things ("0 items
// found") is said in the translation as none.
func saidAsNone(s string, tok numToken, other string) bool {
	e := tok.at + 1
	if tok.text != "0" || e+1 >= len(s) || s[e] != ' ' || !letterAt(s, e+1) {
		return false
	}
	return saysAny(other, noneWords[:]...)
}

// scaleWords are the words that multiply the number before them: «55
// миллионов» is 55,000,000.
var scaleWords = [...]struct {
	stem  string
	scale uint64
}{
	{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
	{"тысяч", 1e3}, {"тыс.", 1e3}, {"миллион", 1e6}, {"млн", 1e6}, {"миллиард", 1e9}, {"млрд", 1e9},
	{"müň", 1e3}, {"milliard", 1e9},
}

// scaleAfter returns the scale of the word after a number of s, or 0.
func scaleAfter(s string, tok numToken) uint64 {
	rest := strings.TrimLeft(s[tok.at+len(tok.text):], " \u00a0")
	rest = strings.ToLower(rest[:min(len(rest), 24)])
	for _, w := range scaleWords {
		if strings.HasPrefix(rest, w.stem) {
			return w.scale
		}
	}
	return 0
}

// scaled reports whether a number of s is on the other side as a number
// and a word that multiplies it, or the reverse: 55,000,000 and «55
// миллионов», 1,500 and «1,5 тыс.». The other side's number is then used.
func scaled(s string, it *numItem, other string, items []numItem) bool {
	v := it.canon.float()
	if v == 0 {
		return false // no number, or 0, which no scale changes
	}
	scale := float64(scaleAfter(s, it.tok))
	for i := range items {
		x := &items[i]
		w := x.canon.float()
		if x.used || x.canon.kind != kindInt && x.canon.kind != kindDecimal {
			continue
		}
		if k := float64(scaleAfter(other, x.tok)); scale != 0 && sameValue(w, v*scale) || k != 0 && sameValue(w*k, v) {
			x.used = true
			return true
		}
	}
	return false
}

// sameValue reports whether two values, a number times its scale, are
// one: within a thousandth of them (1.5 × 1000 and 1500).
func sameValue(a, b float64) bool {
	return a != 0 && math.Abs(a-b) <= math.Abs(b)/1000
}

// utcOffset reports whether a number is the 0000 of the offset "+0000",
// which the other side gives as UTC.
func utcOffset(s string, tok numToken, other string) bool {
	return tok.text == "0000" && tok.at > 0 && s[tok.at-1] == '+' && strings.Contains(other, "UTC") && !strings.Contains(other, "+")
}

// shortYear reports whether a number of two digits ends a range of years
// written short ("1967-73") or is a year after an apostrophe ("around
// '06"), and the other side has the year in full (1973, 2006). The other
// side's number is then used.
func shortYear(s string, tok numToken, items []numItem) bool {
	if len(tok.text) == 2 && (strings.HasSuffix(s[:tok.at], "'") || strings.HasSuffix(s[:tok.at], "’")) {
		for i := range items {
			if x := &items[i]; !x.used && len(x.tok.text) == 4 && (x.tok.text[:2] == "19" || x.tok.text[:2] == "20") && x.tok.text[2:] == tok.text {
				x.used = true
				return true
			}
		}
		return false
	}
	if len(tok.text) != 2 || tok.at < 5 || s[tok.at-1] != '-' && !strings.HasSuffix(s[:tok.at], "–") {
		return false
	}
	d := strings.TrimSuffix(strings.TrimSuffix(s[:tok.at], "-"), "–")
	if len(d) < 4 || !isDigit(d[len(d)-4]) || !isDigit(d[len(d)-1]) || len(d) > 4 && isDigit(d[len(d)-5]) {
		return false
	}
	year := d[len(d)-4:len(d)-2] + tok.text
	if year < d[len(d)-4:] {
		return false
	}
	for i := range items {
		if x := &items[i]; !x.used && x.tok.text == year {
			x.used = true
			return true
		}
	}
	return false
}

// headingLabel returns the length of the section's label a text starts
// with ("F.1. ", "2.3. ", "A.1 "), or 0: a manual's translation carries
// the number its heading is given ("Preamble" → «F.1. Preamble»). A
// label without a letter ends in a full stop: "2.5 seconds" is none.
func headingLabel(s string) int {
	i := 0
	letter := len(s) > 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.'
	if letter {
		i = 2
	}
	digits := false
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i {
			break
		}
		digits, i = true, j
		if i < len(s) && s[i] == '.' {
			i++
			continue
		}
		break
	}
	if !digits || i >= len(s) || s[i] != ' ' || !letter && s[i-1] != '.' {
		return 0
	}
	return i
}

// Kinds of measure a translation converts into its readers' units.
const (
	measureLength = iota + 1
	measureArea
	measureMass
	measureVolume
	measureHeat
	measureSpeed
)

// imperialUnits are the English words of units that a Russian or Turkmen
// text gives in metric ones, by the first letters they start with.
var imperialUnits = []struct {
	word string
	kind int
}{
	// a square or cubic measure before the length it squares or cubes
	{"square foot", measureArea}, {"square feet", measureArea}, {"square inch", measureArea},
	{"square yard", measureArea}, {"square mile", measureArea}, {"sq ft", measureArea}, {"sq. ft", measureArea},
	{"cubic foot", measureVolume}, {"cubic feet", measureVolume}, {"cubic inch", measureVolume},
	{"cubic yard", measureVolume}, {"cu ft", measureVolume}, {"cu. ft", measureVolume},
	{"inch", measureLength}, {"foot", measureLength}, {"feet", measureLength}, {"ft", measureLength},
	{"' ", measureLength}, {"′", measureLength}, // feet: "6' tall"
	{"\" ", measureLength}, {"″", measureLength}, // inches: "an 8" sawblade"
	{"yard", measureLength}, {"yd", measureLength}, {"mile", measureLength},
	{"acre", measureArea}, {"pound", measureMass}, {"lb", measureMass}, {"ounce", measureMass},
	{"oz", measureMass}, {"gallon", measureVolume}, {"gal", measureVolume}, {"°f", measureHeat},
	{"degrees fahrenheit", measureHeat}, {"mph", measureSpeed},
}

// metricUnits are the metric units' words and signs in Russian and
// Turkmen, by the first letters they start with; an abbreviation is the
// whole word.
var metricUnits = []struct {
	word  string
	whole bool
	kind  int
}{
	{"км/ч", true, measureSpeed}, {"km/sag", true, measureSpeed},
	{"м²", false, measureArea}, {"m²", false, measureArea}, {"кв", true, measureArea}, {"квадратн", false, measureArea},
	{"inedördül", false, measureArea}, {"м³", false, measureVolume}, {"m³", false, measureVolume},
	{"куб", true, measureVolume}, {"кубическ", false, measureVolume}, {"kub", false, measureVolume},
	{"см", true, measureLength}, {"мм", true, measureLength}, {"м", true, measureLength}, {"км", true, measureLength},
	{"сантиметр", false, measureLength}, {"миллиметр", false, measureLength}, {"метр", false, measureLength},
	{"километр", false, measureLength}, {"sm", true, measureLength}, {"mm", true, measureLength},
	{"m", true, measureLength}, {"km", true, measureLength}, {"santimetr", false, measureLength},
	{"millimetr", false, measureLength}, {"metr", false, measureLength}, {"kilometr", false, measureLength},
	{"га", true, measureArea}, {"гектар", false, measureArea}, {"ga", true, measureArea}, {"gektar", false, measureArea},
	{"кг", true, measureMass}, {"г", true, measureMass}, {"грамм", false, measureMass}, {"килограмм", false, measureMass},
	{"kg", true, measureMass}, {"gram", false, measureMass}, {"kilogram", false, measureMass},
	{"л", true, measureVolume}, {"мл", true, measureVolume}, {"литр", false, measureVolume},
	{"l", true, measureVolume}, {"litr", false, measureVolume},
	{"°c", false, measureHeat}, {"°с", false, measureHeat}, {"градус", false, measureHeat},
}

// unitAfter returns the text after number tok of s, past a range's other
// end ("1/4 - 1/2 acre", «7–8 см», "between 10 and 20 feet") and the
// space or hyphen before a unit ("6-inch"), in lower case.
func unitAfter(s string, tok numToken) string {
	rest := s[tok.at+len(tok.text):]
	for _, dash := range []string{" - ", " – ", " — ", "-", "–", "—", " to ", " до ", " and ", " и "} {
		after, ok := strings.CutPrefix(rest, dash)
		if !ok || after == "" || !isDigit(after[0]) {
			continue
		}
		k := 0
		for k < len(after) && (isDigit(after[k]) || strings.IndexByte("/.,", after[k]) >= 0) {
			k++
		}
		rest = after[k:]
		break
	}
	rest = strings.TrimLeft(rest, " -\u00a0")
	if len(rest) > 24 {
		rest = rest[:24]
	}
	return strings.ToLower(rest)
}

// imperialUnit is the kind of the English unit after number tok of s, or 0.
func imperialUnit(s string, tok numToken) int {
	rest := unitAfter(s, tok)
	for _, u := range imperialUnits {
		if strings.HasPrefix(rest, u.word) && (len(u.word) > 3 || !hasASCIILetter(u.word) || !letterAt(rest, len(u.word))) {
			return u.kind
		}
	}
	return 0
}

// metricUnit is the kind of the metric unit after number tok of s, or 0.
func metricUnit(s string, tok numToken) int {
	rest := unitAfter(s, tok)
	for _, u := range metricUnits {
		if strings.HasPrefix(rest, u.word) && (!u.whole || !letterAt(rest, len(u.word))) {
			return u.kind
		}
	}
	return 0
}

// convertedUnits drops the numbers a translation converts into its
// readers' units: a number of inches, feet, miles, acres, pounds, gallons
// or degrees Fahrenheit lost where the translation gives a number of the
// same measure in metric units, or the source gives one itself that the
// translation keeps ("30-foot (or about 9 m)" → «девятиметровая»), and
// the numbers of such units it adds ("1/4 - 1/2 acre" → «1/10 — 1/5
// гектара», "6-inch (or about 15 cm)" → «15 см»). It filters both lists
// in place.
func (t *Translation) convertedUnits(lost, added []*numItem, src, tgt []numItem) ([]*numItem, []*numItem) {
	if len(lost)+len(added) == 0 || !t.r.english {
		return lost, added
	}
	var kinds [measureSpeed + 1]bool // measures the source gives in imperial units
	keep := lost[:0]
	for _, it := range lost {
		k := imperialUnit(t.Source, it.tok)
		if k != 0 && (slices.ContainsFunc(tgt, func(x numItem) bool { return metricUnit(t.Target, x.tok) == k }) ||
			slices.ContainsFunc(src, func(x numItem) bool { return x.used && metricUnit(t.Source, x.tok) == k }) ||
			metricWordIn(t.Target, k)) {
			kinds[k] = true
			continue
		}
		keep = append(keep, it)
	}
	lost = keep
	if len(added) == 0 {
		return lost, added
	}
	keep = added[:0]
	for _, it := range added {
		if k := metricUnit(t.Target, it.tok); k != 0 && (kinds[k] || imperialIn(t.Source, k)) {
			continue
		}
		keep = append(keep, it)
	}
	return lost, keep
}

// metricWords are the metric units a Russian or Turkmen text says in a
// word of their own or inside a compound, without digits: «примерно
// метр», «двухсотлитровая бочка».
var metricWords = []struct {
	stem string
	kind int
}{
	{"метр", measureLength}, {"metr", measureLength}, {"литр", measureVolume}, {"litr", measureVolume},
	{"килограмм", measureMass}, {"kilogram", measureMass}, {"тонн", measureMass}, {"tonna", measureMass},
	{"гектар", measureArea}, {"gektar", measureArea},
}

// metricWordIn reports whether Russian or Turkmen text s says a metric
// unit of kind k in a word: the unit's name, or a compound of a numeral
// and the unit («девятиметровая»), not a word that holds the letters
// (параметр, метро).
func metricWordIn(s string, k int) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isLetter(r) }) {
		for _, u := range metricWords {
			if u.kind != k {
				continue
			}
			if i := strings.Index(w, u.stem); i == 0 && w != "метро" || i > 0 && numeralStem(w[:i]) {
				return true
			}
		}
	}
	return false
}

// numeralStem reports whether p is a numeral as the first part of a
// Russian compound: «девяти-», «двухсот-», «пол-» (not «пара-»).
func numeralStem(p string) bool {
	if p == "пол" || strings.HasSuffix(p, "сот") && len(numberWords(p, "ru", nil)) > 0 {
		return true
	}
	nw, ok := numberWord(strings.ReplaceAll(p, "ё", "е"), "ru", numWords["ru"])
	return ok && nw.compound
}

// imperialIn reports whether English text s gives a measure of kind k in
// imperial units.
func imperialIn(s string, k int) bool {
	low := strings.ToLower(s)
	for _, u := range imperialUnits {
		// a sign (6') counts after a number only: imperialUnit's
		if u.kind == k && hasASCIILetter(u.word) && strings.Contains(low, u.word) {
			return true
		}
	}
	return false
}

// scaledExample drops the numbers of an example the translation retells
// in its readers' money or measure, every amount times one factor ("a
// withdrawal of 50, of which 10 on food and 20 on beer" → «500 рублей, из
// которых 100 на еду, 200 на напитки»): three numbers or more, each lost
// one's value times the factor an added one, and no other number added.
// Fewer (a range doubled, 2 to 4 → «от 4 до 8»), or amounts changed each
// their own way, stay.
func scaledExample(lost, added []*numItem) ([]*numItem, []*numItem) {
	if len(lost) < 3 || len(lost) != len(added) {
		return lost, added
	}
	for _, it := range append(lost[:len(lost):len(lost)], added...) {
		if it.canon.kind != kindInt || it.canon.a == 0 {
			return lost, added
		}
	}
	a, b := lost[0].canon.a, added[0].canon.a
	for _, factor := range [][2]uint64{{b / a, 1}, {1, a / b}} {
		if factor[0] < 2 && factor[1] < 2 {
			continue
		}
		if !slices.ContainsFunc(lost, func(l *numItem) bool {
			return !slices.ContainsFunc(added, func(x *numItem) bool { return l.canon.a*factor[0] == x.canon.a*factor[1] })
		}) {
			return nil, nil
		}
	}
	return lost, added
}

// localisedExample drops the numbers of examples the translation gives
// its own way: each number lost and each added stands in an example
// ("e.g. 2009" → «например, 2007», "'2001 Nobody's Band'" → «'2003 Наша
// группа'»), and the translation's examples hold as many numbers as the
// source's. One lost with none added, one outside an example, or
// examples dropped ("e.g. 15:30, 2:35 pm, 4 pm" → «например, 15:30,
// 7:20») keep them all.
func localisedExample(src, tgt string, srcItems, tgtItems []numItem, lost, added []*numItem) ([]*numItem, []*numItem) {
	if len(lost) == 0 || len(added) == 0 {
		return lost, added
	}
	if cs, ok := phoneSample(src); ok {
		if ct, ok := phoneSample(tgt); ok && cs != ct {
			return nil, nil // a form's sample number, the reader's country's
		}
	}
	inExamples := func(s string, items []numItem) int {
		n := 0
		for i := range items {
			if inExample(s, items[i].tok.at) {
				n++
			}
		}
		return n
	}
	if inExamples(tgt, tgtItems) < inExamples(src, srcItems) {
		return lost, added
	}
	for _, it := range lost {
		if !inExample(src, it.tok.at) {
			return lost, added
		}
	}
	for _, it := range added {
		if !inExample(tgt, it.tok.at) {
			return lost, added
		}
	}
	return nil, nil
}

// exampleMarks open an example, in the languages of the checks.
var exampleMarks = []string{"e.g.", "e. g.", "eg.", "for example", "for instance", "such as", "ex.",
	"например", "напр.", "к примеру", "meselem", "mysal üçin"}

// phoneSample returns the country code of s when s is one international
// telephone number and nothing else ("+1 555 2368", «+7 900 123-45-67»):
// the sample an address book's field shows, which a translation gives in
// its readers' country. A number in running text is no sample.
func phoneSample(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || s[0] != '+' {
		return "", false
	}
	digits := 0
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case strings.IndexByte(" -().", c) < 0:
			return "", false
		}
	}
	if digits < 7 {
		return "", false
	}
	code := s[1:]
	if k := strings.IndexAny(code, " -(."); k > 0 {
		code = code[:k]
	}
	return code, true
}

// inExample reports whether the byte at of s stands in an example: on
// the line of an example's mark, at most 60 bytes after it.
func inExample(s string, at int) bool {
	line := s[strings.LastIndexByte(s[:at], '\n')+1 : at]
	if len(line) > 60 {
		line = line[len(line)-60:]
	}
	line = strings.ToLower(line)
	for _, m := range exampleMarks {
		if strings.Contains(line, m) {
			return true
		}
	}
	return false
}

// clockHours drops a time of the 12-hour clock the source gives as an
// hour ("6pm") that the translation gives as the hour of the 24-hour
// clock («до 18»), and that number. It filters both lists in place.
func clockHours(lost, added []*numItem) ([]*numItem, []*numItem) {
	if len(lost) == 0 || len(added) == 0 {
		return lost, added
	}
	keep := lost[:0]
	for _, it := range lost {
		k := -1
		if sec, ok := it.tok.clock(); ok && it.tok.half != 0 && sec%3600 == 0 {
			k = slices.IndexFunc(added, func(a *numItem) bool { return a.tok.half == 0 && a.tok.isInt(int(sec/3600)) })
		}
		if k < 0 {
			keep = append(keep, it)
			continue
		}
		added = slices.Delete(added, k, k+1)
	}
	return keep, added
}

// sizes marks as used the numbers of a size (4x8, "2 by 4", 3" x 5")
// that the other side gives converted into other units: both of its
// numbers scaled by about the same factor (4x8 feet → «120х240» cm,
// 3" x 5" → «8x12 см»). A factor near 1 is no conversion: 1920x1080 →
// 1920x1200 is a size changed. A size that names things ("2x4s",
// sizeNamed) is no number on either side.
func sizes(src, tgt []numItem, s, t string) {
	for i := 0; i+1 < len(src); i++ {
		a, b := &src[i], &src[i+1]
		if !sizeJoined(s, a.tok, b.tok) {
			continue
		}
		if sizeNamed(s, b.tok) {
			a.used, b.used = true, true
			continue
		}
		for j := 0; j+1 < len(tgt); j++ {
			c, d := &tgt[j], &tgt[j+1]
			if a.used && b.used && c.used && d.used || !sizeJoined(t, c.tok, d.tok) {
				continue
			}
			f1, f2 := c.canon.float()/a.canon.float(), d.canon.float()/b.canon.float()
			if f1 > 0 && f2 > 0 && (f1 >= 1.5 || f1 <= 0.67) && f1/f2 <= 1.15 && f2/f1 <= 1.15 {
				a.used, b.used, c.used, d.used = true, true, true, true
				break
			}
		}
	}
}

// decimalFractions marks as used the numbers of a fraction on one side
// (1/4, a mixed 3 1/2 or 3-1/2) that the other side gives as a decimal
// to its own precision ("3 1/2 inch" → «3,5"», "2 1/3 cups" → «2,3
// стакана»), and that decimal. Only a proper fraction counts: 24/7 is
// no number of its own.
func decimalFractions(items, other []numItem, s string) {
	for i := 0; i+1 < len(items); i++ {
		n, d := &items[i], &items[i+1]
		if n.used || d.used || n.canon.kind != kindInt || d.canon.kind != kindInt || !overBar(s, n.tok, d.tok) ||
			n.canon.a == 0 || n.canon.a >= d.canon.a || d.canon.a > 64 {
			continue
		}
		v := float64(n.canon.a) / float64(d.canon.a)
		var whole *numItem
		if i > 0 {
			if w := &items[i-1]; !w.used && w.canon.kind == kindInt {
				if sep := s[w.tok.at+len(w.tok.text) : n.tok.at]; sep == " " || sep == "-" || sep == "\u00a0" {
					whole, v = w, v+float64(w.canon.a)
				}
			}
		}
		for k := range other {
			o := &other[k]
			if o.used || !nearDecimal(o.canon, v) && !nearDecimal(o.alt, v) {
				continue
			}
			n.used, d.used, o.used = true, true, true
			if whole != nil {
				whole.used = true
			}
			break
		}
	}
}

// centuryYears marks as used the years of one side (1680 BCE, 1180) that
// the other, Russian or Turkmen, gives as their centuries in Roman
// numerals («XVII—XII веков до н. э.», «XVII asyr»): a history retold by
// the century. Each numeral stands for one year, and only where the other
// side gives no year of that century in digits: a year dropped beside
// another of its century is a year lost.
func centuryYears(items, others []numItem, s, other, lang string) {
	if !slices.ContainsFunc(items, func(it numItem) bool { return !it.used && yearCentury(&it) > 0 }) {
		return // no year to retell: the target's numerals need no reading
	}
	var centuries []uint64
	for i := 0; i < len(other); i++ {
		if strings.IndexByte("IVXLCDM", other[i]) < 0 || isLetter(lastRune(other[:i])) {
			continue
		}
		j := i
		for j < len(other) && strings.IndexByte("IVXLCDM", other[j]) >= 0 {
			j++
		}
		if c := centuryNumeral(other, i, j, lang); c > 0 {
			centuries = append(centuries, c)
		}
		i = j
	}
	if len(centuries) == 0 {
		return
	}
	for i := range items {
		it := &items[i]
		c := yearCentury(it)
		if e := it.tok.at + len(it.tok.text); c > 0 && it.canon.a%100 == 0 && strings.HasPrefix(s[e:], "s") {
			c++ // "the early 1700s" → «в начале XVIII века»
		}
		k := slices.Index(centuries, c)
		if it.used || c == 0 || k < 0 || slices.ContainsFunc(others, func(o numItem) bool { return yearCentury(&o) == c }) ||
			slices.ContainsFunc(items, func(o numItem) bool { return o.canon.kind == kindInt && o.canon.a == c }) {
			// the century the side gives itself ("the mid-20th")
			continue
		}
		it.used = true
		centuries = slices.Delete(centuries, k, k+1)
		// "the 1940s" → «40-е годы XX века»
		if y := it.canon.a % 100; y >= 10 {
			if j := slices.IndexFunc(others, func(o numItem) bool {
				return !o.used && o.canon.kind == kindInt && o.canon.a == y && len(o.tok.text) == 2
			}); j >= 0 {
				others[j].used = true
			}
		}
	}
}

// decades marks as used a decade of the source ("the 1990s") that the
// translation gives by its last two digits with a case ending («в 90-е
// годы», «90-njy ýyllarda») or by its word («в девяностые»), and that
// number; it returns words, the translation's number words left, less
// the word it took.
func decades(items, others []numItem, s, other string, words []uint64) []uint64 {
	for i := range items {
		it := &items[i]
		if it.used || it.canon.kind != kindInt || it.canon.a < 1000 || it.canon.a >= 3000 || it.canon.a%10 != 0 {
			continue
		}
		e := it.tok.at + len(it.tok.text)
		if rest := strings.TrimPrefix(s[e:], "'"); !strings.HasPrefix(rest, "s") || len(rest) > 1 && isLetter(rune(rest[1])) {
			continue
		}
		y := it.canon.a % 100
		if k := slices.IndexFunc(others, func(o numItem) bool {
			oe := o.tok.at + len(o.tok.text)
			return !o.used && o.canon.kind == kindInt && o.canon.a == y && len(o.tok.text) == 2 &&
				oe+1 < len(other) && other[oe] == '-' && isLetter(firstRune(other[oe+1:]))
		}); k >= 0 {
			it.used, others[k].used = true, true
			continue
		}
		if k := slices.Index(words, y); k >= 0 && y >= 20 {
			it.used = true
			words = slices.Delete(words, k, k+1)
		}
	}
	return words
}

// yearCentury is the century of a number that may be a year (three
// digits or four, below 3000), or 0.
func yearCentury(it *numItem) uint64 {
	if it.canon.kind != kindInt || len(it.tok.text) < 3 || it.canon.a < 100 || it.canon.a >= 3000 {
		return 0
	}
	return (it.canon.a-1)/100 + 1
}

// centuryOfYears marks as used a century of the source ("the 12th
// century", "between the 12th and 15th centuries") and a year of it the
// translation gives in its place (12th → «с 1136 года»): a history
// retold with the year. One year stands for one century.
func centuryOfYears(items, others []numItem, s string) {
	for i := range items {
		it := &items[i]
		if it.used || it.canon.kind != kindInt || it.canon.a == 0 || it.canon.a > 21 || !centuryOrdinal(s, it.tok) {
			continue
		}
		for k := range others {
			o := &others[k]
			if !o.used && yearCentury(o) == it.canon.a {
				it.used, o.used = true, true
				break
			}
		}
	}
}

// centuryOrdinal reports whether tok is an English ordinal that names a
// century of the common era: "12th century", "12th and 15th centuries",
// "12th-15th centuries", not "5th century BCE".
func centuryOrdinal(s string, tok numToken) bool {
	rest := s[tok.at+len(tok.text):]
	suffix := false
	for _, o := range []string{"st", "nd", "rd", "th"} {
		rest, suffix = strings.CutPrefix(rest, o)
		if suffix {
			break
		}
	}
	if !suffix {
		return false
	}
	// the other end of a pair or range: " and 15th", "-15th", " to the 15th"
	for _, join := range []string{" and the ", " and ", " to the ", " to ", "-", "–", " – "} {
		if after, ok := strings.CutPrefix(rest, join); ok {
			k := 0
			for k < len(after) && isDigit(after[k]) {
				k++
			}
			if k > 0 && k+2 <= len(after) && isLetter(rune(after[k])) && isLetter(rune(after[k+1])) {
				rest = after[k+2:]
			}
			break
		}
	}
	for _, c := range []string{" century", " centuries", "-century"} {
		if after, ok := strings.CutPrefix(rest, c); ok {
			after = strings.TrimLeft(after, " ")
			return !strings.HasPrefix(after, "BC") && !strings.HasPrefix(after, "B.C")
		}
	}
	return false
}

// nearDecimal reports whether decimal k is v rounded to k's precision.
func nearDecimal(k numKey, v float64) bool {
	if k.kind != kindDecimal {
		return false
	}
	half := 0.5
	for range k.fracN {
		half /= 10
	}
	return math.Abs(k.float()-v) <= half+1e-9
}

// sizeJoined reports whether the numbers a and b of s are the two sides
// of a size: an x or a times sign between them (in Latin or Cyrillic),
// "by" or «на», after an inch's or a foot's mark.
func sizeJoined(s string, a, b numToken) bool {
	e := a.at + len(a.text)
	if e > b.at {
		return false
	}
	mid := strings.TrimLeft(s[e:b.at], "\"'′″")
	switch strings.TrimSpace(mid) {
	case "x", "X", "×", "х", "Х", "by", "на":
		return true
	}
	return false
}

// yearsAsPeriod reports whether a number of years of s is on the other
// side as a part of a century or a count of decades, as news texts say
// it: 25 years as «четверть века» («çärýek asyr»), 50 as «полвека»,
// 20 as «два десятилетия».
func yearsAsPeriod(s string, tok numToken, other string) bool {
	if len(tok.groups) != 1 || !strings.HasPrefix(strings.TrimLeft(s[tok.at+len(tok.text):], " -\u00a0"), "year") {
		return false
	}
	switch n := digitsValue(0, tok.text); {
	case n == 25:
		return saysAny(other, "четверть век", "четверть столети", "çärýek asyr")
	case n == 50:
		return saysAny(other, "полвека", "полстолети", "ýarym asyr")
	case n%10 == 0 && n >= 20 && n <= 90 && saysAny(other, "десятилети"):
		return slices.Contains(numberWords(strings.ToLower(other), "ru", nil), n/10)
	}
	return false
}

// sizeNamed reports whether the size that ends with number b of s is
// a plural noun, things named by their size ("2x4s", "8x10's": boards,
// prints), which a translation names its own way («доски»).
func sizeNamed(s string, b numToken) bool {
	rest := strings.TrimPrefix(s[b.at+len(b.text):], "'")
	return strings.HasPrefix(rest, "s") && (len(rest) == 1 || !isLetter(rune(rest[1])))
}

// float is the reading's value, 0 when it is no integer or decimal.
func (k numKey) float() float64 {
	switch k.kind {
	case kindInt:
		return float64(k.a)
	case kindDecimal:
		d := 1.0
		for range k.fracN {
			d *= 10
		}
		return float64(k.a) + float64(k.b)/d
	}
	return 0
}
