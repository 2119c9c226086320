package edition

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An element is what Markdown and HTML show as one unit: the date, the
// title, a heading, a paragraph (the sentences of a block) or a list (the
// items of a block).
type element struct {
	kind    elementKind
	ordered bool // a numbered list
	start   int  // the first number of a numbered list
	// headlines marks a list whose items have no bullet or number: lines
	// of headlines, such as the related articles under a news story.
	headlines bool
	pieces    []piece
}

type elementKind int

const (
	elemDate elementKind = iota
	elemTitle
	elemHeading
	elemParagraph
	elemList
)

// piece is one segment's text on one line, with what joins it to the next
// piece of a paragraph.
type piece struct {
	text string
	gap  bool
	raw  string // the date as written, for a date piece
	join string
}

// elements groups the parts into elements, in document order.
func (e *Edition) elements() []element {
	title := e.titleIndex()
	var out []element
	for i := 0; i < len(e.Parts); i++ {
		p := e.Parts[i]
		pc := piece{text: oneLine(p.Text), gap: p.Untranslated}
		switch {
		case p.Kind == "date":
			pc.raw = pc.text
			pc.text = e.dateText(pc.text)
			out = append(out, element{kind: elemDate, pieces: []piece{pc}})
		case i == title:
			out = append(out, element{kind: elemTitle, pieces: []piece{pc}})
		case p.Kind == "heading" || p.Kind == "title":
			out = append(out, element{kind: elemHeading, pieces: []piece{pc}})
		case p.Kind == "item":
			el := element{kind: elemList, headlines: true}
			for ; i < len(e.Parts) && e.Parts[i].Kind == "item" && e.Parts[i].Block == p.Block; i++ {
				q := e.Parts[i]
				line := oneLine(q.Text)
				text, n, numbered := stripMarker(line)
				el.headlines = el.headlines && text == line
				if len(el.pieces) == 0 {
					el.ordered, el.start = numbered, n
				}
				el.pieces = append(el.pieces, piece{text: text, gap: q.Untranslated})
			}
			i--
			out = append(out, el)
		default: // paragraph
			el := element{kind: elemParagraph}
			for ; i < len(e.Parts) && e.Parts[i].Kind == "paragraph" && e.Parts[i].Block == p.Block; i++ {
				q := e.Parts[i]
				el.pieces = append(el.pieces, piece{text: oneLine(q.Text), gap: q.Untranslated, join: inlineSep(q.Sep)})
			}
			i--
			el.pieces[len(el.pieces)-1].join = ""
			out = append(out, el)
		}
	}
	return out
}

// inlineSep turns the separator between two sentences of a paragraph into
// what joins them on one line: nothing if the source has nothing, else one
// space.
func inlineSep(sep string) string {
	if sep == "" {
		return ""
	}
	return " "
}

// oneLine makes a segment's text fit on one line of Markdown or HTML: white
// space that breaks the line (or the page: \f) becomes one space, and what
// HTML forbids — invalid UTF-8, control characters, noncharacters — becomes
// U+FFFD, so a broken input shows as broken instead of breaking the page.
func oneLine(s string) string {
	// Fast path: most text needs nothing but trimming. The byte tests
	// over-approximate forbidden; cleanLine decides exactly.
	clean := utf8.ValidString(s)
	for i := 0; clean && i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
		case c < 0x20 && c != '\t', c == 0x7f:
			clean = false // line breaks and C0 controls
		case c == 0xc2 && s[i+1] <= 0x9f:
			clean = false // C1 controls, U+0085
		case c == 0xef && (s[i+1] == 0xb7 || s[i+1] == 0xbf):
			clean = false // U+FDD0–FDEF, U+FFFE, U+FFFF
		case c >= 0xf0 && s[i+2]&0x0f == 0x0f:
			clean = false // U+nFFFE, U+nFFFF
		}
	}
	s = strings.TrimSpace(s)
	if clean {
		return s
	}
	return cleanLine(s)
}

// cleanLine is oneLine's slow path for text that needs changes.
func cleanLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) && !forbidden(r) {
			j, brk := i, false
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) || forbidden(r2) {
					break
				}
				brk = brk || r2 == '\n' || r2 == '\r' || r2 == '\f'
				j += n2
			}
			if brk {
				b.WriteByte(' ')
			} else {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		if r == utf8.RuneError && n == 1 || forbidden(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// forbidden reports the characters the HTML parser flags as errors:
// controls other than white space, and noncharacters.
func forbidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\f' || r == '\r':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	}
	return false
}

// stripMarker removes a list marker from an item: a bullet (•, -, *, –, —,
// ·, ▪, ◦) or a number ("1.", "2)"). It returns the number of a numbered
// item and true.
func stripMarker(s string) (string, int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("•-*–—·▪◦", r) && n < len(s) && unicode.IsSpace(rune(s[n])) {
		return strings.TrimLeftFunc(s[n:], unicode.IsSpace), 0, false
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && unicode.IsSpace(rune(s[i+1])) {
		num, _ := number(s[:i])
		return strings.TrimLeftFunc(s[i+1:], unicode.IsSpace), num, true
	}
	return s, 0, false
}
