package xliff

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// ctx20 is what XLIFF 2.0 elements inherit from their ancestors.
type ctx20 struct {
	lang      string
	space     string
	translate bool
}

func (c ctx20) inherit(se xml.StartElement) ctx20 {
	if v, ok := xmlAttr(se, "lang"); ok {
		c.lang = v
	}
	if v, ok := xmlAttr(se, "space"); ok {
		c.space = v
	}
	if v := xmlsafe.Attr(se, "translate"); v != "" {
		c.translate = v == "yes"
	}
	return c
}

// order checks that children come in the order of their content model:
// ranks never go down, and a once-only child moves past its own rank.
type order struct{ phase int }

func (o *order) at(rank int, once bool) bool {
	if rank < o.phase {
		return false
	}
	o.phase = rank
	if once {
		o.phase++
	}
	return true
}

type r20 struct {
	*reader
	x                *catalog.Exchange
	srcLang, trgLang string
	files            map[string]bool
	firstTarget      int // line of the first <target>, for a missing trgLang
	file             string
	ids              map[string]bool // group and unit ids of the current file
	notesBuf         []note20        // reused by every <notes>
	metaBuf          []segMeta       // reused by every unit's modules
	text             []byte          // reused for the text of a meta
}

func (r *reader) read20(root xml.StartElement) (*catalog.Exchange, error) {
	if err := r.checkAttrs(root); err != nil {
		return nil, err
	}
	st := &r20{reader: r, x: &catalog.Exchange{Format: "xliff"}, files: map[string]bool{},
		srcLang: xmlsafe.Attr(root, "srcLang"), trgLang: xmlsafe.Attr(root, "trgLang")}
	c := ctx20{space: "default", translate: true}.inherit(root)
	n := 0
	err := r.dec.Children(func(se xml.StartElement) error {
		if se.Name.Space != ns20 || se.Name.Local != "file" {
			return r.errorf("<%s> is not allowed in <xliff>: only <file>", se.Name.Local)
		}
		n++
		return st.readFile(se, c)
	}, nil)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, r.errorf("<xliff> has no <file>")
	}
	if st.firstTarget > 0 && st.trgLang == "" {
		return nil, input.Errorf(r.name, st.firstTarget, "<target> in a document without trgLang on <xliff>")
	}
	st.x.SourceLocale, st.x.TargetLocale = st.srcLang, st.trgLang
	return st.x, nil
}

func (st *r20) misplaced(child, parent, model string) error {
	return st.errorf("<%s> is out of place in <%s> (the order is %s)", child, parent, model)
}

func (st *r20) skip() error { return st.dec.Skip() }

func isExt(se xml.StartElement) bool { return se.Name.Space != ns20 && se.Name.Space != "" }

func isCore(se xml.StartElement, names ...string) bool {
	if se.Name.Space != ns20 {
		return false
	}
	for _, n := range names {
		if se.Name.Local == n {
			return true
		}
	}
	return false
}

func (st *r20) readFile(se xml.StartElement, c ctx20) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	id := xmlsafe.Attr(se, "id")
	if st.files[id] {
		return st.errorf("<file id=%q>: the id is used by an earlier file", id)
	}
	st.files[id] = true
	st.file, st.ids = id, map[string]bool{}
	n, err := st.children("file", c.inherit(se))
	if err != nil {
		return err
	}
	if n == 0 {
		return st.errorf("<file id=%q> has no <unit> or <group>", id)
	}
	return nil
}

// children reads the content of a <file> or <group> and returns how many
// units and groups it holds. The two models differ only in the file's
// skeleton and in a file needing a unit or group, which readFile checks.
func (st *r20) children(el string, c ctx20) (int, error) {
	model := "extensions, notes?, (unit | group)*"
	if el == "file" {
		model = "skeleton?, extensions, notes?, (unit | group)+"
	}
	var o order
	n := 0
	err := st.dec.Children(func(ch xml.StartElement) error {
		var ok bool
		switch {
		case el == "file" && isCore(ch, "skeleton"):
			if ok = o.at(0, true); ok {
				return st.skeleton(ch)
			}
		case isExt(ch):
			if ok = o.at(1, false); ok {
				return st.skip()
			}
		case isCore(ch, "notes"):
			if ok = o.at(2, true); ok {
				_, err := st.notes(ch)
				return err
			}
		case isCore(ch, "unit", "group"):
			if ok = o.at(3, false); ok {
				n++
				if ch.Name.Local == "unit" {
					return st.unit(ch, c)
				}
				return st.group(ch, c)
			}
		default:
			return st.errorf("<%s> is not allowed in <%s>", ch.Name.Local, el)
		}
		return st.misplaced(ch.Name.Local, el, model)
	}, nil)
	return n, err
}

func (st *r20) skeleton(se xml.StartElement) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	content := false
	err := st.dec.Children(func(ch xml.StartElement) error {
		content = true
		if ch.Name.Space == ns20 || ch.Name.Space == "" {
			return st.errorf("<%s> is not allowed in <skeleton>", ch.Name.Local)
		}
		return st.skip()
	}, func(cd xml.CharData) { content = content || !xmlsafe.IsSpace(cd) })
	if err != nil {
		return err
	}
	switch {
	case hasAttr(se, "href") && content:
		return st.errorf("<skeleton> has both an href and content")
	case !hasAttr(se, "href") && !content:
		return st.errorf("<skeleton> has neither an href nor content")
	}
	return nil
}

// claimID records the id of a group or unit, unique within its file.
func (st *r20) claimID(el, id string) error {
	if st.ids[id] {
		return st.errorf("<%s id=%q>: the id is used by another group or unit of file %q", el, id, st.file)
	}
	st.ids[id] = true
	return nil
}

func (st *r20) group(se xml.StartElement, c ctx20) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	if err := st.claimID("group", xmlsafe.Attr(se, "id")); err != nil {
		return err
	}
	_, err := st.children("group", c.inherit(se))
	return err
}

type note20 struct {
	id, category, text string
}

func (st *r20) notes(se xml.StartElement) ([]note20, error) {
	if err := st.checkAttrs(se); err != nil {
		return nil, err
	}
	// The notes share one array from <notes> to <notes>: a unit's are
	// done with (attachNotes) before the next <notes> starts.
	out := st.notesBuf[:0]
	ids := map[string]bool{}
	err := st.dec.Children(func(ch xml.StartElement) error {
		if !isCore(ch, "note") {
			return st.errorf("<%s> is not allowed in <notes>: only <note>", ch.Name.Local)
		}
		if err := st.checkAttrs(ch); err != nil {
			return err
		}
		n := note20{id: xmlsafe.Attr(ch, "id"), category: xmlsafe.Attr(ch, "category")}
		if n.id != "" {
			if ids[n.id] {
				return st.errorf("<note id=%q>: the id is used by another note here", n.id)
			}
			ids[n.id] = true
		}
		var b strings.Builder
		err := st.dec.Children(func(x xml.StartElement) error {
			return st.errorf("<%s> is not allowed in <note>: only text", x.Name.Local)
		}, func(cd xml.CharData) { b.Write(cd) })
		n.text = b.String()
		out = append(out, n)
		return err
	}, nil)
	st.notesBuf = out[:0]
	if err == nil && len(out) == 0 {
		err = st.errorf("<notes> without a <note>")
	}
	return out, err
}

// unit20 is what a unit's checks need while it is read.
type unit20 struct {
	ids    map[string]bool // segments, ignorables and inline codes of the sources
	tids   map[string]bool // inline codes of the targets
	data   map[string]bool
	openSC [2]map[string]int // sc (source, target) awaiting their ec: line
	openSM [2]map[string]int
	orders map[int]int // target order → line
	parts  int
	first  int // its segments are Exchange.Units[first:]
}

// first returns the entry of m with the lowest line (the first problem in
// the file), or a zero line when m is empty.
func first(m map[string]int) (string, int) {
	id, line := "", 0
	for k, l := range m {
		if line == 0 || l < line || l == line && k < id {
			id, line = k, l
		}
	}
	return id, line
}

func (u *unit20) open(m *map[string]int, id string, line int) {
	if *m == nil {
		*m = map[string]int{}
	}
	(*m)[id] = line
}

func (st *r20) unit(se xml.StartElement, c ctx20) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	id := xmlsafe.Attr(se, "id")
	if err := st.claimID("unit", id); err != nil {
		return err
	}
	c = c.inherit(se)
	// Segments go straight into the exchange (copying each unit's into
	// it took a tenth of reading a large file); a unit that turns out
	// not to be translated takes them back.
	// The maps are made here, not where first needed, so that they stay
	// off the heap while they hold a handful of ids.
	u := &unit20{ids: map[string]bool{}, tids: map[string]bool{}, data: map[string]bool{}, first: len(st.x.Units)}
	var notes []note20
	metas := st.metaBuf[:0]
	const model = "extensions, notes?, originalData?, (segment | ignorable)+"
	var o order
	err := st.dec.Children(func(ch xml.StartElement) error {
		var ok bool
		switch {
		case isExt(ch):
			if ok = o.at(0, false); ok {
				return st.module(ch, &metas)
			}
		case isCore(ch, "notes"):
			if ok = o.at(1, true); ok {
				var err error
				notes, err = st.notes(ch)
				return err
			}
		case isCore(ch, "originalData"):
			if ok = o.at(2, true); ok {
				return st.originalData(ch, u)
			}
		case isCore(ch, "segment", "ignorable"):
			if ok = o.at(3, false); ok {
				return st.segment(ch, c, u)
			}
		default:
			return st.errorf("<%s> is not allowed in <unit>", ch.Name.Local)
		}
		return st.misplaced(ch.Name.Local, "unit", model)
	}, nil)
	if err != nil {
		return err
	}
	if len(st.x.Units) == u.first {
		return st.errorf("<unit id=%q> has no <segment>", id)
	}
	for i, side := range [2]string{"source", "target"} {
		if ref, line := first(u.openSC[i]); line > 0 {
			return input.Errorf(st.name, line, "<sc id=%q> in a %s of unit %q has no <ec>; an isolated code needs isolated=\"yes\"", ref, side, id)
		}
		if ref, line := first(u.openSM[i]); line > 0 {
			return input.Errorf(st.name, line, "<sm id=%q> in a %s of unit %q has no <em>", ref, side, id)
		}
	}
	for n, line := range u.orders {
		if n > u.parts {
			return input.Errorf(st.name, line, "<target order=\"%d\">: unit %q has only %d segments and ignorables", n, id, u.parts)
		}
	}
	if !c.translate {
		st.x.Units = st.x.Units[:u.first]
		return nil
	}
	attachNotes(st.x.Units[u.first:], notes)
	attachMeta(st.x.Units[u.first:], metas)
	st.metaBuf = metas[:0]
	return nil
}

// attachNotes gives segments the notes terjime wrote for them (id
// "<segment>.previous", "<segment>.note"); a note with no such id, as a
// CAT tool adds, belongs to the segment when the unit has only one.
func attachNotes(segs []catalog.Unit, notes []note20) {
	for _, n := range notes {
		seg, suffix, _ := cutLast(n.id, ".")
		found := false
		for i := range segs {
			if segs[i].ID != seg || seg == "" {
				continue
			}
			switch suffix {
			case "previous":
				segs[i].PreviousSource, found = n.text, true
			case "note":
				segs[i].Note, found = n.text, true
			case "terms", "in":
				found = true // maintained by terjime, not merged
			}
		}
		if found || n.category == catTerms || n.category == catPrevious || n.category == catIn || len(segs) != 1 {
			continue
		}
		if segs[0].Note != "" {
			segs[0].Note += "\n"
		}
		segs[0].Note += n.text
	}
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

func (st *r20) originalData(se xml.StartElement, u *unit20) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	err := st.dec.Children(func(ch xml.StartElement) error {
		if !isCore(ch, "data") {
			return st.errorf("<%s> is not allowed in <originalData>: only <data>", ch.Name.Local)
		}
		if err := st.checkAttrs(ch); err != nil {
			return err
		}
		id := xmlsafe.Attr(ch, "id")
		if u.data[id] {
			return st.errorf("<data id=%q>: the id is used by another data element of the unit", id)
		}
		u.data[id] = true
		var b strings.Builder
		return st.dec.Children(func(x xml.StartElement) error {
			if !isCore(x, "cp") {
				return st.errorf("<%s> is not allowed in <data>: only text and <cp>", x.Name.Local)
			}
			return st.cp(x, &b)
		}, func(xml.CharData) {})
	}, nil)
	if err == nil && len(u.data) == 0 {
		err = st.errorf("<originalData> without a <data>")
	}
	return err
}

func (st *r20) segment(se xml.StartElement, c ctx20, u *unit20) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	el := se.Name.Local
	line, col := st.dec.Pos()
	u.parts++
	id := xmlsafe.Attr(se, "id")
	if id != "" {
		if u.ids[id] {
			return st.errorf("<%s id=%q>: the id is used by another segment, ignorable or code of the unit", el, id)
		}
		u.ids[id] = true
	}
	if hasAttr(se, "subState") && !hasAttr(se, "state") {
		return st.errorf("<%s subState=%q> without a state: subState needs an explicit state", el, xmlsafe.Attr(se, "subState"))
	}
	var src, tgt strings.Builder
	var srcSpace string
	hasSrc := false
	const model = "source, target?"
	var o order
	err := st.dec.Children(func(ch xml.StartElement) error {
		var ok bool
		switch {
		case isCore(ch, "source"):
			if ok = o.at(0, true); ok {
				hasSrc = true
				sp, err := st.content(ch, c, u, false, &src)
				srcSpace = sp
				return err
			}
		case isCore(ch, "target"):
			if ok = o.at(1, true); ok {
				if st.firstTarget == 0 {
					st.firstTarget = st.line()
				}
				sp, err := st.content(ch, c, u, true, &tgt)
				if err == nil && hasSrc && sp != srcSpace {
					err = st.errorf("<target xml:space=%q> differs from its source's xml:space=%q", sp, srcSpace)
				}
				return err
			}
		default:
			return st.errorf("<%s> is not allowed in <%s>", ch.Name.Local, el)
		}
		return st.misplaced(ch.Name.Local, el, model)
	}, nil)
	if err != nil {
		return err
	}
	if !hasSrc {
		return &input.Error{File: st.name, Line: line, Column: col, Msg: "<" + el + "> has no <source>"}
	}
	if el == "ignorable" {
		return nil
	}
	cu := catalog.Unit{Document: st.file, ID: id, Source: src.String(), Target: tgt.String(), StateSet: true, Line: line}
	state := xmlsafe.Attr(se, "state")
	switch {
	case cu.Target == "":
		cu.State = catalog.Untranslated
	case state == "" || state == "initial":
		// A target still in its initial state is a draft (or the old
		// target of an outdated segment): it needs a translator.
		cu.State = catalog.Outdated
	case state == "translated":
		cu.State = catalog.Translated
	case state == "reviewed":
		cu.State = catalog.Reviewed
	case state == "final":
		cu.State = catalog.Final
	}
	st.x.Units = append(st.x.Units, cu)
	return nil
}

// content reads a <source> or <target>: its text, with inline codes checked
// and dropped, and returns its effective xml:space.
func (st *r20) content(se xml.StartElement, c ctx20, u *unit20, target bool, b *strings.Builder) (string, error) {
	if err := st.checkAttrs(se); err != nil {
		return "", err
	}
	c = c.inherit(se)
	want, side := st.srcLang, "source"
	if target {
		want, side = st.trgLang, "target"
	}
	if c.lang != "" && want != "" && !strings.EqualFold(c.lang, want) {
		return "", st.errorf("<%s> is in xml:lang %q, but the document's %s language is %q", side, c.lang, side, want)
	}
	if target && hasAttr(se, "order") {
		n, _ := strconv.Atoi(xmlsafe.Attr(se, "order"))
		if u.orders == nil {
			u.orders = map[int]int{}
		}
		if _, dup := u.orders[n]; dup {
			return "", st.errorf("<target order=\"%d\">: another target of the unit has the same order", n)
		}
		u.orders[n] = st.line()
	}
	return c.space, st.inline(se.Name.Local, u, target, b)
}

var subTypes = map[string]string{
	"xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui",
}

func (st *r20) inline(parent string, u *unit20, target bool, b *strings.Builder) error {
	side := 0
	ids := u.ids
	if target {
		side, ids = 1, u.tids
	}
	claim := func(el, id string) error {
		if ids[id] {
			return st.errorf("<%s id=%q>: the id is used by another segment, ignorable or code of the unit", el, id)
		}
		ids[id] = true
		return nil
	}
	dataRef := func(el string, se xml.StartElement, names ...string) error {
		for _, n := range names {
			if v := xmlsafe.Attr(se, n); v != "" && !u.data[v] {
				return st.errorf("<%s %s=%q>: the unit has no <data id=%q> in its <originalData>", el, n, v, v)
			}
		}
		return nil
	}
	return st.dec.Children(func(ch xml.StartElement) error {
		el := ch.Name.Local
		if ch.Name.Space != ns20 {
			return st.errorf("<%s> is not allowed in <%s>", el, parent)
		}
		if _, known := rules20[el]; !known {
			return st.errorf("<%s> is not an XLIFF inline element", el)
		}
		if err := st.checkAttrs(ch); err != nil {
			return err
		}
		if t, sub := xmlsafe.Attr(ch, "type"), xmlsafe.Attr(ch, "subType"); sub != "" {
			if t == "" {
				return st.errorf("<%s subType=%q> without a type", el, sub)
			}
			if want, ok := subTypes[sub]; ok && want != t || !ok && strings.HasPrefix(sub, "xlf:") {
				return st.errorf("<%s type=%q subType=%q>: not a combination XLIFF defines", el, t, sub)
			}
		}
		switch el {
		case "cp":
			return st.cp(ch, b)
		case "ph", "sc":
			if err := dataRef(el, ch, "dataRef"); err != nil {
				return err
			}
			if err := claim(el, xmlsafe.Attr(ch, "id")); err != nil {
				return err
			}
			if n, ok := codeNumber(xmlsafe.Attr(ch, "id")); ok {
				if el == "ph" {
					b.WriteString(markup.Tag(markup.Standalone, n))
				} else {
					b.WriteString(markup.Tag(markup.Open, n))
				}
			}
			if el == "sc" && xmlsafe.Attr(ch, "isolated") != "yes" {
				u.open(&u.openSC[side], xmlsafe.Attr(ch, "id"), st.line())
			}
			return st.empty(el)
		case "pc":
			if err := dataRef(el, ch, "dataRefStart", "dataRefEnd"); err != nil {
				return err
			}
			if err := claim(el, xmlsafe.Attr(ch, "id")); err != nil {
				return err
			}
			n, ok := codeNumber(xmlsafe.Attr(ch, "id"))
			if ok {
				b.WriteString(markup.Tag(markup.Open, n))
			}
			if err := st.inline(el, u, target, b); err != nil {
				return err
			}
			if ok {
				b.WriteString(markup.Tag(markup.Close, n))
			}
			return nil
		case "ec":
			if xmlsafe.Attr(ch, "isolated") == "yes" {
				if !hasAttr(ch, "id") || hasAttr(ch, "startRef") {
					return st.errorf("an isolated <ec> needs an id and no startRef")
				}
				if err := claim(el, xmlsafe.Attr(ch, "id")); err != nil {
					return err
				}
			} else {
				ref := xmlsafe.Attr(ch, "startRef")
				if ref == "" || hasAttr(ch, "id") {
					return st.errorf("an <ec> that is not isolated needs a startRef (and no id)")
				}
				if _, ok := u.openSC[side][ref]; !ok {
					return st.errorf("<ec startRef=%q> has no open <sc id=%q> before it", ref, ref)
				}
				delete(u.openSC[side], ref)
			}
			if err := dataRef(el, ch, "dataRef"); err != nil {
				return err
			}
			ref := xmlsafe.Attr(ch, "startRef")
			if ref == "" {
				ref = xmlsafe.Attr(ch, "id")
			}
			if n, ok := codeNumber(ref); ok {
				b.WriteString(markup.Tag(markup.Close, n))
			}
			return st.empty(el)
		case "mrk", "sm":
			if err := claim(el, xmlsafe.Attr(ch, "id")); err != nil {
				return err
			}
			if xmlsafe.Attr(ch, "type") == "comment" && hasAttr(ch, "value") == hasAttr(ch, "ref") {
				return st.errorf("<%s type=\"comment\"> needs either a value or a ref", el)
			}
			if el == "sm" {
				u.open(&u.openSM[side], xmlsafe.Attr(ch, "id"), st.line())
				return st.empty(el)
			}
			return st.inline(el, u, target, b)
		case "em":
			ref := xmlsafe.Attr(ch, "startRef")
			if _, ok := u.openSM[side][ref]; !ok {
				return st.errorf("<em startRef=%q> has no open <sm id=%q> before it", ref, ref)
			}
			delete(u.openSM[side], ref)
			return st.empty(el)
		}
		return st.errorf("<%s> is not allowed in <%s>", el, parent)
	}, func(cd xml.CharData) { b.Write(cd) })
}

// cp reads a <cp hex>: a character XML cannot carry.
func (st *r20) cp(se xml.StartElement, b *strings.Builder) error {
	if err := st.checkAttrs(se); err != nil {
		return err
	}
	h := xmlsafe.Attr(se, "hex")
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil || n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF {
		return st.errorf("<cp hex=%q>: not a Unicode code point", h)
	}
	if xmlsafe.ValidRune(rune(n)) {
		return st.errorf("<cp hex=%q>: U+%04X can be written as it is; <cp> is for characters XML cannot carry", h, n)
	}
	b.WriteRune(rune(n))
	return st.empty("cp")
}

func (st *r20) empty(el string) error {
	return st.dec.Children(func(ch xml.StartElement) error {
		return st.errorf("<%s> must be empty, but holds <%s>", el, ch.Name.Local)
	}, nil)
}
