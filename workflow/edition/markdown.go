package edition

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Markdown renders the edition as CommonMark with YAML front matter:
//
//	---
//	title: "…"
//	date: 2019-08-07
//	lang: "ru"
//	translationKey: "iom-seminar"
//	---
//
// then the title as a level-1 heading, the other headings at level 2, each
// paragraph on one line and the items as a list. The date lives in the
// front matter, where site generators read it. Text is escaped so that it
// renders as written: no emphasis, links, raw HTML or shortcodes.
func (e *Edition) Markdown(o Options) []byte {
	e = e.with(o)
	var b strings.Builder
	b.Grow(e.size() + 256)
	b.WriteString("---\ntitle: ")
	b.WriteString(yamlQuote(e.pageTitle()))
	b.WriteByte('\n')
	if !e.Date.IsZero() {
		b.WriteString("date: ")
		b.WriteString(e.Date.ISO())
		b.WriteByte('\n')
	}
	b.WriteString("lang: ")
	b.WriteString(yamlQuote(e.Locale))
	b.WriteString("\ntranslationKey: ")
	b.WriteString(yamlQuote(e.opts.Key))
	b.WriteString("\n---\n")
	for _, el := range e.elems {
		switch el.kind {
		case elemDate:
			if !e.Date.IsZero() {
				continue // in the front matter
			}
			b.WriteByte('\n')
			e.mdPiece(&b, el.pieces[0], true)
			b.WriteByte('\n')
		case elemTitle, elemHeading:
			if el.kind == elemTitle {
				b.WriteString("\n# ")
			} else {
				b.WriteString("\n## ")
			}
			e.mdPiece(&b, el.pieces[0], true)
			b.WriteByte('\n')
		case elemParagraph:
			b.WriteByte('\n')
			for i, pc := range el.pieces {
				e.mdPiece(&b, pc, i == 0)
				b.WriteString(pc.join)
			}
			b.WriteByte('\n')
		case elemList:
			b.WriteByte('\n')
			for i, pc := range el.pieces {
				if el.ordered {
					fmt.Fprintf(&b, "%d. ", el.start+i)
				} else {
					b.WriteString("- ")
				}
				e.mdPiece(&b, pc, true)
				b.WriteByte('\n')
			}
		}
	}
	return []byte(b.String())
}

// mdPiece writes one segment's text; lineStart says whether it opens a
// line, where more characters need escaping.
func (e *Edition) mdPiece(b *strings.Builder, pc piece, lineStart bool) {
	if pc.gap && e.opts.Fallback == FallbackMark {
		mdEscapeTo(b, e.marker(), lineStart)
		lineStart = false
	}
	mdEscapeTo(b, pc.text, lineStart)
}

// mdEscapeTo writes s so that CommonMark (and Hugo) show it as plain text.
// Characters that start inline syntax anywhere are backslash-escaped
// (\ ` * _ [ ] < > ~, & before a letter or #, the second { of a Hugo shortcode's {{); at the start
// of a line also those that open a block: # + - = | and "1." / "1)".
func mdEscapeTo(b *strings.Builder, s string, lineStart bool) {
	if lineStart && s != "" {
		switch s[0] {
		case '#', '+', '-', '=', '|':
			b.WriteByte('\\')
			b.WriteByte(s[0])
			s = s[1:]
		default:
			i := 0
			for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
				b.WriteString(s[:i])
				b.WriteByte('\\')
				b.WriteByte(s[i])
				s = s[i+1:]
			}
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '~':
			b.WriteByte('\\')
		case '&':
			if i+1 < len(s) && (s[i+1] == '#' || isASCIILetter(s[i+1])) {
				b.WriteByte('\\')
			}
		case '{':
			if i > 0 && s[i-1] == '{' { // "{{" opens a Hugo shortcode, escaped or not
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// yamlQuote writes s as a YAML double-quoted scalar, which every YAML
// version reads the same way ("no" stays a string, ": " needs no care).
func yamlQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == utf8.RuneError:
			b.WriteString(`\uFFFD`)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfeff:
			b.WriteString(`\u`)
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(strings.Repeat("0", 4-len(h)) + strings.ToUpper(h))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// size estimates the length of the rendered text.
func (e *Edition) size() int {
	n := 0
	for _, p := range e.Parts {
		n += len(p.Text) + 8
	}
	return n
}
