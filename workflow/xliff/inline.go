package xliff

import (
	"strconv"
	"strings"

	"github.com/terjime/terjime/workflow/markup"
)

// Inline codes (package markup) travel as XLIFF's own: in 2.0 a paired code
// is <pc>, a standalone one <ph>, their markup in the unit's
// <originalData>; in 1.2 they are <g> and <x/>. Code N of the k-th segment
// of a unit has the id "k-N", unique in the unit as XLIFF wants, and the
// reader takes N back from the id's last number, whatever the prefix, so a
// tool that renumbers segments keeps the codes.

// codeID is the XLIFF id of code n of the k-th segment of a unit.
func codeID(k, n int) string { return strconv.Itoa(k) + "-" + strconv.Itoa(n) }

// codeNumber reads N back from an id written by codeID (or a bare "N").
func codeNumber(id string) (int, bool) {
	i := strings.LastIndexFunc(id, func(r rune) bool { return r < '0' || r > '9' })
	n, err := strconv.Atoi(id[i+1:])
	return n, err == nil && n > 0 && n <= markup.MaxID
}

// hasCodes reports whether the part's segment is written with codes: its
// source has codes and the target catalog's copy of the source is the
// source catalog's (otherwise the codes' markup belongs to another text).
func (p part) hasCodes() bool { return len(p.codes) > 0 && p.seg.Source == p.src }

// codesOK reports whether a target's codes can be written as XLIFF
// elements: each of the source's once, properly nested. A target that
// breaks them is left out of the file (the catalog keeps it, and terjime
// check reports it).
func (p part) codesOK(target string) bool {
	return !p.hasCodes() || len(markup.Check(p.src, target)) == 0
}

// inline writes a segment's text, each code through tag; without codes
// the text is written as it is.
func (o *out) inline(text string, codes bool, tag func(markup.Token)) {
	if !codes {
		o.text(text)
		return
	}
	for _, t := range markup.Tokens(text) {
		if t.Kind == markup.Text {
			o.text(t.Text)
		} else {
			tag(t)
		}
	}
}

// inline20 writes a segment's text with its codes as XLIFF 2.0 elements.
func (o *out) inline20(text string, k int, codes bool) {
	o.inline(text, codes, func(t markup.Token) {
		switch t.Kind {
		case markup.Open:
			o.Raw("<pc")
			o.attr("id", codeID(k, t.ID))
			o.attr("dataRefStart", "d"+codeID(k, t.ID))
			o.attr("dataRefEnd", "d"+codeID(k, t.ID)+"e")
			o.Raw(">")
		case markup.Close:
			o.Raw("</pc>")
		default:
			o.Raw("<ph")
			o.attr("id", codeID(k, t.ID))
			o.attr("dataRef", "d"+codeID(k, t.ID))
			o.Raw("/>")
		}
	})
}

// originalData20 writes the unit's <originalData>: the markup of every
// code of its segments; nothing when they have none.
func (o *out) originalData20(parts []part) {
	started := false
	k := 0
	for _, p := range parts {
		if p.kind != segPart {
			continue
		}
		k++
		if !p.hasCodes() {
			continue
		}
		i := 0
		for _, t := range markup.Tokens(p.src) {
			if t.Kind == markup.Text || i >= len(p.codes) {
				continue
			}
			if !started {
				o.Raw("      <originalData>\n")
				started = true
			}
			id := "d" + codeID(k, t.ID)
			if t.Kind == markup.Close {
				id += "e"
			}
			o.Raw("        <data")
			o.attr("id", id)
			o.Raw(">")
			o.text(p.codes[i])
			o.Raw("</data>\n")
			i++
		}
	}
	if started {
		o.Raw("      </originalData>\n")
	}
}

// inline12 writes a segment's text with its codes as XLIFF 1.2's <g> and
// <x/>.
func (o *out) inline12(text string, k int, codes bool) {
	o.inline(text, codes, func(t markup.Token) {
		switch t.Kind {
		case markup.Open:
			o.Raw("<g")
			o.attr("id", codeID(k, t.ID))
			o.Raw(">")
		case markup.Close:
			o.Raw("</g>")
		default:
			o.Raw("<x")
			o.attr("id", codeID(k, t.ID))
			o.Raw("/>")
		}
	})
}
