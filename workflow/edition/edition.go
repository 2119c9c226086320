package edition

import (
	"fmt"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
)

// Fallback says how a segment without a done translation is shown.
type Fallback int

const (
	// FallbackSource shows the source text, in the source language.
	FallbackSource Fallback = iota
	// FallbackMark shows the source text marked as untranslated: "[en] …"
	// in text and Markdown, <span lang="en" class="untranslated"> in HTML.
	FallbackMark
)

// ParseFallback reads a --fallback value: source or mark.
func ParseFallback(s string) (Fallback, error) {
	switch s {
	case "source":
		return FallbackSource, nil
	case "mark":
		return FallbackMark, nil
	}
	return 0, fmt.Errorf("unknown fallback %q (want source or mark)", s)
}

func (f Fallback) String() string {
	if f == FallbackMark {
		return "mark"
	}
	return "source"
}

// Link is another edition of the same document, for hreflang.
type Link struct {
	Locale string // BCP 47 tag: hreflang
	Href   string
}

// Options shape the rendered edition.
type Options struct {
	// Fallback says how gaps are shown.
	Fallback Fallback
	// Key is the translation key shared by the editions of a document
	// (Hugo's translationKey); the document name when empty.
	Key string
	// Alternates are the HTML editions of the document, this one included
	// (search engines want the self-reference), for <link rel="alternate"
	// hreflang>.
	Alternates []Link
	// Default is the href of the x-default alternate (the source edition);
	// none when empty.
	Default string
	// Canonical is this edition's own address; no rel=canonical when empty.
	Canonical string
	// DateStyle is the form of the date line (Turkmen has two).
	DateStyle DateStyle
	// Links rewrites link addresses in the markup of a Markdown or HTML
	// document's edition (internal links to the source locale's pages
	// pointing to this locale's); none when nil.
	Links func(string) string
	// ByPath says that the editions of a Markdown document stand where Hugo
	// pairs translations by their path (content/<locale>/…): a target
	// edition then gets no translationKey of its own, which would part it
	// from a source that has none.
	ByPath bool
}

// Part is one segment of an edition, in document order.
type Part struct {
	ID    string
	Kind  string // date, title, heading, paragraph, item
	Block int
	// Text is what the edition shows: the translation, or the source text
	// for the source locale, a verbatim segment or a gap.
	Text string
	// Sep is the text between this part and the next in the text edition.
	Sep string
	// Untranslated marks a gap: Text is the source text.
	Untranslated bool
	// Codes are the markup of the inline codes in Text (package markup),
	// from the source catalog; none in plain-text documents.
	Codes []string
	// Source is the segment's source in notation, which Codes belong to.
	Source string
	// In and At place a value nested in another part's codes (a link's
	// title): the container's ID, and where the value starts in the
	// container's markup as the source has it (catalog.Segment).
	In string
	At int
}

// Gap is a segment the edition shows in the source language because its
// translation is missing, empty or not done (an outdated one is not done).
type Gap struct {
	ID     string
	Source string
	State  catalog.State
	// Line is where the segment stands in the target catalog; 0 when the
	// catalog has no entry for it (run terjime segment).
	Line int
}

// Edition is one document in one locale, ready to render.
type Edition struct {
	Document     string
	Locale       string
	SourceLocale string
	// Date is the date of the date line; zero when there is none or it is
	// not a date ParseDate knows.
	Date Date
	// Parts are the segments as the edition shows them, for reading:
	// rendering uses what Assemble made of them.
	Parts []Part
	// Gaps are the segments shown in the source language, in document order.
	Gaps []Gap
	// Total is the number of translatable segments (the date is not one).
	Total int

	bom  bool
	lead string
	// encoding is the legacy encoding the article was read in (the
	// source catalog's), "" for UTF-8.
	encoding string
	// format is the source document's format (markdown, html), empty for
	// plain text: such an edition renders as the source's skeleton with the
	// translations in place (Marked).
	format string
	// elems are the Markdown and HTML elements, made once by Assemble
	// for both formats.
	elems []element
	// opts are set for one rendering (with).
	opts Options
}

// with returns a shallow copy of e that renders with o.
func (e *Edition) with(o Options) *Edition {
	c := *e
	c.opts = o
	if c.opts.Key == "" {
		c.opts.Key = e.Document
	}
	return &c
}

// Assemble builds the edition of src's document in tgt's locale. With a nil
// tgt it builds the source locale's edition. tgt must be a catalog of the
// same document with the same source locale.
func Assemble(src, tgt *catalog.Catalog) (*Edition, error) {
	if !src.IsSource() {
		return nil, fmt.Errorf("%s: %s is not a source catalog (locale %s, source locale %s)", src.Document, src.Path, src.Locale, src.SourceLocale)
	}
	e := &Edition{
		Document: src.Document, Locale: src.Locale, SourceLocale: src.Locale,
		bom: src.BOM, lead: src.Lead, format: src.Format, encoding: src.Encoding,
		Parts: make([]Part, len(src.Segments)),
	}
	var index map[string]int
	if tgt != nil {
		if tgt.Document != src.Document || tgt.SourceLocale != src.Locale {
			return nil, fmt.Errorf("%s: the catalog of document %q (source locale %s) does not belong to document %q (source locale %s)",
				tgt.Path, tgt.Document, tgt.SourceLocale, src.Document, src.Locale)
		}
		e.Locale = tgt.Locale
		index = tgt.Index()
	}
	for i, s := range src.Segments {
		p := Part{ID: s.ID, Kind: s.Kind, Block: s.Block, Text: s.Source, Sep: s.Sep, Codes: s.Codes, Source: s.Source, In: s.In, At: s.At}
		if s.Kind == "date" && e.Date.IsZero() {
			e.Date, _ = ParseDate(s.Source)
		}
		if !s.Verbatim {
			e.Total++
		}
		if tgt != nil && !s.Verbatim {
			p.Text, p.Untranslated = e.target(tgt, index, s)
			if p.Sep == "" && s.In == "" && i+1 < len(src.Segments) && src.Segments[i+1].Block == s.Block {
				// The source runs two sentences together
				// ("persons.Representatives"); the translation does not
				// repeat the typo.
				p.Sep = " "
			}
		}
		e.Parts[i] = p
	}
	if e.format == "" {
		e.elems = e.elements()
	}
	return e, nil
}

// target returns the translation of s, or its source and true for a gap.
func (e *Edition) target(tgt *catalog.Catalog, index map[string]int, s catalog.Segment) (string, bool) {
	gap := Gap{ID: s.ID, Source: s.Source}
	if i, ok := index[s.ID]; ok {
		t := &tgt.Segments[i]
		text := strings.TrimSpace(t.Target)
		// A translation whose inline codes do not match the source's cannot
		// be rendered into the document's markup: it is a gap until mended.
		if t.State.Done() && text != "" && (len(s.Codes) == 0 || len(markup.Check(s.Source, text)) == 0) {
			return text, false
		}
		gap.State, gap.Line = t.State, t.Line
	}
	e.Gaps = append(e.Gaps, gap)
	return s.Source, true
}

// Done counts the translatable segments that have a done translation.
func (e *Edition) Done() int { return e.Total - len(e.Gaps) }

// Percent is the share of done segments, 0–100; 100 for an edition with
// nothing to translate.
func (e *Edition) Percent() float64 {
	if e.Total == 0 {
		return 100
	}
	return float64(e.Done()) * 100 / float64(e.Total)
}

// Complete reports whether every segment has a done translation.
func (e *Edition) Complete() bool { return len(e.Gaps) == 0 }

// IsSource reports whether e is the source locale's edition.
func (e *Edition) IsSource() bool { return e.Locale == e.SourceLocale }

// Encoding is the encoding the edition's file in format f is written in,
// "" for UTF-8. Render always gives UTF-8; the caller encodes. The file
// that is the source file byte for byte — the source locale's text
// edition of a plain-text article, its Markdown or HTML edition of a
// Markdown or HTML one — is written in the encoding the article was read
// in (the source catalog's encoding). Every other file is UTF-8: a
// translation holds letters a legacy encoding of the source language
// lacks (Turkmen ň, ş, ý, ž are not in windows-1251), and the HTML and
// Markdown made from a plain-text article declare or assume UTF-8.
func (e *Edition) Encoding(f Format) string {
	if !e.IsSource() || e.format == "" && f != Text {
		return ""
	}
	return e.encoding
}

// Title is the edition's title: the title of the date line, or a heading
// that opens the document, or else the document's name.
func (e *Edition) Title() string {
	if i := e.titleIndex(); i >= 0 {
		return oneLine(e.Parts[i].Text)
	}
	return e.Document
}

// pageTitle is the title a Markdown or HTML page carries: Title, marked
// when it is an untranslated segment shown under FallbackMark.
func (e *Edition) pageTitle() string {
	if i := e.titleIndex(); i >= 0 && e.Parts[i].Untranslated && e.opts.Fallback == FallbackMark {
		return e.marker() + oneLine(e.Parts[i].Text)
	}
	return e.Title()
}

// titleIndex is the index of the part that titles the document: the
// title of the date line, or else a heading that opens the document
// (after the date, if any); -1 if none.
func (e *Edition) titleIndex() int {
	for i, p := range e.Parts {
		if p.Kind == "title" {
			return i
		}
	}
	for i, p := range e.Parts {
		if p.Kind != "date" {
			if p.Kind == "heading" {
				return i
			}
			break
		}
	}
	return -1
}

// dateText is the date as the edition shows it: the locale's form (see
// Date.Format), or the date as written when it cannot be read or the
// language has no date data here.
func (e *Edition) dateText(raw string) string {
	if s, ok := e.Date.Format(e.Locale, e.opts.DateStyle); ok {
		return s
	}
	return raw
}
