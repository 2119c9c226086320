package xliff

import (
	"encoding/xml"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// XLIFF 1.2 target states, and what each means for terjime; x- values are
// a tool's own and say nothing terjime knows.
var states12In = map[string]catalog.State{
	"new":                      catalog.Untranslated,
	"needs-translation":        catalog.Untranslated,
	"needs-adaptation":         catalog.Untranslated,
	"needs-l10n":               catalog.Untranslated,
	"needs-review-translation": catalog.Outdated,
	"needs-review-adaptation":  catalog.Outdated,
	"needs-review-l10n":        catalog.Outdated,
	"translated":               catalog.Translated,
	"signed-off":               catalog.Reviewed,
	"final":                    catalog.Final,
}

type r12 struct {
	*reader
	x            *catalog.Exchange
	ns           string
	file         string
	ids, groups  map[string]bool
	documentSeen map[string]int
	phases       map[string]phase // of the current file, by name
}

func (r *reader) read12(root xml.StartElement) (*catalog.Exchange, error) {
	st := &r12{reader: r, x: &catalog.Exchange{Format: "xliff12"}, ns: root.Name.Space, documentSeen: map[string]int{}}
	n := 0
	err := r.dec.Children(func(se xml.StartElement) error {
		if !st.is(se, "file") {
			return r.errorf("<%s> is not allowed in <xliff>: only <file>", se.Name.Local)
		}
		n++
		return st.readFile(se)
	}, nil)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, r.errorf("<xliff> has no <file>")
	}
	return st.x, nil
}

func (st *r12) is(se xml.StartElement, names ...string) bool {
	if se.Name.Space != st.ns {
		return false
	}
	for _, n := range names {
		if se.Name.Local == n {
			return true
		}
	}
	return false
}

func (st *r12) required(se xml.StartElement, names ...string) error {
	for _, n := range names {
		if xmlsafe.Attr(se, n) == "" {
			return st.errorf("<%s> lacks the required attribute %q", se.Name.Local, n)
		}
	}
	return nil
}

func (st *r12) yesNo(se xml.StartElement, names ...string) error {
	for _, n := range names {
		if v := xmlsafe.Attr(se, n); v != "" && v != "yes" && v != "no" {
			return st.errorf("<%s %s=%q>: want yes or no", se.Name.Local, n, v)
		}
	}
	return nil
}

func (st *r12) readFile(se xml.StartElement) error {
	if err := st.required(se, "original", "source-language", "datatype"); err != nil {
		return err
	}
	st.file = xmlsafe.Attr(se, "original")
	src, tgt := xmlsafe.Attr(se, "source-language"), xmlsafe.Attr(se, "target-language")
	// A locale already set comes from an earlier file.
	if st.x.SourceLocale != "" && !strings.EqualFold(src, st.x.SourceLocale) {
		return st.errorf("<file source-language=%q>: an earlier file is in %q; terjime reads one language pair per file", src, st.x.SourceLocale)
	}
	if st.x.TargetLocale != "" && tgt != "" && !strings.EqualFold(tgt, st.x.TargetLocale) {
		return st.errorf("<file target-language=%q>: an earlier file is in %q; terjime reads one language pair per file", tgt, st.x.TargetLocale)
	}
	if line, dup := st.documentSeen[st.file]; dup {
		return st.errorf("<file original=%q>: the document is also the file at line %d", st.file, line)
	}
	st.documentSeen[st.file] = st.line()
	st.x.SourceLocale = src
	if tgt != "" {
		st.x.TargetLocale = tgt
	}
	st.ids, st.groups, st.phases = map[string]bool{}, map[string]bool{}, nil
	var o order
	body := false
	err := st.dec.Children(func(ch xml.StartElement) error {
		switch {
		case st.is(ch, "header") && o.at(0, true):
			return st.header()
		case st.is(ch, "body") && o.at(1, true):
			body = true
			return st.container(ch, true)
		}
		return st.errorf("<%s> is out of place in <file> (the order is header?, body)", ch.Name.Local)
	}, nil)
	if err == nil && !body {
		err = st.errorf("<file original=%q> has no <body>", st.file)
	}
	return err
}

func (st *r12) skip() error { return st.dec.Skip() }

// container reads a <body> or <group>: groups, trans-units and bin-units.
func (st *r12) container(se xml.StartElement, translate bool) error {
	if v := xmlsafe.Attr(se, "translate"); v != "" {
		translate = v == "yes"
	}
	if err := st.yesNo(se, "translate"); err != nil {
		return err
	}
	return st.dec.Children(func(ch xml.StartElement) error {
		switch {
		case st.is(ch, "group"):
			if id := xmlsafe.Attr(ch, "id"); id != "" {
				if st.groups[id] {
					return st.errorf("<group id=%q>: the id is used by another group of the file", id)
				}
				st.groups[id] = true
			}
			return st.container(ch, translate)
		case st.is(ch, "trans-unit"):
			return st.transUnit(ch, translate)
		case st.is(ch, "bin-unit"):
			if err := st.claim(ch); err != nil {
				return err
			}
			return st.skip()
		case se.Name.Local == "group" && st.is(ch, "context-group", "count-group", "note", "prop-group"):
			return st.skip()
		case se.Name.Local == "group" && ch.Name.Space != st.ns && ch.Name.Space != "":
			return st.skip() // an extension
		}
		return st.errorf("<%s> is not allowed in <%s>", ch.Name.Local, se.Name.Local)
	}, nil)
}

// claim records a unit id, unique within its file.
func (st *r12) claim(se xml.StartElement) error {
	if err := st.required(se, "id"); err != nil {
		return err
	}
	id := xmlsafe.Attr(se, "id")
	if st.ids[id] {
		return st.errorf("<%s id=%q>: the id is used by another unit of file %q", se.Name.Local, id, st.file)
	}
	st.ids[id] = true
	return nil
}

func (st *r12) transUnit(se xml.StartElement, translate bool) error {
	if err := st.claim(se); err != nil {
		return err
	}
	if err := st.yesNo(se, "approved", "translate"); err != nil {
		return err
	}
	if v := xmlsafe.Attr(se, "translate"); v != "" {
		translate = v == "yes"
	}
	u := catalog.Unit{Document: st.file, ID: xmlsafe.Attr(se, "id"), Line: st.line()}
	var state, phaseName string
	hasSrc, hasTgt := false, false
	var notes []string
	var o order
	err := st.dec.Children(func(ch xml.StartElement) error {
		var ok bool
		switch {
		case st.is(ch, "source"):
			if ok = o.at(0, true); ok {
				hasSrc = true
				var err error
				u.Source, err = st.text(ch)
				return err
			}
		case st.is(ch, "seg-source"):
			if ok = o.at(1, true); ok {
				return st.skip()
			}
		case st.is(ch, "target"):
			if ok = o.at(2, true); ok {
				hasTgt = true
				state, phaseName = xmlsafe.Attr(ch, "state"), xmlsafe.Attr(ch, "phase-name")
				if _, known := states12In[state]; !known && state != "" && !strings.HasPrefix(state, "x-") {
					return st.errorf("<target state=%q>: not an XLIFF 1.2 state", state)
				}
				var err error
				u.Target, err = st.text(ch)
				return err
			}
		case st.is(ch, "note"):
			if ok = o.at(3, false); ok {
				from := xmlsafe.Attr(ch, "from")
				text, err := st.text(ch)
				switch from {
				case catNote:
					notes = append([]string{text}, notes...)
				case catTerms, catIn:
				default:
					notes = append(notes, text)
				}
				return err
			}
		case st.is(ch, "alt-trans"):
			if ok = o.at(3, false); ok {
				return st.altTrans(ch, &u)
			}
		case st.is(ch, "context-group"):
			if ok = o.at(3, false); ok {
				return st.contextGroup(&u)
			}
		case st.is(ch, "count-group", "prop-group"):
			if ok = o.at(3, false); ok {
				return st.skip()
			}
		case ch.Name.Space != st.ns && ch.Name.Space != "":
			if ok = o.at(4, false); ok {
				return st.skip()
			}
		default:
			return st.errorf("<%s> is not allowed in <trans-unit>", ch.Name.Local)
		}
		return st.errorf("<%s> is out of place in <trans-unit> (the order is source, seg-source?, target?, then notes, alt-trans, context)", ch.Name.Local)
	}, nil)
	if err != nil {
		return err
	}
	if !hasSrc {
		return input.Errorf(st.name, u.Line, "<trans-unit id=%q> has no <source>", u.ID)
	}
	if !translate {
		return nil
	}
	u.Note = strings.Join(notes, "\n")
	if p, ok := st.phases[phaseName]; ok && phaseName != "" {
		u.ChangedBy, u.ChangedAt = p.by, p.at
	}
	if (state == "new" || state == "needs-translation") && u.Target == u.Source {
		// A placeholder, not a translation: the source copied into the
		// target by the export or by a CAT tool. A new target with other
		// text is a translator's work in a tool that leaves the state as
		// it was (OmegaT): kept, as a draft (state12).
		u.Target = ""
	}
	u.State, u.StateSet = state12(state, xmlsafe.Attr(se, "approved"), hasTgt && u.Target != "")
	st.x.Units = append(st.x.Units, u)
	return nil
}

// state12 maps a target's state and the unit's approved flag to terjime's
// state. approved="yes" is the 1.2 way to say "final" (tools such as
// Virtaal set nothing else); approved="no" on a target without a state is
// how translate-toolkit marks it fuzzy. A target with neither says nothing
// (StateSet false): the merge decides from the target.
func state12(state, approved string, target bool) (catalog.State, bool) {
	if !target {
		return catalog.Untranslated, true
	}
	s, known := states12In[state]
	switch {
	case known && s < catalog.Translated:
		return catalog.Outdated, true // a target the tool says is not done
	case approved == "yes":
		return catalog.Final, true
	case known:
		return s, true
	case approved == "no":
		return catalog.Outdated, true
	}
	return catalog.Translated, false
}

func (st *r12) altTrans(se xml.StartElement, u *catalog.Unit) error {
	previous := xmlsafe.Attr(se, "alttranstype") == "previous-version"
	return st.dec.Children(func(ch xml.StartElement) error {
		if previous && st.is(ch, "source") {
			var err error
			u.PreviousSource, err = st.text(ch)
			return err
		}
		return st.skip()
	}, nil)
}

// text reads the text of a <source>, <target> or <note>: the text of <g>
// and <mrk> is the segment's; the content of <ph>, <bpt>, <ept>, <it> is
// native code, and <x>, <bx>, <ex> are empty.
func (st *r12) text(se xml.StartElement) (string, error) {
	var b strings.Builder
	var read func(parent string) error
	read = func(parent string) error {
		return st.dec.Children(func(ch xml.StartElement) error {
			switch {
			case parent == "note":
				return st.errorf("<%s> is not allowed in <note>: only text", ch.Name.Local)
			case st.is(ch, "g") && parent != "note":
				// An inline code of terjime's (package markup) comes back
				// in its notation; another tool's is dropped.
				n, ok := codeNumber(xmlsafe.Attr(ch, "id"))
				if ok {
					b.WriteString(markup.Tag(markup.Open, n))
				}
				if err := read("g"); err != nil {
					return err
				}
				if ok {
					b.WriteString(markup.Tag(markup.Close, n))
				}
				return nil
			case st.is(ch, "x"):
				if n, ok := codeNumber(xmlsafe.Attr(ch, "id")); ok {
					b.WriteString(markup.Tag(markup.Standalone, n))
				}
				return st.skip()
			case st.is(ch, "mrk"):
				return read(ch.Name.Local)
			case st.is(ch, "bx", "ex", "ph", "bpt", "ept", "it"):
				return st.skip()
			}
			return st.errorf("<%s> is not allowed in <%s>", ch.Name.Local, parent)
		}, func(cd xml.CharData) { b.Write(cd) })
	}
	err := read(se.Name.Local)
	return b.String(), err
}
