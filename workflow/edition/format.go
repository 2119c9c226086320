package edition

import (
	"fmt"
	"strings"
)

// Format is an output format of an edition.
type Format int

// The formats, in the order build writes them.
const (
	Text Format = iota
	Markdown
	HTML
)

// Formats lists every format.
var Formats = []Format{Text, Markdown, HTML}

var formatNames = [...]string{"text", "markdown", "html"}
var formatExts = [...]string{"txt", "md", "html"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("format(%d)", int(f))
	}
	return formatNames[f]
}

// SourceFormats are the formats an edition of a document renders in: its
// own for a Markdown or HTML document, every format for plain text.
func SourceFormats(sourceFormat string) []Format {
	switch sourceFormat {
	case "markdown":
		return []Format{Markdown}
	case "html":
		return []Format{HTML}
	}
	return Formats
}

// Ext is the file name extension of the format, without the dot.
func (f Format) Ext() string { return formatExts[f] }

// ParseFormat reads a format's name or its file name extension, in any
// case: text or txt, markdown or md, html. It is the one reading of format
// names: build's --format, split's and a document's format in terjime.toml.
func ParseFormat(s string) (Format, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, f := range Formats {
		if k == formatNames[f] || k == formatExts[f] {
			return f, nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want text, markdown or html)", s)
}

// Render writes the edition in format f.
func (e *Edition) Render(f Format, o Options) []byte {
	if e.format != "" {
		return e.Marked(o)
	}
	switch f {
	case Markdown:
		return e.Markdown(o)
	case HTML:
		return e.HTML(o)
	}
	return e.Text(o)
}
