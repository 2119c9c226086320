package glossary

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxInputSize bounds the TBX and CSV files Import reads: a glossary is
// small, and a bound keeps a hostile file from exhausting memory.
var MaxInputSize int64 = 32 << 20

// readLimited reads r up to MaxInputSize bytes and fails beyond.
func readLimited(name string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > MaxInputSize {
		return nil, errorf(name, 0, "file is larger than %d bytes; a glossary should be far smaller", MaxInputSize)
	}
	return data, nil
}

const (
	tbxNS   = "urn:iso:std:iso:30042:ed-2"
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
	flagPfx = "terjime:"
)

var tbxStatus = map[Status]string{
	Preferred: "preferredTerm-admn-sts",
	Admitted:  "admittedTerm-admn-sts",
	Forbidden: "deprecatedTerm-admn-sts",
}

// ExportTBX writes the glossary as TBX v3, dialect TBX-Basic, DCA style
// (ISO 30042:2019). sourceLocale becomes the document's xml:lang. A term's
// status is its administrativeStatus (forbidden = deprecated); acronyms get
// termType acronym; flags TBX-Basic has no data category for are notes
// ("terjime:case-sensitive", "terjime:exact", "terjime:do-not-translate")
// that ImportTBX reads back. Concepts without terms are left out, since
// TBX requires a langSec.
func (g *Glossary) ExportTBX(w io.Writer, sourceLocale string) error {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"%s\" xmlns=\"%s\">\n", esc(sourceLocale), tbxNS)
	b.WriteString("  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>terjime glossary</title>\n      </titleStmt>\n")
	b.WriteString("      <sourceDesc>\n        <p>Exported by terjime")
	if g.Path != "" {
		b.WriteString(" from " + esc(baseName(g.Path)))
	}
	b.WriteString("</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n")
	used := map[string]bool{}
	for i := range g.Concepts {
		c := &g.Concepts[i]
		if len(c.Terms) == 0 {
			continue
		}
		id := xmlID(c.ID, i, used)
		fmt.Fprintf(&b, "      <conceptEntry id=\"%s\">\n", esc(id))
		if c.Subject != "" {
			fmt.Fprintf(&b, "        <descrip type=\"subjectField\">%s</descrip>\n", esc(c.Subject))
		}
		if c.DoNotTranslate {
			b.WriteString("        <note>" + flagPfx + "do-not-translate</note>\n")
		}
		if c.Note != "" {
			fmt.Fprintf(&b, "        <note>%s</note>\n", esc(c.Note))
		}
		ts := sortTerms(slices.Clone(c.Terms))
		for j := 0; j < len(ts); {
			loc := ts[j].Locale
			fmt.Fprintf(&b, "        <langSec xml:lang=\"%s\">\n", esc(loc))
			for ; j < len(ts) && ts[j].Locale == loc; j++ {
				t := &ts[j]
				b.WriteString("          <termSec>\n")
				fmt.Fprintf(&b, "            <term>%s</term>\n", esc(t.Text))
				fmt.Fprintf(&b, "            <termNote type=\"administrativeStatus\">%s</termNote>\n", tbxStatus[t.Status])
				if IsAcronym(t) {
					b.WriteString("            <termNote type=\"termType\">acronym</termNote>\n")
				}
				var flags []string
				if t.CaseSensitive {
					flags = append(flags, "case-sensitive")
				}
				if t.Exact {
					flags = append(flags, "exact")
				}
				if len(flags) > 0 {
					fmt.Fprintf(&b, "            <note>%s%s</note>\n", flagPfx, strings.Join(flags, " "))
				}
				if t.Note != "" {
					fmt.Fprintf(&b, "            <note>%s</note>\n", esc(t.Note))
				}
				b.WriteString("          </termSec>\n")
			}
			b.WriteString("        </langSec>\n")
		}
		b.WriteString("      </conceptEntry>\n")
	}
	b.WriteString("    </body>\n  </text>\n</tbx>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmlID makes a concept ID usable as an xs:ID (an NCName, unique): IDs
// that start with a digit or hold other characters get a "c-" prefix and
// dashes.
func xmlID(id string, i int, used map[string]bool) string {
	ok := id != ""
	for j, r := range id {
		if !(unicode.IsLetter(r) || r == '_' || j > 0 && (unicode.IsDigit(r) || r == '-' || r == '.')) {
			ok = false
			break
		}
	}
	if !ok {
		var b strings.Builder
		b.WriteString("c-")
		for _, r := range id {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' {
				b.WriteRune(r)
			} else {
				b.WriteByte('-')
			}
		}
		id = b.String()
		if id == "c-" {
			id = fmt.Sprintf("c%d", i+1)
		}
	}
	return uniqueID(id, used)
}

// ImportTBX reads a TBX file: TBX v3 (root tbx, conceptEntry › langSec ›
// termSec) or TBX 2008 (root martif, termEntry › langSet › tig or ntig).
// administrativeStatus gives the status (deprecated and superseded are
// forbidden; no status is preferred); termType acronym makes a term
// case-sensitive; subjectField is the subject; notes are notes, except
// terjime's own flag notes. The file is refused, with its line, when it
// is not well-formed, larger than MaxInputSize, or holds a DOCTYPE with an
// internal subset or any other <!…> declaration (the bare
// <!DOCTYPE martif SYSTEM "…"> of TBX 2008 files is let through).
func ImportTBX(name string, r io.Reader) (*Glossary, error) {
	data, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = func(charset string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("encoding %q is not supported: save the file as UTF-8", charset)
	}
	im := tbxImporter{name: name, d: d, g: &Glossary{Path: name}}
	if err := im.run(); err != nil {
		return nil, err
	}
	return im.g, nil
}

// bareDoctype reports whether d is the DOCTYPE most TBX 2008 files start
// with, "<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">": it names the
// root and an external DTD, which is never read, and declares nothing, so
// it can define no entity. Anything with an internal subset is refused.
func bareDoctype(d xml.Directive) bool {
	f := strings.Fields(string(d))
	if len(f) < 2 || f[0] != "DOCTYPE" || (f[1] != "martif" && f[1] != "tbx") || strings.ContainsAny(string(d), "[<") {
		return false
	}
	switch {
	case len(f) == 2:
		return true
	case f[2] == "SYSTEM":
		return len(f) == 4
	case f[2] == "PUBLIC":
		return len(f) >= 5 // the public ID may hold spaces
	}
	return false
}

type tbxImporter struct {
	name    string
	d       *xml.Decoder
	g       *Glossary
	stack   []string
	concept *Concept
	locale  string
	term    *Term
	// capture collects the text of the element being read (term, note,
	// termNote, descrip).
	capture *strings.Builder
	depth   int // stack depth of the capturing element
	attr    string
	root    bool
}

func (im *tbxImporter) line() int {
	l, _ := im.d.InputPos()
	return l
}

func (im *tbxImporter) fail(format string, args ...any) error {
	return errorf(im.name, im.line(), format, args...)
}

func (im *tbxImporter) run() error {
	for {
		before, _ := im.d.InputPos()
		tok, err := im.d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return &Error{File: im.name, Line: se.Line, Msg: "not well-formed XML: " + se.Msg, Err: err}
			}
			return &Error{File: im.name, Line: im.line(), Msg: err.Error(), Err: err}
		}
		switch t := tok.(type) {
		case xml.Directive:
			if bareDoctype(t) {
				continue
			}
			kind := "declaration"
			if f := strings.Fields(string(t)); len(f) > 0 {
				kind = f[0]
			}
			return errorf(im.name, before, "<!%s …> is not accepted: TBX import reads no DTDs or entity declarations (remove it)", kind)
		case xml.StartElement:
			if err := im.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := im.end(t); err != nil {
				return err
			}
		case xml.CharData:
			if im.capture != nil {
				im.capture.Write(t)
			}
		}
	}
	if !im.root {
		return errorf(im.name, 0, "no TBX content: the root element must be <tbx> (TBX v3) or <martif> (TBX 2008)")
	}
	for i := range im.g.Concepts {
		sortTerms(im.g.Concepts[i].Terms)
	}
	return nil
}

func attr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

func xmlLang(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "xml" || a.Name.Space == xmlNS) {
			return a.Value
		}
	}
	return ""
}

func (im *tbxImporter) start(e xml.StartElement) error {
	name := e.Name.Local
	im.stack = append(im.stack, name)
	if len(im.stack) == 1 {
		if name != "tbx" && name != "martif" {
			return im.fail("root element <%s>: a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008)", name)
		}
		im.root = true
		return nil
	}
	if im.capture != nil {
		return nil // inline markup inside a term or note: keep its text only
	}
	switch name {
	case "conceptEntry", "termEntry":
		id, _ := attr(e, "id")
		im.g.Concepts = append(im.g.Concepts, Concept{ID: strings.TrimSpace(id), Line: im.line()})
		im.concept = &im.g.Concepts[len(im.g.Concepts)-1]
		if im.concept.ID == "" {
			im.concept.ID = fmt.Sprintf("c%d", len(im.g.Concepts))
		}
	case "langSec", "langSet":
		if im.concept == nil {
			return im.fail("<%s> outside a concept entry", name)
		}
		im.locale = xmlLang(e)
		if im.locale == "" {
			return im.fail("<%s> without xml:lang", name)
		}
	case "termSec", "tig", "ntig":
		if im.locale == "" {
			return im.fail("<%s> outside a language section", name)
		}
		im.concept.Terms = append(im.concept.Terms, Term{Locale: im.locale, Line: im.line()})
		im.term = &im.concept.Terms[len(im.concept.Terms)-1]
	case "term", "termNote", "note", "descrip":
		im.capture = &strings.Builder{}
		im.depth = len(im.stack)
		im.attr, _ = attr(e, "type")
	}
	return nil
}

func (im *tbxImporter) end(e xml.EndElement) error {
	name := e.Name.Local
	defer func() { im.stack = im.stack[:len(im.stack)-1] }()
	if im.capture != nil && len(im.stack) == im.depth {
		text := strings.TrimSpace(norm.NFC.String(im.capture.String()))
		im.capture = nil
		return im.value(name, text)
	}
	switch name {
	case "termSec", "tig", "ntig":
		if im.term != nil && strings.TrimSpace(im.term.Text) == "" {
			return errorf(im.name, im.term.Line, "<%s> without a <term>", name)
		}
		im.term = nil
	case "langSec", "langSet":
		im.locale = ""
	case "conceptEntry", "termEntry":
		im.concept = nil
	}
	return nil
}

// value stores the text of a term, termNote, note or descrip.
func (im *tbxImporter) value(name, text string) error {
	switch name {
	case "term":
		if im.term == nil {
			return im.fail("<term> outside a term section")
		}
		im.term.Text = text
	case "termNote":
		if im.term == nil {
			return nil
		}
		switch im.attr {
		case "administrativeStatus":
			switch text {
			case "preferredTerm-admn-sts":
				im.term.Status = Preferred
			case "admittedTerm-admn-sts":
				im.term.Status = Admitted
			case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts":
				im.term.Status = Forbidden
			default:
				return im.fail("administrativeStatus %q: TBX-Basic allows preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts", text)
			}
		case "termType":
			if text == "acronym" {
				im.term.CaseSensitive = true
			}
		}
	case "note":
		if flags, ok := strings.CutPrefix(text, flagPfx); ok {
			for _, f := range strings.Fields(flags) {
				switch {
				case f == "case-sensitive" && im.term != nil:
					im.term.CaseSensitive = true
				case f == "exact" && im.term != nil:
					im.term.Exact = true
				case f == "do-not-translate" && im.concept != nil:
					im.concept.DoNotTranslate = true
				}
			}
			return nil
		}
		switch {
		case im.term != nil:
			im.term.Note = joinNote(im.term.Note, text)
		case im.concept != nil:
			im.concept.Note = joinNote(im.concept.Note, text)
		}
	case "descrip":
		if im.concept == nil || im.term != nil {
			return nil
		}
		switch im.attr {
		case "subjectField":
			im.concept.Subject = text
		case "definition":
			im.concept.Note = joinNote(im.concept.Note, text)
		}
	}
	return nil
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "\n" + b
}
