package edition

import (
	"html"
	"strconv"
	"strings"
)

// HTML renders the edition as a complete HTML5 document: lang on <html>,
// UTF-8, the title, rel=alternate hreflang links to the document's
// editions (and x-default), and an <article> with the date in <time
// datetime>, the title as <h1>, headings as <h2>, paragraphs and lists.
// Every piece of text and every attribute value is escaped. A gap is
// wrapped in <span lang> of the source language, with class
// "untranslated" (highlighted by the page's style) under FallbackMark.
func (e *Edition) HTML(o Options) []byte {
	e = e.with(o)
	var b strings.Builder
	b.Grow(e.size() + 1024)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	b.WriteString(html.EscapeString(e.Locale))
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	b.WriteString(html.EscapeString(e.pageTitle()))
	b.WriteString("</title>\n")
	if e.opts.Canonical != "" {
		link(&b, "canonical", "", e.opts.Canonical)
	}
	for _, l := range e.opts.Alternates {
		link(&b, "alternate", l.Locale, l.Href)
	}
	if e.opts.Default != "" {
		link(&b, "alternate", "x-default", e.opts.Default)
	}
	if len(e.Gaps) > 0 && e.opts.Fallback == FallbackMark {
		b.WriteString("<style>.untranslated { background: #fff3bf; outline: 1px dashed #e8590c; }</style>\n")
	}
	b.WriteString("</head>\n<body>\n<article>\n")
	els := e.elems
	header := 0
	for header < len(els) && header < 2 && (els[header].kind == elemDate || els[header].kind == elemTitle) {
		header++
	}
	if header > 0 {
		b.WriteString("<header>\n")
	}
	for i, el := range els {
		if i == header && header > 0 {
			b.WriteString("</header>\n")
		}
		switch el.kind {
		case elemDate:
			b.WriteString("<p class=\"date\">")
			if !e.Date.IsZero() {
				b.WriteString("<time datetime=\"")
				b.WriteString(e.Date.ISO())
				b.WriteString("\">")
				e.htmlPiece(&b, el.pieces[0])
				b.WriteString("</time>")
			} else {
				e.htmlPiece(&b, el.pieces[0])
			}
			b.WriteString("</p>\n")
		case elemTitle:
			b.WriteString("<h1>")
			e.htmlPiece(&b, el.pieces[0])
			b.WriteString("</h1>\n")
		case elemHeading:
			b.WriteString("<h2>")
			e.htmlPiece(&b, el.pieces[0])
			b.WriteString("</h2>\n")
		case elemParagraph:
			b.WriteString("<p>")
			for _, pc := range el.pieces {
				e.htmlPiece(&b, pc)
				b.WriteString(pc.join)
			}
			b.WriteString("</p>\n")
		case elemList:
			switch {
			case !el.ordered:
				b.WriteString("<ul>\n")
			case el.start == 1:
				b.WriteString("<ol>\n")
			default:
				b.WriteString("<ol start=\"")
				b.WriteString(strconv.Itoa(el.start))
				b.WriteString("\">\n")
			}
			for _, pc := range el.pieces {
				b.WriteString("<li>")
				e.htmlPiece(&b, pc)
				b.WriteString("</li>\n")
			}
			if el.ordered {
				b.WriteString("</ol>\n")
			} else {
				b.WriteString("</ul>\n")
			}
		}
	}
	if header == len(els) && header > 0 {
		b.WriteString("</header>\n")
	}
	b.WriteString("</article>\n</body>\n</html>\n")
	return []byte(b.String())
}

func (e *Edition) htmlPiece(b *strings.Builder, pc piece) {
	if !pc.gap {
		b.WriteString(html.EscapeString(pc.text))
		return
	}
	b.WriteString("<span lang=\"")
	b.WriteString(html.EscapeString(e.SourceLocale))
	if e.opts.Fallback == FallbackMark {
		b.WriteString("\" class=\"untranslated\">")
		b.WriteString(html.EscapeString(e.marker()))
	} else {
		b.WriteString("\">")
	}
	b.WriteString(html.EscapeString(pc.text))
	b.WriteString("</span>")
}

func link(b *strings.Builder, rel, hreflang, href string) {
	b.WriteString("<link rel=\"")
	b.WriteString(rel)
	if hreflang != "" {
		b.WriteString("\" hreflang=\"")
		b.WriteString(html.EscapeString(hreflang))
	}
	b.WriteString("\" href=\"")
	b.WriteString(html.EscapeString(href))
	b.WriteString("\">\n")
}
