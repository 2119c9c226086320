package edition

import (
	_ "embed"
	"html"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language/display"

	"github.com/terjime/terjime/internal/locale"
)

// stylesheet is the pages' own style, in the page so that it works from
// a file, a mail or a server alike: a measure of about 70 characters,
// the system's fonts, a dark scheme when the reader's system asks for it
// (prefers-color-scheme), and print rules.
//
//go:embed style.css
var stylesheet string

// HTML renders the edition as a complete HTML5 document: lang on <html>,
// UTF-8, the title, rel=alternate hreflang links to the document's
// editions (and x-default), the default stylesheet, a language switcher
// linking the other editions (each named in its own language), and an
// <article> with the date line in <time datetime>, the title as <h1>,
// headings as <h2>, paragraphs and lists; a closing heading over a list
// of headlines (lines without bullets: related articles) is an <aside
// class="related">. Every piece of text and every attribute value is
// escaped. A gap is wrapped in <span lang> of the source language; under
// FallbackMark it has class "untranslated" and a marker ("[en]"), and a
// note under the title tells the reader why.
func (e *Edition) HTML(o Options) []byte {
	e = e.with(o)
	var b strings.Builder
	b.Grow(e.size() + len(stylesheet) + 1536)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	b.WriteString(html.EscapeString(e.Locale))
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
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
	b.WriteString("<style>\n")
	b.WriteString(stylesheet)
	b.WriteString("</style>\n</head>\n<body>\n")
	e.languages(&b)
	b.WriteString("<main>\n<article>\n")
	marked := len(e.Gaps) > 0 && e.opts.Fallback == FallbackMark && !e.IsSource()
	els := e.elems
	related := len(els)
	if n := len(els); n >= 2 && els[n-2].kind == elemHeading && els[n-1].kind == elemList && els[n-1].headlines {
		related = n - 2
	}
	header := 0
	for header < len(els) && header < 2 && (els[header].kind == elemDate || els[header].kind == elemTitle) {
		header++
	}
	if header > 0 {
		b.WriteString("<header>\n")
	}
	for i, el := range els {
		if i == header && header > 0 {
			if marked {
				e.editionNote(&b)
			}
			b.WriteString("</header>\n")
		}
		if i == related {
			b.WriteString("<aside class=\"related\">\n")
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
	if related < len(els) {
		b.WriteString("</aside>\n")
	}
	if header == len(els) && header > 0 {
		if marked {
			e.editionNote(&b)
		}
		b.WriteString("</header>\n")
	}
	if header == 0 && marked {
		e.editionNote(&b)
	}
	b.WriteString("</article>\n</main>\n</body>\n</html>\n")
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
		b.WriteString("\" class=\"untranslated\"><span class=\"marker\">")
		b.WriteString(html.EscapeString(strings.TrimSpace(e.marker())))
		b.WriteString("</span> ")
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

// languages writes the language switcher: a link to each edition of the
// document, this one marked as the current page, each named in its own
// language; nothing when there is no other edition.
func (e *Edition) languages(b *strings.Builder) {
	if len(e.opts.Alternates) < 2 {
		return
	}
	b.WriteString("<nav class=\"languages\" aria-label=\"")
	b.WriteString(html.EscapeString(pageText(e.Locale).languages))
	b.WriteString("\">\n<ul>\n")
	for _, l := range e.opts.Alternates {
		b.WriteString("<li><a href=\"")
		b.WriteString(html.EscapeString(l.Href))
		b.WriteString("\" hreflang=\"")
		b.WriteString(html.EscapeString(l.Locale))
		b.WriteString("\" lang=\"")
		b.WriteString(html.EscapeString(l.Locale))
		if l.Locale == e.Locale {
			b.WriteString("\" aria-current=\"page")
		}
		b.WriteString("\">")
		b.WriteString(html.EscapeString(autonym(l.Locale)))
		b.WriteString("</a></li>\n")
	}
	b.WriteString("</ul>\n</nav>\n")
}

// editionNote tells the reader of an edition with marked gaps why some
// passages are in another language.
func (e *Edition) editionNote(b *strings.Builder) {
	t := pageText(e.Locale)
	b.WriteString("<p class=\"edition-note\"")
	if t.lang != locale.Base(e.Locale) {
		b.WriteString(" lang=\"")
		b.WriteString(t.lang)
		b.WriteString("\"")
	}
	b.WriteString(">")
	b.WriteString(html.EscapeString(t.gaps))
	b.WriteString("</p>\n")
}

// autonym is a locale's name in its own language, capitalised as a
// menu item is ("Русский", "Türkmen dili", "English"); the tag itself for
// a language CLDR does not name. Names are kept once made: every page of
// a build names the same few locales.
func autonym(tag string) string {
	if name, ok := autonyms.Load(tag); ok {
		return name.(string)
	}
	name := tag
	if t, err := locale.Parse(tag); err == nil {
		if n := display.Self.Name(t); n != "" {
			r, size := utf8.DecodeRuneInString(n)
			name = string(unicode.ToUpper(r)) + n[size:]
		}
	}
	autonyms.Store(tag, name)
	return name
}

var autonyms sync.Map // tag → autonym

// pageTexts are the few words a page says itself, in the languages
// terjime publishes in; English stands in for the others (and the page
// marks it with lang).
type pageTexts struct {
	lang      string
	languages string // the switcher's label for screen readers
	gaps      string // the note over an edition with marked gaps
}

var pageTextsByLang = map[string]pageTexts{
	"en": {"en", "Languages", "Part of this article is not translated yet: those passages appear in the original language."},
	"ru": {"ru", "Языки", "Часть материала ещё не переведена: эти фрагменты приводятся на языке оригинала."},
	"tk": {"tk", "Diller", "Makalanyň käbir bölekleri heniz terjime edilmedi: olar asyl dilde berilýär."},
}

func pageText(tag string) pageTexts {
	if t, ok := pageTextsByLang[locale.Base(tag)]; ok {
		return t
	}
	return pageTextsByLang["en"]
}
