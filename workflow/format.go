package workflow

import (
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/htmldoc"
	"github.com/terjime/terjime/workflow/markdown"
	"github.com/terjime/terjime/workflow/segment"
)

// The formats of source documents.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// SourceFormat is the document's format: its format key, or what its
// extension says (.md and .markdown are Markdown, .html and .htm HTML,
// anything else plain text).
func (d Document) SourceFormat() string {
	if d.Format != "" {
		return d.Format
	}
	switch strings.ToLower(filepath.Ext(d.Source)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return FormatText
}

// ParseSourceFormat reads the name of a source document's format as build
// reads an edition's (edition.ParseFormat: markdown or md, html, text or
// txt, in any case) and returns it as one of the Format constants.
func ParseSourceFormat(s string) (string, error) {
	f, err := edition.ParseFormat(s)
	if err != nil {
		return "", err
	}
	return f.String(), nil
}

// checkFormat reads the document's format key into its canonical name and
// reports a format or protected syntax that cannot work.
func (d *Document) checkFormat() error {
	if d.Format != "" {
		f, err := ParseSourceFormat(d.Format)
		if err != nil {
			return err
		}
		d.Format = f
	}
	_, err := d.protect()
	return err
}

// protect compiles the document's protected syntax.
func (d Document) protect() ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, p := range d.Protect {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("protect %q is not a regular expression: %w", p, err)
		}
		if re.MatchString("") {
			return nil, fmt.Errorf("protect %q matches empty text", p)
		}
		out = append(out, re)
	}
	return out, nil
}

// marked reads a Markdown or HTML document into its source catalog.
func marked(d Document, format, path string, text Text, opt segment.Options) (*catalog.Catalog, error) {
	lead, n, segs, err := markedSegments(d, format, path, text, opt)
	if err != nil {
		return nil, err
	}
	c := &catalog.Catalog{
		Document: d.Name, Format: format, Encoding: text.Encoding, BOM: text.BOM, Lead: lead,
		Segments: make([]catalog.Segment, n),
	}
	var nested []int // the nested segments, whose containers' IDs come after identifying
	for i, s := range segs {
		c.Segments[i] = catalog.Segment{
			Source: s.Text, State: catalog.Final, Codes: s.Codes,
			Kind: s.Kind, Block: s.Block, Sep: s.Sep, At: s.At,
		}
		if s.In != 0 {
			nested = append(nested, i, s.In-1)
		}
	}
	catalog.IdentifySegments(c.Segments)
	for k := 0; k < len(nested); k += 2 {
		c.Segments[nested[k]].In = c.Segments[nested[k+1]].ID
	}
	return c, nil
}

// markedSegments cuts a Markdown or HTML document into its segments: the
// text before the first, how many there are, and the segments in order.
func markedSegments(d Document, format, path string, text Text, opt segment.Options) (string, int, iter.Seq2[int, blocks.Segment], error) {
	protect, err := d.protect()
	if err != nil {
		return "", 0, nil, err
	}
	var lead string
	var n int
	var segs iter.Seq2[int, blocks.Segment]
	switch format {
	case FormatMarkdown:
		// Cut as read: a long document is never held as blocks.
		cu := blocks.NewCutter(text.Body, opt)
		err = markdown.Walk(text.Body, markdown.Options{FrontMatter: d.FrontMatter, Attributes: d.Attributes, Protect: protect}, cu.Add)
		n = cu.Len()
		lead, segs = cu.FinishAll()
	case FormatHTML:
		var all []blocks.Segment
		lead, all = blocks.Cut(htmldoc.Read(text.Body, htmldoc.Options{Attributes: d.Attributes, Protect: protect}), opt)
		n, segs = len(all), slices.All(all)
	}
	var le *markdown.Error
	if errors.As(err, &le) {
		return "", 0, nil, input.Errorf(path, le.Line, "%s", le.Msg)
	}
	if err != nil {
		return "", 0, nil, fmt.Errorf("%s: %w", path, err)
	}
	return lead, n, segs, nil
}

// editionFile is one file of an edition.
type editionFile struct {
	format edition.Format
	path   string
}

// editionFiles lists the files of document d's edition in locale: one per
// format the document renders in, under out as <locale>/<document>.<ext>;
// or, for a Markdown document in the hugo layout, where Hugo looks for the
// translation (none for the source locale, whose edition is the source).
func (p *Project) editionFiles(out string, d Document, locale string, formats []edition.Format) []editionFile {
	var files []editionFile
	for _, f := range edition.SourceFormats(d.SourceFormat()) {
		if !slices.Contains(formats, f) {
			continue
		}
		path := filepath.Join(out, locale, d.Name+"."+f.Ext())
		if p.Build.Layout == "hugo" && f == edition.Markdown && d.SourceFormat() == FormatMarkdown {
			if locale == p.SourceLocale {
				continue
			}
			path = p.Path(hugoPath(d.Source, p.SourceLocale, locale))
		}
		files = append(files, editionFile{f, path})
	}
	return files
}

// hugoPath is where Hugo reads the translation of source into locale: the
// same path under the locale's content directory when a directory of the
// path is the source locale (content/en/news/a.md → content/ru/news/a.md),
// else a.ru.md beside a.md (or a.en.md).
func hugoPath(source, srcLocale, locale string) string {
	parts := strings.Split(filepath.ToSlash(source), "/")
	for i := len(parts) - 2; i >= 0; i-- {
		if parts[i] == srcLocale {
			parts[i] = locale
			return filepath.FromSlash(strings.Join(parts, "/"))
		}
	}
	dir, base := filepath.Split(source)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(strings.TrimSuffix(base, ext), "."+srcLocale)
	return filepath.Join(dir, stem+"."+locale+ext)
}

// linkRewriter returns the rewriting of internal links for an edition in
// locale: link destinations in Markdown ("](/en/", "]: /en/") and HTML
// (href="/en/") that start with the source locale's form of Links get the
// locale's. Nil without [build] links or for the source locale.
func (c BuildCfg) linkRewriter(srcLocale, locale string) func(string) string {
	if c.Links == "" || locale == srcLocale {
		return nil
	}
	from := strings.ReplaceAll(c.Links, "{locale}", srcLocale)
	to := strings.ReplaceAll(c.Links, "{locale}", locale)
	var pairs []string
	for _, pre := range []string{"](", "]: ", `href="`, `href='`} {
		pairs = append(pairs, pre+from, pre+to)
	}
	r := strings.NewReplacer(pairs...)
	return r.Replace
}
