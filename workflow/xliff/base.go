package xliff

import (
	"encoding/xml"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// Namespaces of the XLIFF 2.0 modules terjime writes or reads: Metadata
// holds each segment's base, Change Tracking may name who changed a
// target.
const (
	nsMDA = "urn:oasis:names:tc:xliff:metadata:2.0"
	nsCTR = "urn:oasis:names:tc:xliff:changetracking:2.0"
)

// The metadata terjime writes for each segment of a unit (XLIFF 2.0), in
// a metaGroup of category catBase: the segment, what the export wrote of
// its target (catalog.Base) and who changed that target last, and when.
const (
	catBase       = "terjime:base"
	metaSegment   = "segment"
	metaBase      = "base"
	metaChangedBy = "changed-by"
	metaChangedAt = "changed-at"
)

// writeBase20 writes the unit's <mda:metadata>: per segment, its base and
// who last changed the target. It comes first in the unit, where XLIFF
// puts modules; CAT tools keep it.
func writeBase20(o *out, doc string, u unit) {
	first := true
	meta := func(typ, value string) {
		o.Raw("          <mda:meta")
		o.attr("type", typ)
		o.Raw(">")
		o.text(value)
		o.Raw("</mda:meta>\n")
	}
	for _, p := range u.parts {
		if p.kind != segPart {
			continue
		}
		s := p.seg
		if first {
			o.Raw("      <mda:metadata")
			o.attr("xmlns:mda", nsMDA)
			o.Raw(">\n")
			first = false
		}
		o.at(doc, "segment", s.ID)
		o.Raw("        <mda:metaGroup")
		o.attr("category", catBase)
		o.attr("appliesTo", "target")
		o.Raw(">\n")
		meta(metaSegment, s.ID)
		meta(metaBase, catalog.BaseOf(s).String())
		if s.ChangedBy != "" {
			meta(metaChangedBy, s.ChangedBy)
		}
		if s.ChangedAt != "" {
			meta(metaChangedAt, s.ChangedAt)
		}
		o.Raw("        </mda:metaGroup>\n")
	}
	if !first {
		o.Raw("      </mda:metadata>\n")
	}
}

// segMeta is what a unit's modules say about one of its segments.
type segMeta struct {
	line      int
	base      string
	changedBy string
	changedAt string
}

// module reads an extension element of a unit: terjime's metadata and
// Change Tracking revisions of targets are kept in metas (by segment ID);
// anything else is skipped.
func (st *r20) module(se xml.StartElement, metas *map[string]*segMeta) error {
	isMDA := se.Name.Space == nsMDA && se.Name.Local == "metadata"
	isCTR := se.Name.Space == nsCTR && se.Name.Local == "changeTrack"
	if !isMDA && !isCTR {
		return st.skip()
	}
	if *metas == nil {
		*metas = map[string]*segMeta{}
	}
	if isMDA {
		return st.metadata(*metas)
	}
	return st.changeTrack(*metas)
}

func (st *r20) metadata(metas map[string]*segMeta) error {
	var group func(se xml.StartElement) error
	group = func(se xml.StartElement) error {
		line := 0 // of the base
		vals := map[string]string{}
		err := st.dec.Children(func(ch xml.StartElement) error {
			switch {
			case ch.Name.Space == nsMDA && ch.Name.Local == "metaGroup":
				return group(ch)
			case ch.Name.Space == nsMDA && ch.Name.Local == "meta":
				typ := xmlsafe.Attr(ch, "type")
				if typ == metaBase {
					line = st.line()
				}
				v, err := st.textOnly(ch)
				vals[typ] = v
				return err
			}
			return st.skip()
		}, nil)
		if err != nil || xmlsafe.Attr(se, "category") != catBase || vals[metaSegment] == "" {
			return err
		}
		m := metaOf(metas, vals[metaSegment])
		m.line, m.base = line, vals[metaBase]
		return nil
	}
	return st.dec.Children(func(ch xml.StartElement) error {
		if ch.Name.Space == nsMDA && ch.Name.Local == "metaGroup" {
			return group(ch)
		}
		return st.skip()
	}, nil)
}

// changeTrack reads Change Tracking revisions of segment targets: the
// current version's author and time, or else the latest revision's.
func (st *r20) changeTrack(metas map[string]*segMeta) error {
	return st.dec.Children(func(revs xml.StartElement) error {
		if revs.Name.Space != nsCTR || revs.Name.Local != "revisions" || xmlsafe.Attr(revs, "appliesTo") != "target" {
			return st.skip()
		}
		ref, current := xmlsafe.Attr(revs, "ref"), xmlsafe.Attr(revs, "currentVersion")
		var by, at string
		picked := false
		err := st.dec.Children(func(rev xml.StartElement) error {
			if rev.Name.Space == nsCTR && rev.Name.Local == "revision" {
				a, d := xmlsafe.Attr(rev, "author"), xmlsafe.Attr(rev, "datetime")
				switch {
				case picked:
				case current != "" && xmlsafe.Attr(rev, "version") == current:
					by, at, picked = a, d, true
				case current == "" && (at == "" || catalog.Later(d, at)):
					by, at = a, d
				}
			}
			return st.skip()
		}, nil)
		if err == nil && ref != "" && (by != "" || at != "") {
			m := metaOf(metas, ref)
			m.changedBy = by
			if t, ok := catalog.ParseTime(at); ok {
				m.changedAt = catalog.FormatTime(t)
			}
		}
		return err
	}, nil)
}

func metaOf(metas map[string]*segMeta, id string) *segMeta {
	m := metas[id]
	if m == nil {
		m = &segMeta{}
		metas[id] = m
	}
	return m
}

// attachMeta gives the unit's segments their base and translator.
func (st *r20) attachMeta(segs []catalog.Unit, metas map[string]*segMeta) error {
	for i := range segs {
		m := metas[segs[i].ID]
		if m == nil {
			continue
		}
		if m.base != "" {
			b, err := catalog.ParseBase(m.base)
			if err != nil {
				return input.Errorf(st.name, m.line, "segment %s: %v", segs[i].ID, err)
			}
			segs[i].Base = b
		}
		segs[i].ChangedBy, segs[i].ChangedAt = m.changedBy, m.changedAt
	}
	return nil
}

// textOnly reads an element that holds text only.
func (st *r20) textOnly(se xml.StartElement) (string, error) {
	var b []byte
	err := st.dec.Children(func(ch xml.StartElement) error {
		return st.errorf("<%s> is not allowed in <%s>: only text", ch.Name.Local, se.Name.Local)
	}, func(cd xml.CharData) { b = append(b, cd...) })
	return string(b), err
}
