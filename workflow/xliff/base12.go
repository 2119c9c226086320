package xliff

import (
	"encoding/xml"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// XLIFF 1.2 has no metadata module: a trans-unit's base and who last
// changed its target go into a context group, which tools keep and show as
// information.
const (
	ctxBase      = "x-terjime-base"
	ctxChangedBy = "x-terjime-changed-by"
	ctxChangedAt = "x-terjime-changed-at"
)

func writeBase12(o *out, s *catalog.Segment) {
	// No name: context-group names are unique in a file; the context
	// types say what the group is.
	o.Raw("          <context-group")
	o.attr("purpose", "information")
	o.Raw(">\n")
	context := func(typ, value string) {
		o.Raw("            <context")
		o.attr("context-type", typ)
		o.Raw(">")
		o.text(value)
		o.Raw("</context>\n")
	}
	context(ctxBase, catalog.BaseOf(s).String())
	if s.ChangedBy != "" {
		context(ctxChangedBy, s.ChangedBy)
	}
	if s.ChangedAt != "" {
		context(ctxChangedAt, s.ChangedAt)
	}
	o.Raw("          </context-group>\n")
}

// contextGroup reads a trans-unit's context group: terjime's base, if it
// holds one.
func (st *r12) contextGroup(u *catalog.Unit) error {
	return st.dec.Children(func(ch xml.StartElement) error {
		if !st.is(ch, "context") || xmlsafe.Attr(ch, "context-type") != ctxBase {
			return st.skip()
		}
		line := st.line()
		v, err := st.text(ch)
		if err != nil {
			return err
		}
		if u.Base, err = catalog.ParseBase(v); err != nil {
			return input.Errorf(st.name, line, "trans-unit %s: %v", u.ID, err)
		}
		return nil
	}, nil)
}

// phase is a 1.2 workflow phase: who did it and when. A target's
// phase-name names the phase that produced it.
type phase struct{ by, at string }

// header reads a file's <header>: its phases, for who translated a
// target.
func (st *r12) header() error {
	return st.dec.Children(func(ch xml.StartElement) error {
		if !st.is(ch, "phase-group") {
			return st.skip()
		}
		return st.dec.Children(func(ph xml.StartElement) error {
			if st.is(ph, "phase") {
				if st.phases == nil {
					st.phases = map[string]phase{}
				}
				p := phase{by: xmlsafe.Attr(ph, "contact-name")}
				if t, ok := catalog.ParseTime(xmlsafe.Attr(ph, "date")); ok {
					p.at = catalog.FormatTime(t)
				}
				st.phases[xmlsafe.Attr(ph, "phase-name")] = p
			}
			return st.skip()
		}, nil)
	}, nil)
}
