package segment

import "strings"

// termRun describes a run of terminal punctuation with the closing quotes
// and brackets around it: ".", "?!", "...", ". . . .", "?»." or ".”".
type termRun struct {
	dots     int  // full stops
	ellipsis int  // … characters
	qe       bool // a question or exclamation mark
	spaced   bool // ". . ." with spaces between the dots
	closers  int
	end      int // just after the run
}

// sentences emits the sentences of t[a:b], scanning from the position from
// (after a list marker, whose dot ends nothing).
func (s *splitter) sentences(a, b, from int, k Kind) {
	t := s.t
	start := a
	// The next position of each byte that may start terminal punctuation,
	// found with vectorised IndexByte and kept until passed: prose has a
	// full stop every hundred bytes or so, and nothing to do in between.
	var next [4]int
	marks := [4]byte{'.', '!', '?', 0xE2} // 0xE2 leads … ‼ ⁇ ⁈ ⁉
	for k := range next {
		next[k] = -1
	}
	for i := from; i < b; {
		j := b
		for k, c := range marks {
			if next[k] < i {
				next[k] = b
				if x := strings.IndexByte(t[i:b], c); x >= 0 {
					next[k] = i + x
				}
			}
			j = min(j, next[k])
		}
		if i = j; i >= b {
			break
		}
		r, n := decode(t, i)
		if !isTerminal(r) {
			i += n
			continue
		}
		run := s.scanRun(i, b)
		if cut, next, ok := s.boundary(start, i, b, run); ok {
			s.emit(start, cut, k)
			start = next
		}
		i = run.end
	}
	s.emit(start, b, k)
}

// scanRun reads the run of terminal punctuation that starts at i.
func (s *splitter) scanRun(i, b int) termRun {
	t := s.t
	var run termRun
	j := i
loop:
	for j < b {
		c := t[j]
		switch {
		case c == '.':
			run.dots++
			j++
		case c == '!' || c == '?':
			run.qe = true
			j++
		case c == ' ' && j+1 < b && t[j+1] == '.' && t[j-1] == '.' && run.closers == 0:
			run.spaced = true
			j++
		default:
			r, n := decode(t, j)
			switch {
			case r == '…':
				run.ellipsis++
			case r == '‼' || r == '⁇' || r == '⁈' || r == '⁉':
				run.qe = true
			case isCloser(r):
				run.closers++
			default:
				break loop
			}
			j += n
		}
	}
	run.end = j
	return run
}

// boundary decides whether the run of terminal punctuation at t[i:run.end],
// in the sentence that started at start, ends that sentence. If so the
// sentence ends at cut and the next one starts at next.
func (s *splitter) boundary(start, i, b int, run termRun) (cut, next int, ok bool) {
	t := s.t
	end := run.end
	q := s.skipSpace(end, b)
	if q >= b {
		return 0, 0, false // the unit ends here anyway
	}
	var prev rune
	if i > start {
		prev, _ = decodeLast(t, i)
	}
	dotsOnly := !run.qe
	if dotsOnly && (prev == '[' || prev == '(') {
		return 0, 0, false // an omission: [...]
	}
	if q == end {
		if s.glued(start, i, run) {
			return end, end, true
		}
		return 0, 0, false
	}
	if s.dashAt(q, b) && s.insideQuote(start, i) {
		// «…? – спросила мама. – …»: the author's words inside direct
		// speech; the quotation goes on after the dash.
		return 0, 0, false
	}
	nr, nq := s.nextRune(q, b)
	if isLower(nr) {
		return 0, 0, false
	}
	switch nr {
	case ',', ';', ':', ')', ']', '}', '%':
		return 0, 0, false
	}
	if run.qe {
		return end, q, true
	}
	upper := isUpper(nr)
	total := run.dots + 3*run.ellipsis
	if total > 1 {
		attached := i > start && !isSpace(prev)
		switch {
		case run.spaced && attached && total == 4:
			// "compounds. . . . The": the first dot ends the sentence, the
			// three spaced ones open the next.
			if upper {
				return i + 1, s.skipSpace(i+1, b), true
			}
			return 0, 0, false
		case total >= 4:
			return end, q, upper || isDigit(nr)
		case run.spaced || !attached:
			// ". . ." or " ..." marks an omission inside the sentence.
			return 0, 0, false
		}
		return end, q, upper
	}
	if run.closers > 0 {
		return end, q, true
	}
	return end, q, s.afterWord(start, i, nr, nq, b)
}

// nextRune returns the first letter or digit at or after q, skipping
// opening quotes and brackets and a dialogue dash ("— Да."), and its
// position; or the first other rune.
func (s *splitter) nextRune(q, b int) (rune, int) {
	t := s.t
	for q < b {
		r, n := decode(t, q)
		switch {
		case isOpener(r):
			q += n
		case (r == '—' || r == '–') && q+n < b && s.spaceAt(q+n):
			q = s.skipSpace(q+n, b)
		default:
			return r, q
		}
	}
	return 0, q
}

// dashAt reports whether a dash and white space stand at q.
func (s *splitter) dashAt(q, b int) bool {
	r, n := decode(s.t, q)
	return (r == '—' || r == '–') && q+n < b && s.spaceAt(q+n)
}

// insideQuote reports whether a quotation opened in t[start:i] is still
// open at i: «…», “…” and „…“ (whose closing mark is the English opening
// one).
func (s *splitter) insideQuote(start, i int) bool {
	guillemets, curly, low := 0, 0, 0
	for _, r := range s.t[start:i] {
		switch r {
		case '«':
			guillemets++
		case '»':
			guillemets = max(guillemets-1, 0)
		case '„':
			low++
		case '“':
			if low > 0 {
				low--
			} else {
				curly++
			}
		case '”':
			curly = max(curly-1, 0)
		}
	}
	return guillemets+curly+low > 0
}

// afterWord decides a single full stop after the word that ends at i, when
// white space and then nr (at nq: a capital, a digit or a symbol) follow.
func (s *splitter) afterWord(start, i int, nr rune, nq, b int) bool {
	t := s.t
	ws, long := s.wordStart(start, i)
	if long || s.addressAt(i) {
		return true // no abbreviation is that long; a URL or e-mail ends here
	}
	w := t[ws:i]
	if w == "" {
		return true
	}
	upper := isUpper(nr)
	// "т. д." before "д." (дом): the spaced form is the longer match.
	c, found := s.spacedAbbreviation(start, ws, w)
	if !found {
		c, found = s.r.lookup(w)
	}
	if found {
		switch c {
		case prefix:
			return false
		case terminal:
			return upper
		case unit:
			if s.afterNumber(start, ws) {
				return upper // 500 руб. Проект…
			}
			return upper && s.starter(nq, b)
		default:
			return upper && s.starter(nq, b)
		}
	}
	r, n := decode(w, 0)
	if n == len(w) && isLetter(r) {
		if isUpper(r) {
			// An initial (G. Berdimuhamedov, Jonas E. Smith), unless it is
			// the English pronoun after a lower-case word ("you and I.").
			return s.r.lang == "en" && r == 'I' && s.lowerWordBefore(start, ws)
		}
		return upper && s.starter(nq, b) // p. 55, a. m.
	}
	if strings.IndexByte(w, '.') > 0 && looksAbbreviated(w) {
		return upper && s.starter(nq, b) // an unlisted E.U. or Ph.D.
	}
	return true
}

// spacedAbbreviation looks up a spaced abbreviation such as "т. е." or
// "т. д." written with a space: w is the last letter, the word before it
// a short word ending in a dot.
func (s *splitter) spacedAbbreviation(start, ws int, w string) (class, bool) {
	t := s.t
	if len(w) > 4 || ws-2 < start || t[ws-1] != ' ' || t[ws-2] != '.' {
		return 0, false
	}
	ps := ws - 2
	for ps > start && ws-2-ps < 8 {
		r, n := decodeLast(t, ps)
		if !isLetter(r) && r != '.' {
			break
		}
		ps -= n
	}
	if ps == ws-2 {
		return 0, false
	}
	var buf [32]byte
	k := append(append(buf[:0], t[ps:ws-1]...), w...)
	return s.r.lookup(string(k))
}

// looksAbbreviated reports whether w is made of short letter groups joined
// by dots, as in U.S.A, Ph.D, т.е or ş.m (one or two letters each).
func looksAbbreviated(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isLetter(r):
			if n++; n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// afterNumber reports whether the word that starts at ws follows a number,
// directly or through other units: "40 kg", "500 тыс. руб", "500 müň man".
func (s *splitter) afterNumber(start, ws int) bool {
	t := s.t
	for range 3 {
		e := s.skipSpaceBack(ws, start)
		if e == ws {
			return false // no space: not a word of its own
		}
		p := e
		for p > start {
			r, n := decodeLast(t, p)
			if isSpace(r) {
				break
			}
			p -= n
		}
		if p == e {
			return false
		}
		if r, _ := decodeLast(t, e); isDigit(r) {
			return true
		}
		if c, ok := s.r.lookup(strings.TrimSuffix(t[p:e], ".")); !ok || c != unit {
			return false
		}
		ws = p
	}
	return false
}

// lowerWordBefore reports whether the word before position ws starts with a
// lower-case letter.
func (s *splitter) lowerWordBefore(start, ws int) bool {
	t := s.t
	e := s.skipSpaceBack(ws, start)
	p := e
	for p > start {
		r, n := decodeLast(t, p)
		if isSpace(r) {
			break
		}
		p -= n
	}
	if p == e {
		return false
	}
	r, _ := decode(t, p)
	return isLower(r)
}

// starter reports whether the word at q opens sentences often enough that
// an ambiguous abbreviation before it ends the previous sentence.
func (s *splitter) starter(q, b int) bool {
	t := s.t
	e := q
	for e < b {
		r, n := decode(t, e)
		if !isLetter(r) {
			break
		}
		e += n
	}
	return s.r.starters[t[q:e]]
}

// glued decides a full stop with no space after it:
// "persons.Representatives" and "1,000.That" are two sentences, while
// "3.5", "U.S.A", "Jr.'s", "example.com" and "Jane.Doe@example.com" are not
// cut.
func (s *splitter) glued(start, i int, run termRun) bool {
	if run.qe || run.ellipsis > 0 || run.dots != 1 || run.spaced {
		return false
	}
	t := s.t
	end := run.end
	r1, n1 := decode(t, end)
	if !isUpper(r1) || end+n1 >= len(t) {
		return false
	}
	if r2, _ := decode(t, end+n1); !isLower(r2) {
		return false
	}
	if i <= start {
		return false
	}
	if pr, _ := decodeLast(t, i); !isLower(pr) && !isDigit(pr) && run.closers == 0 {
		return false
	}
	if s.addressAt(i) {
		return false
	}
	ws, long := s.wordStart(start, i)
	if long {
		return true
	}
	w := t[ws:i]
	if w == "" {
		return false
	}
	if c, ok := s.r.lookup(w); ok {
		return c == terminal // "we ş.m.Bu" ends; "Mr.Smith" does not
	}
	if _, n := decode(w, 0); n == len(w) {
		return false
	}
	return true
}

// maxWord bounds the backward scan for the word before a full stop: no
// abbreviation is longer, so a longer word is just a word.
const maxWord = 64

// wordStart returns where the word that ends at i starts (after white space
// and opening quotes, not before start); long reports a word longer than
// maxWord bytes, whose start is not searched for.
func (s *splitter) wordStart(start, i int) (ws int, long bool) {
	t := s.t
	ws = i
	for ws > start {
		if i-ws > maxWord {
			return ws, true
		}
		r, n := decodeLast(t, ws)
		if isSpace(r) {
			break
		}
		ws -= n
	}
	for ws < i {
		r, n := decode(t, ws)
		if !isOpener(r) {
			break
		}
		ws += n
	}
	return ws, false
}

// addressAt reports whether position i is inside a URL or an e-mail
// address: a token (text between white space) holding "@" or "://", or
// starting with "www.". The verdict is kept for the token, so a long token
// full of dots is scanned once, not once per dot.
func (s *splitter) addressAt(i int) bool {
	if i >= s.tokA && i < s.tokB {
		return s.tokAddress
	}
	t := s.t
	a := i
	for a > 0 {
		r, n := decodeLast(t, a)
		if isSpace(r) {
			break
		}
		a -= n
	}
	b := i
	for b < len(t) {
		r, n := decode(t, b)
		if isSpace(r) {
			break
		}
		b += n
	}
	tok := t[a:b]
	s.tokA, s.tokB = a, b
	s.tokAddress = strings.IndexByte(tok, '@') >= 0 || strings.Contains(tok, "://") ||
		strings.HasPrefix(tok, "www.") || strings.HasPrefix(tok, "(www.") || strings.HasPrefix(tok, "«www.")
	return s.tokAddress
}
