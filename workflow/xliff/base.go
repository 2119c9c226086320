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

// The metadata terjime writes in a unit (XLIFF 2.0): a metaGroup of
// category catBase holds a meta per segment, whose type is the segment's
// ID and whose text is its base, what the export wrote of its target
// (catalog.Base); groups catChangedBy and catChangedAt say who last changed
// each target and when, where that is known. One element per segment
// keeps a large file quick to read.
const (
	catBase      = "terjime:base"
	catChangedBy = "terjime:changed-by"
	catChangedAt = "terjime:changed-at"
)

// writeBase20 writes the unit's <mda:metadata>. It comes first in the
// unit, where XLIFF puts modules; CAT tools keep it.
func writeBase20(o *out, doc string, u unit) {
	var segs []*catalog.Segment
	by, at := false, false
	for _, p := range u.parts {
		if p.kind == segPart {
			segs = append(segs, p.seg)
			by, at = by || p.seg.ChangedBy != "", at || p.seg.ChangedAt != ""
		}
	}
	if len(segs) == 0 {
		return
	}
	group := func(category string, value func(*catalog.Segment) string) {
		o.Raw("        <mda:metaGroup")
		o.attr("category", category)
		o.attr("appliesTo", "target")
		o.Raw(">\n")
		for _, s := range segs {
			v := value(s)
			if v == "" {
				continue
			}
			o.at(doc, "segment", s.ID)
			o.Raw("          <mda:meta")
			o.attr("type", s.ID)
			o.Raw(">")
			o.text(v)
			o.Raw("</mda:meta>\n")
		}
		o.Raw("        </mda:metaGroup>\n")
	}
	o.Raw("      <mda:metadata>\n") // the namespace is declared once, on <xliff>
	group(catBase, func(s *catalog.Segment) string { return catalog.BaseOf(s).String() })
	if by {
		group(catChangedBy, func(s *catalog.Segment) string { return s.ChangedBy })
	}
	if at {
		group(catChangedAt, func(s *catalog.Segment) string { return s.ChangedAt })
	}
	o.Raw("      </mda:metadata>\n")
}

// segMeta is what a unit's modules say about one of its segments: its
// base, or who changed its target and when.
type segMeta struct {
	id                   string
	base                 catalog.Base
	changedBy, changedAt string
}

// module reads an extension element of a unit: terjime's metadata and
// Change Tracking revisions of targets go into metas; anything else is
// skipped.
func (st *r20) module(se xml.StartElement, metas *[]segMeta) error {
	switch {
	case se.Name.Space == nsMDA && se.Name.Local == "metadata":
		return st.metadata(metas)
	case se.Name.Space == nsCTR && se.Name.Local == "changeTrack":
		return st.changeTrack(metas)
	}
	return st.skip()
}

// metadata reads the bases of a unit's <mda:metadata>.
func (st *r20) metadata(metas *[]segMeta) error {
	var group func(se xml.StartElement) error
	group = func(se xml.StartElement) error {
		base := xmlsafe.Attr(se, "category") == catBase
		return st.dec.Children(func(ch xml.StartElement) error {
			switch {
			case ch.Name.Space == nsMDA && ch.Name.Local == "metaGroup":
				return group(ch)
			case !base || ch.Name.Space != nsMDA || ch.Name.Local != "meta":
				return st.skip()
			}
			line := st.line()
			id := xmlsafe.Attr(ch, "type")
			st.text = st.text[:0]
			err := st.dec.Children(func(x xml.StartElement) error {
				return st.errorf("<%s> is not allowed in <meta>: only text", x.Name.Local)
			}, func(cd xml.CharData) { st.text = append(st.text, cd...) })
			if err != nil {
				return err
			}
			b, err := catalog.ParseBase(string(st.text))
			if err != nil {
				return input.Errorf(st.name, line, "segment %s: %v", id, err)
			}
			metaOf(metas, id).base = b
			return nil
		}, nil)
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
func (st *r20) changeTrack(metas *[]segMeta) error {
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

// metaOf returns the entry of metas for segment id, added if need be: a
// unit has a handful of segments, so a slice searched is quicker than a map.
func metaOf(metas *[]segMeta, id string) *segMeta {
	for i := range *metas {
		if (*metas)[i].id == id {
			return &(*metas)[i]
		}
	}
	*metas = append(*metas, segMeta{id: id})
	return &(*metas)[len(*metas)-1]
}

// attachMeta gives the unit's segments their base and translator.
func attachMeta(segs []catalog.Unit, metas []segMeta) {
	for _, m := range metas {
		for i := range segs {
			if segs[i].ID == m.id {
				segs[i].Base = m.base
				segs[i].ChangedBy, segs[i].ChangedAt = m.changedBy, m.changedAt
			}
		}
	}
}
