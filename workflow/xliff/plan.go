package xliff

import (
	"errors"
	"fmt"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// Options change what Write and Write12 export.
type Options struct {
	// OnlyTodo exports only the segments that need a translator
	// (untranslated and outdated), without the text around them.
	OnlyTodo bool
}

// The unit and note vocabulary terjime writes and reads back.
const (
	catTerms    = "terjime:terms"
	catPrevious = "terjime:previous-source"
	catNote     = "terjime:note"
	catIn       = "terjime:in"
	subOutdated = "terjime:outdated"
)

// A document is one Pair laid out as units.
type document struct {
	name   string
	source string // the source file, for the "original" attribute
	units  []unit
}

// A unit is one block of the document: its segments in order, with the
// text between them that is not translated.
type unit struct {
	id     string
	kind   string
	parts  []part
	hasSeg bool
}

// A part is a translatable segment, a verbatim segment (the date line),
// or the text between two segments of a block.
type part struct {
	kind partKind
	seg  *catalog.Segment // segment: the target side; verbatim: the source side
	text string           // separator text
	// src and codes are the source catalog's text of a segment and the
	// markup of its inline codes (package markup); no codes in plain text.
	src   string
	codes []string
	// in is, for a value nested in another segment's code (a link's
	// title), that segment's text: the sentence the value belongs to.
	in string
}

type partKind int

const (
	segPart partKind = iota
	verbatimPart
	sepPart
)

// layout turns pairs into documents. Each target catalog's segments are
// laid out in the blocks of its source catalog; segments of the target
// catalog that the source catalog lacks (catalogs not yet updated) follow
// in units of their own, so that nothing a translator has is left out.
// Documents with no unit are left out, and interchange.ErrNothing is
// returned when none is left (every segment is done and Options.OnlyTodo
// is set, or there are no documents): an XLIFF file must hold at least one
// unit, so no file is written.
func layout(tgtLocale string, pairs []catalog.Pair, opts Options) ([]document, error) {
	var docs []document
	seen := make(map[string]bool, len(pairs))
	for _, p := range pairs {
		if p.Target == nil {
			return nil, errors.New("xliff: a pair without a target catalog")
		}
		name := p.Target.Document
		if !xmlsafe.IsNMToken(name) {
			return nil, fmt.Errorf("document name %q cannot be an XLIFF id: use letters, digits, '-', '_' and '.'", name)
		}
		if seen[name] {
			return nil, fmt.Errorf("document %q given twice", name)
		}
		seen[name] = true
		if tgtLocale != "" && p.Target.Locale != tgtLocale {
			return nil, fmt.Errorf("document %s: catalog of locale %q in an XLIFF file for %q (XLIFF holds one target language)", name, p.Target.Locale, tgtLocale)
		}
		d := document{name: name}
		if p.Source != nil {
			d.source = p.Source.SourceFile
		}
		d.units = units(p, opts)
		if len(d.units) > 0 {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		return nil, interchange.ErrNothing
	}
	return docs, nil
}

func units(p catalog.Pair, opts Options) []unit {
	var out []unit
	byID := p.Target.Index()
	used := make([]bool, len(p.Target.Segments))
	if p.Source != nil {
		segs := p.Source.Segments
		in := p.Contexts()
		var u *unit
		for i, s := range segs {
			if i == 0 || s.Block != segs[i-1].Block {
				out = append(out, unit{id: fmt.Sprintf("b%d", s.Block), kind: s.Kind})
				u = &out[len(out)-1]
			}
			switch {
			case s.Verbatim:
				if !opts.OnlyTodo {
					u.parts = append(u.parts, part{kind: verbatimPart, seg: &segs[i]})
				}
			default:
				var t *catalog.Segment
				if j, ok := byID[s.ID]; ok {
					t = &p.Target.Segments[j]
					used[j] = true
				} else {
					t = &catalog.Segment{ID: s.ID, Source: s.Source}
				}
				if opts.OnlyTodo && t.Done() {
					continue
				}
				if !u.hasSeg {
					u.kind, u.hasSeg = s.Kind, true // a date line does not name its block
				}
				u.parts = append(u.parts, part{kind: segPart, seg: t, src: s.Source, codes: s.Codes, in: in[s.ID]})
			}
			if !opts.OnlyTodo && s.Sep != "" && i+1 < len(segs) && segs[i+1].Block == s.Block {
				u.parts = append(u.parts, part{kind: sepPart, text: s.Sep})
			}
		}
	}
	for j := range p.Target.Segments {
		t := &p.Target.Segments[j]
		if used[j] || opts.OnlyTodo && t.Done() {
			continue
		}
		out = append(out, unit{id: "s" + t.ID, parts: []part{{kind: segPart, seg: t}}})
	}
	// A unit must hold a segment: drop blocks with nothing to translate
	// (a date line on its own, or only done segments with OnlyTodo).
	keep := out[:0]
	ids := make(map[string]int, len(out))
	for _, u := range out {
		for _, p := range u.parts {
			if p.kind == segPart {
				// Blocks are numbered in document order, so a repeat only
				// comes from a hand-edited source catalog; ids stay unique.
				if ids[u.id]++; ids[u.id] > 1 {
					u.id = fmt.Sprintf("%s-%d", u.id, ids[u.id])
				}
				keep = append(keep, u)
				break
			}
		}
	}
	return keep
}
