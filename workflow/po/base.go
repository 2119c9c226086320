package po

import (
	"bufio"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
)

// basePrefix starts the extracted comment that records an entry's base:
// the hash and state of the target the export wrote ("#. terjime-base:
// 3f0c9a1b2d4e reviewed"). PO editors keep extracted comments and show
// them to the translator; msgfmt ignores them.
const basePrefix = "terjime-base:"

func writeBase(w *bufio.Writer, s *catalog.Segment) {
	w.WriteString("#. " + basePrefix + " ")
	w.WriteString(catalog.BaseOf(s).String())
	w.WriteByte('\n')
}

// extracted reads an extracted comment (the text after "#."): the base, or
// terjime's glossary hints and anything else, which are not merged.
func (p *parser) extracted(c string) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(c), basePrefix)
	if !ok {
		return
	}
	b, err := catalog.ParseBase(rest)
	if err != nil {
		p.errorf(p.line, "%v", err)
		return
	}
	p.cur.base = b
}

// translator reads the header's Last-Translator and PO-Revision-Date,
// which a PO editor fills in on saving, leaving out the e-mail address
// and the template's placeholders.
func (p *parser) translator(key, v string) {
	switch key {
	case "last-translator":
		name, _, _ := strings.Cut(v, "<")
		if name = strings.TrimSpace(name); name != "FULL NAME" {
			p.by = name
		}
	case "po-revision-date":
		if t, ok := catalog.ParseTime(v); ok {
			p.at = catalog.FormatTime(t)
		}
	}
}
