package segment

import "strings"

// Split cuts an article into segments. It never fails: whatever the input
// (no trailing newline, CRLF or lone CR line ends, a byte-order mark,
// invalid UTF-8), Lead + Σ(Text+Sep) == text, and no Text is empty or
// starts or ends with white space.
//
// Blocks are separated by blank lines. In a block:
//   - a first line "DD.MM.YYYY | Title" gives a Date (verbatim) and a Title;
//   - a single line that is one sentence without final punctuation is a Heading;
//   - lines that all start with a list marker (•, -, 1., a)…), or of which
//     none ends a sentence (a list of headlines), give one Item per line;
//   - otherwise lines are joined where a line stops mid-sentence (the next
//     one starts in lower case, or this one ends with a comma, a hyphen or a
//     word such as "the") and split into sentences (Paragraph), a line that
//     starts with a list marker giving Items.
func Split(text string, opt Options) Document {
	s := splitter{t: text, r: rulesFor(opt)}
	s.run()
	return s.document()
}

// span is a stretch [a, b) of the input.
type span struct{ a, b int }

// found is a segment as the scanner finds it: offsets, not strings.
type found struct {
	a, b, block int
	kind        Kind
}

// chunkSize is how many found segments a chunk holds. Found segments are
// kept in fixed chunks and copied once into a slice of the exact length:
// a slice grown by append would allocate, over its regrowths, several
// times what it finally holds (20 MB of prose: 60 MB instead of 30).
const chunkSize = 1024

type splitter struct {
	t      string
	r      *rules
	chunks [][]found
	count  int
	end    int // end of the last segment
	block  int
	lines  []span // the trimmed lines of the current block
	// The last token addressAt looked at, and whether it is a URL or an
	// e-mail address.
	tokA, tokB int
	tokAddress bool
	// direct makes emit append the sentences to spans, for Sentencer.
	direct bool
	spans  []Span
}

func (s *splitter) document() Document {
	if s.count == 0 {
		return Document{Lead: s.t}
	}
	segs := make([]Segment, 0, s.count)
	for _, c := range s.chunks {
		for _, f := range c {
			if n := len(segs); n > 0 {
				segs[n-1].Sep = s.t[s.end:f.a]
			}
			segs = append(segs, Segment{Text: s.t[f.a:f.b], Kind: f.kind, Block: f.block, Verbatim: f.kind == Date})
			s.end = f.b
		}
	}
	segs[len(segs)-1].Sep = s.t[s.end:]
	return Document{Lead: s.t[:s.chunks[0][0].a], Segments: segs}
}

// emit records the segment t[a:b], trimmed; an empty one is dropped.
func (s *splitter) emit(a, b int, k Kind) {
	a, b = s.trim(a, b)
	if a >= b || a < s.end {
		return
	}
	if s.direct {
		s.spans = append(s.spans, Span{a, b})
		s.count++
		s.end = b
		return
	}
	n := len(s.chunks)
	if n == 0 || len(s.chunks[n-1]) == chunkSize {
		size := chunkSize
		if n == 0 {
			// Most articles are short: start small, the next chunks are full size.
			size = min(chunkSize, len(s.t)/64+4)
		}
		s.chunks = append(s.chunks, make([]found, 0, size))
		n++
	}
	s.chunks[n-1] = append(s.chunks[n-1], found{a: a, b: b, block: s.block, kind: k})
	s.count++
	s.end = b
}

// last returns the segment emitted last.
func (s *splitter) last() *found {
	c := s.chunks[len(s.chunks)-1]
	return &c[len(c)-1]
}

// trim narrows [a, b) to exclude white space at both ends.
func (s *splitter) trim(a, b int) (int, int) {
	a = s.skipSpace(a, b)
	return a, s.skipSpaceBack(b, a)
}

// skipSpace returns the first position at or after i (up to b) that is not
// white space.
func (s *splitter) skipSpace(i, b int) int {
	for i < b {
		r, n := decode(s.t, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipSpaceBack returns the last position at or before b (down to a)
// that does not follow white space.
func (s *splitter) skipSpaceBack(b, a int) int {
	for b > a {
		r, n := decodeLast(s.t, b)
		if !isSpace(r) {
			break
		}
		b -= n
	}
	return b
}

// run walks the input line by line, gathering blocks. A line ends at
// "\n", "\r\n" or a lone "\r". The next of each is found once and kept
// until passed, so a file with only one kind of line end is still read in
// one pass.
func (s *splitter) run() {
	t := s.t
	nl, cr := -1, -1 // positions of the next "\n" and "\r"; -1: to be found
	next := func(c byte, from int) int {
		if i := strings.IndexByte(t[from:], c); i >= 0 {
			return from + i
		}
		return len(t)
	}
	for pos := 0; pos < len(t); {
		if nl < pos {
			nl = next('\n', pos)
		}
		if cr < pos {
			cr = next('\r', pos)
		}
		end, after := nl, nl+1
		if cr < nl {
			end, after = cr, cr+1
			if after < len(t) && t[after] == '\n' {
				after++
			}
		}
		after = min(after, len(t))
		if a, b := s.trim(pos, end); a < b {
			s.lines = append(s.lines, span{a, b})
		} else {
			s.flush()
		}
		pos = after
	}
	s.flush()
}

// flush segments the block gathered so far.
func (s *splitter) flush() {
	if len(s.lines) == 0 {
		return
	}
	s.blockOf(s.lines)
	s.block++
	s.lines = s.lines[:0]
}

func (s *splitter) blockOf(lines []span) {
	if s.header(lines[0]) {
		lines = lines[1:]
	}
	switch len(lines) {
	case 0:
		return
	case 1:
		s.line(lines[0])
		return
	}
	allMarked, anyEnds := true, false
	for _, l := range lines {
		if _, ok := s.marker(l.a, l.b); !ok {
			allMarked = false
		}
		if s.endsSentence(l) {
			anyEnds = true
		}
	}
	if allMarked || !anyEnds {
		for _, l := range lines {
			s.emit(l.a, l.b, Item)
		}
		return
	}
	u := lines[0]
	for _, l := range lines[1:] {
		if s.continues(u, l) {
			u.b = l.b
			continue
		}
		s.unit(u)
		u = l
	}
	s.unit(u)
}

// line segments a block of one line: a Heading when it is a single sentence
// without final punctuation, list Items when it starts with a marker,
// sentences otherwise.
func (s *splitter) line(l span) {
	if m, ok := s.marker(l.a, l.b); ok && !m.dash() {
		s.unit(l)
		return
	}
	n := s.count
	s.sentences(l.a, l.b, l.a, Paragraph)
	if s.count == n+1 && !s.endsSentence(l) {
		s.last().kind = Heading
	}
}

// unit segments a stretch of lines that belong together: a list when it
// starts with a marker, sentences otherwise.
func (s *splitter) unit(u span) {
	m, ok := s.marker(u.a, u.b)
	if !ok {
		s.sentences(u.a, u.b, u.a, Paragraph)
		return
	}
	s.list(u, m)
}

// header recognises "DD.MM.YYYY | Title" (or a date alone, or ISO
// YYYY-MM-DD) and emits its Date and Title.
func (s *splitter) header(l span) bool {
	t := s.t
	d := dateLen(t[l.a:l.b])
	if d == 0 {
		return false
	}
	i := s.skipSpace(l.a+d, l.b)
	if i == l.b {
		s.emit(l.a, l.a+d, Date)
		return true
	}
	if t[i] != '|' {
		return false
	}
	j := s.skipSpace(i+1, l.b)
	if j == l.b {
		return false
	}
	s.emit(l.a, l.a+d, Date)
	s.emit(j, l.b, Title)
	return true
}

// dateLen returns the length of the date that s starts with: D.M.YYYY,
// DD/MM/YYYY, DD-MM-YYYY or YYYY-MM-DD; 0 if none, or if a digit or letter
// follows it.
func dateLen(s string) int {
	digits := func(i, min, max int) int {
		j := i
		for j < len(s) && j-i < max && isDigit(rune(s[j])) {
			j++
		}
		if j-i < min {
			return -1
		}
		return j
	}
	end := func(i int) int {
		if i < len(s) && (isDigit(rune(s[i])) || isLetter(rune(s[i]))) {
			return 0
		}
		return i
	}
	// YYYY-MM-DD
	if i := digits(0, 4, 4); i > 0 && i < len(s) && s[i] == '-' {
		if j := digits(i+1, 2, 2); j > 0 && j < len(s) && s[j] == '-' {
			if k := digits(j+1, 2, 2); k > 0 {
				return end(k)
			}
		}
		return 0
	}
	i := digits(0, 1, 2)
	if i < 0 || i >= len(s) {
		return 0
	}
	sep := s[i]
	if sep != '.' && sep != '/' && sep != '-' {
		return 0
	}
	j := digits(i+1, 1, 2)
	if j < 0 || j >= len(s) || s[j] != sep {
		return 0
	}
	k := digits(j+1, 4, 4)
	if k < 0 {
		return 0
	}
	return end(k)
}

// endsSentence reports whether line l ends with terminal punctuation,
// perhaps followed by closing quotes and brackets.
func (s *splitter) endsSentence(l span) bool {
	b := l.b
	for b > l.a {
		r, n := decodeLast(s.t, b)
		if isTerminal(r) {
			return true
		}
		if !isCloser(r) {
			return false
		}
		b -= n
	}
	return false
}

// continues reports whether line next carries on the sentence of line prev
// (a hard wrap) rather than starting a new item, heading or sentence.
func (s *splitter) continues(prev, next span) bool {
	if _, ok := s.marker(next.a, next.b); ok {
		return false
	}
	t := s.t
	r, _ := decode(t, next.a)
	if isLower(r) {
		return true
	}
	// After final punctuation the sentence rules decide, as for a space.
	if s.endsSentence(prev) {
		return true
	}
	last, _ := decodeLast(t, prev.b)
	switch last {
	case ',', '-', '–', '—', '(', '/', '&', '+':
		return true
	}
	ws := prev.b
	for ws > prev.a {
		r, n := decodeLast(t, ws)
		if !isLetter(r) {
			break
		}
		ws -= n
	}
	if ws == prev.b || ws > prev.a && !s.spaceBefore(ws) {
		return false
	}
	w := t[ws:prev.b]
	if s.r.joiners[w] {
		return true
	}
	var buf [64]byte
	if len(w) < len(buf) {
		low, changed := lowerInto(buf[:0], w)
		return changed && s.r.joiners[string(low)]
	}
	return false
}

// listMarker is a parsed list marker: a bullet, a number or a letter
// followed by ".", ")" or ".)", or a bullet and a number (• 9.).
type listMarker struct {
	bullet rune
	kind   byte // 0 none, 'n' number, 'a' letter
	num    int  // the number, or the letter's code point
	style  string
	end    int // just after the marker
}

// marker parses a list marker at t[p:e]; it must be followed by white space
// (a bullet may touch its number: ⁃9.) and then by text.
func (s *splitter) marker(p, e int) (listMarker, bool) {
	t := s.t
	var m listMarker
	if p >= e {
		return m, false
	}
	r, n := decode(t, p)
	if isBullet(r) {
		q := p + n
		spaced := q < e && s.spaceAt(q)
		if !spaced && (r == '-' || r == '*' || r == '–' || r == '—' || r == '·') {
			return m, false
		}
		m.bullet = r
		p = s.skipSpace(q, e)
		m.end = p
	}
	q := p
	for q < e && q-p < 3 && isDigit(rune(t[q])) {
		q++
	}
	if q > p {
		if q < e && isDigit(rune(t[q])) {
			q = p // four digits or more: a year, not a list number
		} else {
			m.kind = 'n'
			for _, c := range t[p:q] {
				m.num = m.num*10 + int(c-'0')
			}
		}
	} else if p < e {
		if r, n := decode(t, p); isLower(r) {
			m.kind, m.num, q = 'a', int(r), p+n
		}
	}
	if m.kind != 0 {
		switch {
		case strings.HasPrefix(t[q:e], ".)"):
			m.style, q = ".)", q+2
		case strings.HasPrefix(t[q:e], "."):
			m.style, q = ".", q+1
		case strings.HasPrefix(t[q:e], ")"):
			m.style, q = ")", q+1
		default:
			m.kind = 0
		}
		if m.kind != 0 && (q >= e || !s.spaceAt(q)) {
			m.kind = 0
		}
		if m.kind != 0 {
			m.end = q
		}
	}
	if m.bullet == 0 && m.kind == 0 {
		return m, false
	}
	return m, s.skipSpace(m.end, e) < e
}

// dash reports a marker that is only a dash or an asterisk: a list marker
// at the start of a line, but inside a line (or a one-line block, as in
// Russian dialogue: "— Да, — сказал он.") just punctuation.
func (m listMarker) dash() bool {
	switch m.bullet {
	case '-', '–', '—', '*', '·':
		return m.kind == 0
	}
	return false
}

// next reports whether m2 continues the list that m started.
func (m listMarker) next(m2 listMarker) bool {
	if m.bullet != 0 {
		return m2.bullet == m.bullet
	}
	return m2.bullet == 0 && m2.kind == m.kind && m2.style == m.style && m2.num == m.num+1
}

// list cuts a unit that starts with marker m at each following marker of the
// same list (• … • …, 1) … 2) …, a. … b. …), then into sentences.
func (s *splitter) list(u span, m listMarker) {
	t := s.t
	start := u.a
	if m.dash() {
		s.sentences(u.a, u.b, m.end, Item)
		return
	}
	for i := m.end; i < u.b; i++ {
		c := t[i]
		if !(c >= '0' && c <= '9' || c >= 0x80 || c >= 'a' && c <= 'z' || c == '-' || c == '*') || !s.spaceBefore(i) {
			continue
		}
		m2, ok := s.marker(i, u.b)
		if !ok || !m.next(m2) {
			continue
		}
		s.sentences(start, i, m.end, Item)
		start, m = i, m2
		i = m.end - 1
	}
	s.sentences(start, u.b, m.end, Item)
}

// spaceAt reports whether the rune at i is white space.
func (s *splitter) spaceAt(i int) bool {
	r, _ := decode(s.t, i)
	return isSpace(r)
}

// spaceBefore reports whether the rune that ends at i is white space.
func (s *splitter) spaceBefore(i int) bool {
	r, _ := decodeLast(s.t, i)
	return isSpace(r)
}
