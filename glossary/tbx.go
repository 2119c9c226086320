package glossary

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// MaxInputSize bounds the TBX and CSV files Import reads, as every reader
// of terjime is bounded (a variable for tests).
var MaxInputSize int64 = input.DefaultMaxBytes

// readLimited reads r up to MaxInputSize bytes and fails beyond.
func readLimited(name string, r io.Reader) ([]byte, error) {
	return input.Read(name, r, input.Limit{MaxBytes: MaxInputSize, Advice: "a glossary should be far smaller"})
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
// case-sensitive; subjectField is the subject (one per concept: a second,
// different one is refused); notes are notes, except
// terjime's own flag notes. xml:lang is kept in canonical form (RU is
// ru); one that is no locale tag is refused with its line. The file is
// read by package xmlsafe, as the
// other XML formats are: it is refused, with its line and column, when it
// is not well-formed, larger than MaxInputSize, or holds a DOCTYPE with an
// internal subset or any other <!…> declaration (the bare
// <!DOCTYPE martif SYSTEM "…"> of TBX 2008 files is let through).
func ImportTBX(name string, r io.Reader) (*Glossary, error) {
	d := xmlsafe.NewDecoder(name, r, xmlsafe.Limits{MaxBytes: MaxInputSize, Doctypes: []string{"martif", "tbx"}})
	im := tbxImporter{name: name, d: d, g: &Glossary{Path: name}}
	if err := im.run(); err != nil {
		return nil, err
	}
	return im.g, nil
}

type tbxImporter struct {
	name    string
	d       *xmlsafe.Decoder
	g       *Glossary
	stack   []string
	concept *Concept
	locale  string
	term    *Term
	// capture collects the text of the element being read (term, note,
	// termNote, descrip).
	capture *strings.Builder
	depth   int    // stack depth of the capturing element
	at      [2]int // its line and column, where a problem with its value is reported
	attr    string
	root    bool
}

func (im *tbxImporter) line() int {
	l, _ := im.d.Pos()
	return l
}

func (im *tbxImporter) fail(format string, args ...any) error {
	return im.d.Errorf(format, args...)
}

// valueError is a problem with the value of the element just read,
// reported where the element starts.
func (im *tbxImporter) valueError(format string, args ...any) error {
	return &Error{File: im.name, Line: im.at[0], Column: im.at[1], Msg: fmt.Sprintf(format, args...)}
}

func (im *tbxImporter) run() error {
	for {
		tok, err := im.d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := im.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := im.end(t); err != nil {
				return err
			}
			if len(im.stack) == 0 {
				// The root has ended: only comments and white space
				// may follow, not a second document.
				if err := im.d.Finish(); err != nil {
					return err
				}
			}
		case xml.CharData:
			if im.capture != nil {
				im.capture.Write(t)
			}
		}
	}
	if !im.root {
		return input.Errorf(im.name, 0, "no TBX content: the root element must be <tbx> (TBX v3) or <martif> (TBX 2008)")
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
		c, err := locale.Canonical(im.locale)
		if err != nil {
			le := im.d.Errorf("%v", err) // the file's line, not the glossary's
			le.Err = err
			return le
		}
		im.locale = c
	case "termSec", "tig", "ntig":
		if im.locale == "" {
			return im.fail("<%s> outside a language section", name)
		}
		im.concept.Terms = append(im.concept.Terms, Term{Locale: im.locale, Line: im.line()})
		im.term = &im.concept.Terms[len(im.concept.Terms)-1]
	case "term", "termNote", "note", "descrip":
		im.capture = &strings.Builder{}
		im.at[0], im.at[1] = im.d.Pos()
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
			return input.Errorf(im.name, im.term.Line, "<%s> without a <term>", name)
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
			return im.valueError("<term> outside a term section")
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
				return im.valueError("administrativeStatus %q: TBX-Basic allows preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts", text)
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
			// A concept has one subject: a second one would silently
			// replace the first.
			if im.concept.Subject != "" && text != im.concept.Subject {
				return im.valueError("concept %q: subjectField %q after %q: give a concept one subject", im.concept.ID, text, im.concept.Subject)
			}
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
