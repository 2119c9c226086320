package po

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
)

// Read parses a PO file into the units it carries; name is used in
// messages. The header gives the target locale (Language) and the source
// locale (X-Source-Language) when it has them.
func Read(name string, r io.Reader) (*catalog.Exchange, error) {
	data, err := input.Read(name, r, input.Limit{})
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse is Read for a file already in memory.
func Parse(name string, data []byte) (*catalog.Exchange, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if cs, line := headerCharset(data); cs != "" && !isUTF8(cs) {
		enc, err := htmlindex.Get(cs)
		if err != nil {
			return nil, input.Errorf(name, line, "unknown charset %q in Content-Type", cs)
		}
		if data, err = enc.NewDecoder().Bytes(data); err != nil {
			return nil, fmt.Errorf("%s: cannot decode as %s: %w", name, cs, err)
		}
	}
	if err := input.CheckUTF8(name, data, "a file in a legacy encoding must name it in the header's Content-Type charset"); err != nil {
		return nil, err
	}
	p := parser{name: name, text: string(data)}
	return p.parse()
}

var charsetRE = regexp.MustCompile(`(?i)Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)`)

// headerCharset finds the charset named in the header, which comes before
// the first translated entry, and its line; only the start of the file is
// searched.
func headerCharset(data []byte) (charset string, line int) {
	head := data[:min(len(data), 16<<10)]
	m := charsetRE.FindSubmatchIndex(head)
	if m == nil {
		return "", 0
	}
	return string(head[m[2]:m[3]]), bytes.Count(head[:m[0]], []byte{'\n'}) + 1
}

func isUTF8(cs string) bool {
	switch strings.ToLower(strings.ReplaceAll(cs, "-", "")) {
	case "utf8", "charset", "ascii", "usascii":
		// "CHARSET" is the placeholder of a fresh template; ASCII is a
		// subset of UTF-8.
		return true
	}
	return false
}

// entry is one PO entry being parsed.
type entry struct {
	line        int // first line of the entry
	keyLine     int // line of msgctxt, or msgid when there is none
	comments    []string
	refs        []string
	fuzzy       bool
	prevID      *string
	base        catalog.Base
	ctxt, id    *string
	idPlural    bool
	str         *string
	strN        int  // number of msgstr[N] seen
	obsolete    bool // a #~ entry: skipped
	hasKeywords bool
}

type parser struct {
	name string
	text string
	line int

	cur entry
	// last is the string continuation lines append to: its first piece is
	// lastVal; lastBuf collects the pieces once a continuation comes.
	last     *string
	lastVal  string
	lastBuf  strings.Builder
	lastCont bool
	// prev is the "#|" string that "#| \"…\"" lines continue.
	prev *string

	ex   catalog.Exchange
	seen map[string]int
	err  error
	// by and at are the header's translator and revision date.
	by, at string
}

func (p *parser) errorf(line int, format string, args ...any) error {
	if p.err == nil {
		p.err = input.Errorf(p.name, line, format, args...)
	}
	return p.err
}

func (p *parser) parse() (*catalog.Exchange, error) {
	p.ex = catalog.Exchange{Format: "po", Path: p.name}
	p.seen = map[string]int{}
	text := p.text
	if len(text) > 0 && text[len(text)-1] != '\n' {
		lines := strings.Count(text, "\n") + 1
		return nil, p.errorf(lines, "the file ends in the middle of a line: it looks truncated")
	}
	for len(text) > 0 {
		p.line++
		i := strings.IndexByte(text, '\n')
		l := strings.TrimSuffix(text[:i], "\r")
		text = text[i+1:]
		if err := p.parseLine(l); err != nil {
			return nil, err
		}
	}
	// An entry cut short (msgid without msgstr) fails here.
	if err := p.flush(); err != nil {
		return nil, err
	}
	for i := range p.ex.Units {
		p.ex.Units[i].ChangedBy, p.ex.Units[i].ChangedAt = p.by, p.at
	}
	return &p.ex, nil
}

func (p *parser) parseLine(l string) error {
	t := strings.TrimLeft(l, " \t")
	switch {
	case t == "":
		p.endString()
		return nil
	case strings.HasPrefix(t, "#~"):
		// Obsolete entries are history kept by msgmerge; nothing to merge.
		p.endString()
		if !p.cur.obsolete {
			if err := p.startEntry(); err != nil {
				return err
			}
			p.cur.obsolete = true
		}
		return nil
	case strings.HasPrefix(t, "#|"):
		return p.previous(strings.TrimLeft(t[2:], " \t"))
	case t[0] == '#':
		p.endString()
		if p.cur.hasKeywords || p.cur.obsolete {
			if err := p.startEntry(); err != nil {
				return err
			}
		}
		if p.cur.line == 0 {
			p.cur.line = p.line
		}
		p.comment(t)
		return p.err // a malformed base
	case t[0] == '"':
		if p.last == nil {
			return p.errorf(p.line, "a string continues nothing: put it after msgid, msgstr or msgctxt")
		}
		s, err := p.unquote(t)
		if err != nil {
			return err
		}
		if !p.lastCont {
			p.lastBuf.Reset()
			p.lastBuf.WriteString(p.lastVal)
			p.lastCont = true
		}
		p.lastBuf.WriteString(s)
		return nil
	}
	p.endString()
	kw, rest, _ := strings.Cut(t, " ")
	if kw == t {
		kw, rest, _ = strings.Cut(t, "\t")
	}
	rest = strings.TrimLeft(rest, " \t")
	if p.cur.obsolete {
		if err := p.startEntry(); err != nil {
			return err
		}
	}
	switch {
	case kw == "msgctxt", kw == "msgid":
		if p.cur.id != nil {
			// A new entry without a blank line or comment before it.
			if err := p.startEntry(); err != nil {
				return err
			}
		}
		if kw == "msgctxt" && p.cur.ctxt != nil {
			return p.errorf(p.line, "a second msgctxt in one entry")
		}
		if p.cur.line == 0 {
			p.cur.line = p.line
		}
		if p.cur.keyLine == 0 {
			p.cur.keyLine = p.line
		}
		p.cur.hasKeywords = true
		if kw == "msgctxt" {
			return p.begin(&p.cur.ctxt, rest)
		}
		return p.begin(&p.cur.id, rest)
	case kw == "msgid_plural":
		if p.cur.id == nil || p.cur.str != nil {
			return p.errorf(p.line, "msgid_plural must follow msgid")
		}
		p.cur.idPlural = true
		var s *string
		return p.begin(&s, rest)
	case kw == "msgstr" || strings.HasPrefix(kw, "msgstr["):
		if p.cur.id == nil {
			return p.errorf(p.line, "msgstr without msgid before it")
		}
		if kw == "msgstr" {
			if p.cur.idPlural {
				return p.errorf(p.line, "an entry with msgid_plural needs msgstr[0], msgstr[1]…")
			}
			if p.cur.str != nil {
				return p.errorf(p.line, "a second msgstr in one entry")
			}
			return p.begin(&p.cur.str, rest)
		}
		if !p.cur.idPlural {
			return p.errorf(p.line, "%s in an entry without msgid_plural", kw)
		}
		p.cur.strN++
		if p.cur.strN == 1 {
			return p.begin(&p.cur.str, rest)
		}
		var s *string
		return p.begin(&s, rest)
	}
	if len(kw) > 40 {
		kw = kw[:40] + "…"
	}
	return p.errorf(p.line, "unexpected %q: a PO line is a comment (#), a keyword (msgctxt, msgid, msgstr) or a quoted string", kw)
}

// begin starts the string of a keyword; continuation lines may follow.
func (p *parser) begin(dst **string, rest string) error {
	if rest == "" || rest[0] != '"' {
		return p.errorf(p.line, "expected a quoted string after the keyword")
	}
	s, err := p.unquote(rest)
	if err != nil {
		return err
	}
	v := new(string)
	*dst = v
	p.last, p.lastVal, p.lastCont = v, s, false
	return nil
}

func (p *parser) endString() {
	if p.last != nil {
		if p.lastCont {
			*p.last = p.lastBuf.String()
		} else {
			*p.last = p.lastVal
		}
		p.last = nil
	}
}

// previous parses a "#|" line: the source an outdated translation was made
// for, as msgmerge records it.
func (p *parser) previous(t string) error {
	p.endString()
	if p.cur.hasKeywords {
		if err := p.startEntry(); err != nil {
			return err
		}
	}
	if p.cur.line == 0 {
		p.cur.line = p.line
	}
	kw, rest, _ := strings.Cut(t, " ")
	var dst **string
	switch kw {
	case "msgid":
		dst = &p.cur.prevID
	case "msgctxt", "msgid_plural":
		dst = new(*string)
	}
	if dst != nil {
		s, err := p.unquote(strings.TrimLeft(rest, " \t"))
		if err != nil {
			return err
		}
		*dst = &s
		p.prev = *dst
		return nil
	}
	if strings.HasPrefix(t, `"`) {
		// Continuation: #| "…"
		s, err := p.unquote(t)
		if err != nil {
			return err
		}
		if p.prev == nil {
			return p.errorf(p.line, "a #| string continues nothing")
		}
		*p.prev += s
		return nil
	}
	return p.errorf(p.line, "unexpected #| line: it holds a previous msgctxt, msgid or msgid_plural")
}

func (p *parser) comment(t string) {
	if len(t) == 1 {
		p.cur.comments = append(p.cur.comments, "")
		return
	}
	switch t[1] {
	case '.':
		p.extracted(t[2:])
	case ':':
		p.cur.refs = append(p.cur.refs, strings.Fields(t[2:])...)
	case ',':
		for _, f := range strings.Split(t[2:], ",") {
			if strings.TrimSpace(f) == "fuzzy" {
				p.cur.fuzzy = true
			}
		}
	default:
		c := t[1:]
		if c[0] == ' ' {
			c = c[1:]
		}
		p.cur.comments = append(p.cur.comments, c)
	}
}

// startEntry finishes the current entry and starts a new one.
func (p *parser) startEntry() error {
	if err := p.flush(); err != nil {
		return err
	}
	p.cur = entry{}
	p.prev = nil
	return nil
}

// flush turns the finished entry into a unit, or checks the header.
func (p *parser) flush() error {
	p.endString()
	e := &p.cur
	if e.obsolete || !e.hasKeywords {
		return nil
	}
	if e.id == nil {
		return p.errorf(e.keyLine, "msgctxt without msgid")
	}
	if e.str == nil {
		return p.errorf(e.keyLine, "entry without msgstr")
	}
	if e.idPlural {
		return p.errorf(e.keyLine, "plural entry (msgid_plural): terjime segments have no plural forms, so this is not a terjime export")
	}
	// The file itself is UTF-8 (checked before parsing), but \x and octal
	// escapes can spell any bytes: they must spell UTF-8 too, or the text
	// would silently become U+FFFD.
	for _, f := range [...]struct {
		name string
		s    *string
	}{{"msgctxt", e.ctxt}, {"msgid", e.id}, {"msgstr", e.str}} {
		if f.s != nil && !utf8.ValidString(*f.s) {
			return p.errorf(e.keyLine, "the %s's escapes (\\x…, \\ooo) spell bytes that are not UTF-8: write the characters themselves", f.name)
		}
	}
	if *e.id == "" && e.ctxt == nil {
		p.header(*e.str)
		return nil
	}
	ctxt := ""
	if e.ctxt != nil {
		ctxt = *e.ctxt
	}
	key := ctxt + "\x04" + *e.id
	if first, dup := p.seen[key]; dup {
		return p.errorf(e.keyLine, "duplicate entry (same msgctxt and msgid as line %d)", first)
	}
	p.seen[key] = e.keyLine
	u := catalog.Unit{
		ID:       ctxt,
		Source:   *e.id,
		Target:   *e.str,
		StateSet: true,
		Line:     e.keyLine,
	}
	if doc, id, ok := strings.Cut(ctxt, "/"); ok {
		u.Document, u.ID = doc, id
	} else if len(e.refs) > 0 {
		u.Document = referenceFile(e.refs[0])
	}
	switch {
	case u.Target == "":
		u.State = catalog.Untranslated
	case e.fuzzy:
		u.State = catalog.Outdated
	default:
		u.State = catalog.Translated
	}
	if e.prevID != nil {
		u.PreviousSource = *e.prevID
	}
	u.Base = e.base
	u.Note = strings.Join(e.comments, "\n")
	p.ex.Units = append(p.ex.Units, u)
	return nil
}

// referenceFile returns the file of a "#:" reference, without the line.
func referenceFile(ref string) string {
	if i := strings.LastIndexByte(ref, ':'); i > 0 {
		digits := ref[i+1:]
		if digits != "" && strings.Trim(digits, "0123456789") == "" {
			return ref[:i]
		}
	}
	return ref
}

func (p *parser) header(s string) {
	for _, l := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "language":
			p.ex.TargetLocale = locale.FromPOSIX(v)
		case "x-source-language":
			p.ex.SourceLocale = locale.FromPOSIX(v)
		default:
			p.translator(strings.ToLower(strings.TrimSpace(k)), v)
		}
	}
}

// unquote decodes a quoted PO string with C escapes; only white space may
// follow the closing quote.
func (p *parser) unquote(t string) (string, error) {
	if t == "" || t[0] != '"' {
		return "", p.errorf(p.line, "expected a quoted string")
	}
	var b *strings.Builder
	for i := 1; i < len(t); i++ {
		c := t[i]
		switch c {
		case '"':
			if rest := strings.TrimSpace(t[i+1:]); rest != "" {
				return "", p.errorf(p.line, "text after the closing quote: %q", rest)
			}
			if b == nil {
				return t[1:i], nil
			}
			return b.String(), nil
		case '\\':
			if b == nil {
				b = new(strings.Builder)
				b.WriteString(t[1:i])
			}
			if i+1 >= len(t) {
				return "", p.errorf(p.line, "a backslash at the end of the line")
			}
			i++
			switch e := t[i]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '"', '\\', '\'', '?':
				b.WriteByte(e)
			case 'a':
				b.WriteByte('\a')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'v':
				b.WriteByte('\v')
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v, n := 0, 0
				for n < 3 && i+n < len(t) && t[i+n] >= '0' && t[i+n] <= '7' {
					v = v*8 + int(t[i+n]-'0')
					n++
				}
				if v > 0xff {
					return "", p.errorf(p.line, "octal escape \\%s is out of range", t[i:i+n])
				}
				b.WriteByte(byte(v))
				i += n - 1
			case 'x':
				v, n := 0, 0
				for i+1+n < len(t) && n < 2 && isHex(t[i+1+n]) {
					v = v*16 + hexVal(t[i+1+n])
					n++
				}
				if n == 0 {
					return "", p.errorf(p.line, "\\x without hex digits")
				}
				b.WriteByte(byte(v))
				i += n
			default:
				return "", p.errorf(p.line, "unknown escape \\%c", e)
			}
		default:
			if b != nil {
				b.WriteByte(c)
			}
		}
	}
	return "", p.errorf(p.line, "unterminated string: the closing quote is missing")
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}
