package xmlsafe

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tdewolff/parse/v2"
	lex "github.com/tdewolff/parse/v2/xml"

	"github.com/terjime/terjime/internal/input"
)

// The default limits: far above any real interchange file (100,000
// segments of XLIFF with notes take about 60 MB), far below what would
// exhaust a laptop's memory.
const (
	DefaultMaxBytes = input.DefaultMaxBytes
	DefaultMaxDepth = 100
)

// Limits bound what a Decoder accepts. Zero fields take the defaults.
type Limits struct {
	MaxBytes int64 // size of the input
	MaxDepth int   // nesting of elements
	// Doctypes names the root elements whose bare DOCTYPE (an external
	// DTD, no internal subset) is let through, such as "tmx".
	Doctypes []string
}

const xmlURL = "http://www.w3.org/XML/1998/namespace"

// Decoder reads the tokens of one XML document within Limits. Comments and
// processing instructions are dropped; Token returns only StartElement,
// EndElement and CharData, as encoding/xml's Token does, namespaces
// resolved.
type Decoder struct {
	name string
	lim  Limits
	err  error // sticky: the load error, then the first syntax error

	data []byte // the document, UTF-8, "\n" line ends
	in   *parse.Input
	lx   *lex.Lexer

	off   int // where the last token started
	lines *input.Lines

	open    []openElem
	ns      []binding // in scope, innermost last
	pending bool      // the end of a self-closing element is due
	seen    bool      // the root element has started

	names map[string]*tagName  // element and attribute names
	space map[string]xml.Token // indentation between elements
	slab  []xml.Attr           // where the next start tags' attributes go
	attrs []xml.Attr
	buf   []byte
}

type openElem struct {
	raw string    // the name as written, prefix included
	end xml.Token // its EndElement, resolved
	ns  int       // len(Decoder.ns) before its declarations
}

type binding struct{ prefix, uri string }

// NewDecoder returns a Decoder reading r; name is the file name used in
// error messages. It reads the whole document (at most lim.MaxBytes) at
// once; a problem with it is returned by the first call to Token.
func NewDecoder(name string, r io.Reader, lim Limits) *Decoder {
	lim = lim.withDefaults()
	data, err := load(name, r, lim.MaxBytes)
	return newDecoder(name, data, err, lim)
}

// NewDecoderBytes returns a Decoder reading the document data, which it
// takes over: it rewrites line ends and the white space of attribute
// values in place, and its CharData tokens share data's bytes. It spares
// a merge a copy of a file it has just read.
func NewDecoderBytes(name string, data []byte, lim Limits) *Decoder {
	lim = lim.withDefaults()
	data, err := prepare(data, lim.MaxBytes)
	return newDecoder(name, data, err, lim)
}

// maxInput is the largest document the line index can count (uint32).
const maxInput = 1<<32 - 1

func (lim Limits) withDefaults() Limits {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = DefaultMaxBytes
	}
	lim.MaxBytes = min(lim.MaxBytes, maxInput)
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	return lim
}

func newDecoder(name string, data []byte, err *Error, lim Limits) *Decoder {
	d := &Decoder{name: name, lim: lim, names: map[string]*tagName{}, space: map[string]xml.Token{}}
	if err != nil {
		err.File = name
		d.err = err
		return d
	}
	d.data = data
	// The lexer blanks line feeds inside attribute values (the XML
	// normalisation), so lines are indexed before it runs.
	d.lines = input.NewLines(data)
	d.in = parse.NewInputBytes(data)
	d.lx = lex.NewLexer(d.in)
	return d
}

// Pos returns the line and column where the last token started.
func (d *Decoder) Pos() (line, col int) { return d.position(d.off) }

func (d *Decoder) position(off int) (int, int) {
	if d.lines == nil {
		return 0, 0
	}
	return d.lines.Position(off)
}

// Errorf returns an Error at the start of the last token.
func (d *Decoder) Errorf(format string, args ...any) *Error {
	return d.errorAt(d.off, fmt.Sprintf(format, args...))
}

func (d *Decoder) errorAt(off int, msg string) *Error {
	line, col := d.position(off)
	return &Error{File: d.name, Line: line, Column: col, Msg: msg}
}

// fail records the first syntax error; every later call returns it.
func (d *Decoder) fail(off int, msg string) error {
	d.err = d.errorAt(off, msg)
	return d.err
}

func (d *Decoder) truncated() error {
	return d.fail(len(d.data), "the file ends in the middle of the document (truncated?)")
}

// Token returns the next start tag, end tag or text. It returns io.EOF
// after the last token of a well-formed document, and an *Error for
// anything wrong, a document cut short included. The tokens are shared
// (the text of a CharData with the document, an EndElement with others of
// the same name): read them, never modify them.
func (d *Decoder) Token() (xml.Token, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.pending {
		d.pending = false
		return d.pop(), nil
	}
	for {
		// Text runs to the next '<' (or the end, where the lexer's marker
		// is): found with IndexByte rather than byte by byte in the lexer,
		// since text is most of a translation file's bytes. The lexer is
		// only ever asked for markup, so it never returns text.
		if c := d.in.Peek(0); c != '<' && c != 0 {
			n := bytes.IndexByte(d.data[d.in.Offset():], '<')
			if n < 0 {
				n = len(d.data) - d.in.Offset()
			}
			d.in.Move(n)
			raw := d.in.Shift()
			d.off = d.in.Offset() - len(raw)
			return d.textToken(raw)
		}
		tt, raw := d.lx.Next()
		d.off = d.in.Offset() - len(raw)
		switch tt {
		case lex.ErrorToken:
			if len(d.open) > 0 {
				return nil, d.truncated()
			}
			return nil, io.EOF
		case lex.CDATAToken:
			if !bytes.HasSuffix(raw, []byte("]]>")) || len(raw) < len("<![CDATA[]]>") {
				return nil, d.truncated()
			}
			if len(d.open) == 0 {
				return nil, d.fail(d.off, "CDATA section outside the root element")
			}
			return xml.CharData(d.lx.Text()), nil
		case lex.CommentToken:
			if !bytes.HasSuffix(raw, []byte("-->")) || len(raw) < len("<!---->") {
				return nil, d.truncated()
			}
			if c := raw[4 : len(raw)-3]; bytes.Contains(c, []byte("--")) || bytes.HasSuffix(c, []byte("-")) {
				return nil, d.fail(d.off, `malformed XML: "--" inside a comment`)
			}
		case lex.DOCTYPEToken:
			if !bytes.HasSuffix(raw, []byte(">")) {
				return nil, d.truncated()
			}
			if err := d.doctype(raw); err != nil {
				return nil, err
			}
		case lex.StartTagPIToken:
			if err := d.instruction(); err != nil {
				return nil, err
			}
		case lex.StartTagToken:
			return d.start()
		case lex.EndTagToken:
			return d.endTag(raw)
		default:
			return nil, d.fail(d.off, fmt.Sprintf("malformed XML: unexpected %q", raw))
		}
	}
}

func (d *Decoder) textToken(raw []byte) (xml.Token, error) {
	if i := bytes.Index(raw, []byte("]]>")); i >= 0 {
		return nil, d.fail(d.off+i, `"]]>" in text (write "]]&gt;")`)
	}
	if bytes.IndexByte(raw, '&') < 0 {
		return d.text(raw), nil
	}
	text, at, msg := unescape(nil, raw)
	if at >= 0 {
		return nil, d.fail(d.off+at, "malformed XML: "+msg)
	}
	return xml.CharData(text), nil
}

// instruction skips a processing instruction, checking the XML
// declaration's place and version. The lexer would read its content as
// attributes; a PI holds free text up to "?>", so it is scanned here.
func (d *Decoder) instruction() error {
	start := d.off
	target := d.lx.Text()
	rest := d.data[d.in.Offset():]
	end := bytes.Index(rest, []byte("?>"))
	if end < 0 {
		return d.truncated()
	}
	if !validName(target) {
		return d.fail(start, fmt.Sprintf("malformed XML: invalid processing instruction <?%s", target))
	}
	if len(rest) > 0 && end > 0 && !isSpace(rest[0]) {
		return d.fail(start, "malformed XML: processing instruction target not followed by a space")
	}
	if strings.EqualFold(string(target), "xml") {
		if start != 0 || string(target) != "xml" {
			return d.fail(start, "the XML declaration <?xml …?> must be the very first thing in the file")
		}
		if v, _ := pseudoAttr(rest[:end], "version"); string(v) != "1.0" {
			return d.fail(start, fmt.Sprintf("unsupported XML version %q in the XML declaration", v))
		}
	}
	// Position the lexer on the "?>", which it reads as the end of the
	// instruction.
	d.in.Move(end)
	if tt, _ := d.lx.Next(); tt != lex.StartTagClosePIToken {
		return d.fail(start, "malformed XML: processing instruction not closed by ?>")
	}
	return nil
}

func (d *Decoder) doctype(raw []byte) error {
	if d.seen {
		return d.fail(d.off, "malformed XML: DOCTYPE inside the document")
	}
	body := raw[len("<!DOCTYPE") : len(raw)-1]
	if bytes.ContainsAny(body, "[<") {
		return d.fail(d.off, "DOCTYPE declarations with an internal subset are refused: they can define entities (external or expanding ones); remove the declaration")
	}
	root, ok := externalDoctype(body)
	if !ok {
		return d.fail(d.off, "malformed XML: invalid DOCTYPE declaration")
	}
	if slices.Contains(d.lim.Doctypes, root) {
		return nil // names an external DTD that is never read; declares nothing
	}
	return d.fail(d.off, "DOCTYPE declarations are refused: they can define entities; remove the declaration")
}

// externalDoctype parses ` root [SYSTEM "uri" | PUBLIC "id" "uri"]`, the
// body of a DOCTYPE without an internal subset, and returns the root name.
func externalDoctype(body []byte) (string, bool) {
	if len(body) == 0 || !isSpace(body[0]) {
		return "", false
	}
	f := bytes.TrimSpace(body)
	end := bytes.IndexAny(f, " \t\n")
	if end < 0 {
		return string(f), validName(f)
	}
	root, rest := f[:end], bytes.TrimLeft(f[end:], " \t\n")
	literals := 0
	switch {
	case bytes.HasPrefix(rest, []byte("SYSTEM")):
		literals, rest = 1, rest[len("SYSTEM"):]
	case bytes.HasPrefix(rest, []byte("PUBLIC")):
		literals, rest = 2, rest[len("PUBLIC"):]
	default:
		return "", false
	}
	for range literals {
		if len(rest) == 0 || !isSpace(rest[0]) {
			return "", false
		}
		rest = bytes.TrimLeft(rest, " \t\n")
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			return "", false
		}
		q := bytes.IndexByte(rest[1:], rest[0])
		if q < 0 {
			return "", false
		}
		rest = rest[q+2:]
	}
	return string(root), len(rest) == 0 && validName(root)
}

// start reads a start tag after its name.
func (d *Decoder) start() (xml.Token, error) {
	start := d.off
	name := d.lx.Text()
	if len(name) > 0 && name[0] == '!' {
		word, _, _ := strings.Cut(string(name[1:]), " ")
		return nil, d.fail(start, fmt.Sprintf("<!%s> declarations are refused (they can define entities)", word))
	}
	nm := d.intern(name)
	if nm == nil {
		return nil, d.fail(start, fmt.Sprintf("malformed XML: invalid element name %q", name))
	}
	d.seen = true
	if len(d.open)+1 > d.lim.MaxDepth {
		return nil, d.fail(start, fmt.Sprintf("elements are nested deeper than %d levels", d.lim.MaxDepth))
	}
	elem := openElem{raw: nm.s, ns: len(d.ns)}
	d.attrs = d.attrs[:0]
	for {
		tt, raw := d.lx.Next()
		switch tt {
		case lex.AttributeToken:
			off := d.in.Offset() - len(raw)
			if err := d.attr(off, raw); err != nil {
				return nil, err
			}
			continue
		case lex.StartTagCloseToken, lex.StartTagCloseVoidToken:
			se := xml.StartElement{Attr: d.attrSlice()}
			if err := d.resolve(start, elem, &se); err != nil {
				return nil, err
			}
			elem.end = nm.endToken(se.Name)
			d.open = append(d.open, elem)
			d.pending = tt == lex.StartTagCloseVoidToken
			return se, nil
		case lex.ErrorToken:
			return nil, d.truncated()
		default:
			return nil, d.fail(d.in.Offset()-len(raw), fmt.Sprintf("malformed XML: start tag <%s> not closed by > or />", name))
		}
	}
}

// attr reads one attribute of a start tag: raw is ` name="value"`.
func (d *Decoder) attr(off int, raw []byte) error {
	name, val := d.lx.Text(), d.lx.AttrVal()
	// The lexer slices name out of raw, so its capacity tells where it
	// starts.
	off += len(raw) - cap(name)
	if !isSpace(raw[0]) {
		return d.fail(off, fmt.Sprintf("malformed XML: no space before attribute %s", name))
	}
	nm := d.intern(name)
	switch {
	case nm == nil:
		return d.fail(off, fmt.Sprintf("malformed XML: invalid attribute name %q", name))
	case val == nil:
		return d.fail(off, fmt.Sprintf("malformed XML: attribute %s has no value", name))
	case len(val) == 0 && d.in.Err() != nil:
		return d.truncated()
	case len(val) == 0 || val[0] != '"' && val[0] != '\'':
		return d.fail(off, fmt.Sprintf("malformed XML: the value of attribute %s is not quoted", name))
	case len(val) < 2 || val[len(val)-1] != val[0]:
		return d.truncated()
	}
	val = val[1 : len(val)-1]
	if i := bytes.IndexByte(val, '<'); i >= 0 {
		return d.fail(off, fmt.Sprintf(`malformed XML: "<" in the value of attribute %s`, name))
	}
	var value string
	if bytes.IndexByte(val, '&') < 0 {
		value = string(val)
	} else {
		var at int
		var msg string
		d.buf, at, msg = unescape(d.buf[:0], val)
		if at >= 0 {
			return d.fail(off, "malformed XML: "+msg)
		}
		value = string(d.buf)
	}
	if len(d.attrs) >= maxAttrs {
		return d.fail(off, fmt.Sprintf("more than %d attributes on one element", maxAttrs))
	}
	n := nm.s
	for _, a := range d.attrs {
		if a.Name.Local == n {
			return d.fail(off, fmt.Sprintf("malformed XML: attribute %s given twice", name))
		}
	}
	// Names stay raw until the whole tag is read: a namespace declared by
	// a later attribute applies to the earlier ones.
	d.attrs = append(d.attrs, xml.Attr{Name: xml.Name{Local: n}, Value: value})
	return nil
}

// maxAttrs and maxBindings bound the work per element: attributes are
// checked for duplicates pairwise and prefixes looked up through the
// declarations in scope, so a file with endless attributes or namespace
// declarations could otherwise make reading it quadratic. Real files have
// a handful of each.
const (
	maxAttrs    = 1000
	maxBindings = 1000
)

// resolve splits the element's and attributes' names into namespace and
// local name, as encoding/xml's Token does: the attributes that declare
// namespaces keep the space "xmlns" (or the local name "xmlns"),
// unprefixed attributes have no namespace, and the xml prefix is bound to
// its URI. An undeclared prefix is an error.
func (d *Decoder) resolve(start int, elem openElem, se *xml.StartElement) error {
	for _, a := range se.Attr {
		b, ok := binding{}, false
		if a.Name.Local == "xmlns" {
			b, ok = binding{"", a.Value}, true
		} else if p, local, found := strings.Cut(a.Name.Local, ":"); found && p == "xmlns" {
			if a.Value == "" {
				return d.fail(start, fmt.Sprintf("malformed XML: namespace prefix %s bound to an empty name", local))
			}
			b, ok = binding{local, a.Value}, true
		}
		if !ok {
			continue
		}
		if len(d.ns) >= maxBindings {
			return d.fail(start, fmt.Sprintf("more than %d namespace declarations in scope", maxBindings))
		}
		d.ns = append(d.ns, b)
	}
	var err error
	if se.Name, err = d.split(start, elem.raw, true); err != nil {
		return err
	}
	for i := range se.Attr {
		if se.Attr[i].Name, err = d.split(start, se.Attr[i].Name.Local, false); err != nil {
			return err
		}
	}
	for i := range se.Attr {
		for _, b := range se.Attr[:i] {
			if b.Name == se.Attr[i].Name && b.Name.Space != "" {
				return d.fail(start, fmt.Sprintf("malformed XML: attribute {%s}%s given twice", b.Name.Space, b.Name.Local))
			}
		}
	}
	return nil
}

func (d *Decoder) split(start int, raw string, element bool) (xml.Name, error) {
	prefix, local, ok := strings.Cut(raw, ":")
	if !ok {
		if !element || raw == "xmlns" {
			return xml.Name{Local: raw}, nil
		}
		return xml.Name{Space: d.lookup(""), Local: raw}, nil
	}
	if prefix == "" || local == "" || strings.Contains(local, ":") {
		return xml.Name{}, d.fail(start, fmt.Sprintf("malformed XML: invalid qualified name %q", raw))
	}
	switch prefix {
	case "xmlns":
		return xml.Name{Space: "xmlns", Local: local}, nil
	case "xml":
		return xml.Name{Space: xmlURL, Local: local}, nil
	}
	uri := d.lookup(prefix)
	if uri == "" {
		return xml.Name{}, d.fail(start, fmt.Sprintf("malformed XML: namespace prefix %s in %s is not declared", prefix, raw))
	}
	return xml.Name{Space: uri, Local: local}, nil
}

func (d *Decoder) lookup(prefix string) string {
	for i := len(d.ns) - 1; i >= 0; i-- {
		if d.ns[i].prefix == prefix {
			return d.ns[i].uri
		}
	}
	return ""
}

func (d *Decoder) endTag(raw []byte) (xml.Token, error) {
	if !bytes.HasSuffix(raw, []byte(">")) {
		return nil, d.truncated()
	}
	name := d.lx.Text()
	if len(d.open) == 0 {
		return nil, d.fail(d.off, fmt.Sprintf("malformed XML: unexpected end element </%s>", name))
	}
	top := d.open[len(d.open)-1]
	if string(name) != top.raw {
		return nil, d.fail(d.off, fmt.Sprintf("malformed XML: element <%s> closed by </%s>", top.raw, name))
	}
	return d.pop(), nil
}

// pop closes the innermost element and returns its EndElement.
func (d *Decoder) pop() xml.Token {
	top := d.open[len(d.open)-1]
	d.open = d.open[:len(d.open)-1]
	d.ns = d.ns[:top.ns]
	return top.end
}

// The caches of names, end tags and indentation spare an allocation for
// most tokens: boxing a value in an xml.Token allocates, and a 50 MB XLIFF
// file has millions of end tags and runs of indentation. They are bounded,
// so hostile input cannot grow them without end.
const maxCached = 4096

// text returns a run of text without references, boxed once for all runs
// of the same indentation.
func (d *Decoder) text(raw []byte) xml.Token {
	if len(raw) > 64 {
		return xml.CharData(raw)
	}
	for _, c := range raw {
		if c != ' ' && c != '\t' && c != '\n' {
			return xml.CharData(raw)
		}
	}
	if t, ok := d.space[string(raw)]; ok {
		return t
	}
	var t xml.Token = xml.CharData(raw)
	if len(d.space) < maxCached {
		d.space[string(raw)] = t
	}
	return t
}

// tagName is an element or attribute name as written, and the EndElement
// of the last element of that name.
type tagName struct {
	s   string
	end xml.Token
}

// intern returns the shared record of a name: one allocation per
// distinct name, however often it occurs.
// intern also checks that b is an XML name, once per distinct name; it
// returns nil for one that is not.
func (d *Decoder) intern(b []byte) *tagName {
	if n, ok := d.names[string(b)]; ok {
		return n
	}
	if !validName(b) {
		return nil
	}
	n := &tagName{s: string(b)}
	if len(d.names) < maxCached {
		d.names[n.s] = n
	}
	return n
}

// endToken returns the EndElement of resolved name n, boxed once for all
// the elements that share it.
func (nm *tagName) endToken(n xml.Name) xml.Token {
	if e, ok := nm.end.(xml.EndElement); ok && e.Name == n {
		return nm.end
	}
	nm.end = xml.EndElement{Name: n}
	return nm.end
}

// attrSlice returns a copy of the attributes just read, carved from a
// shared block rather than allocated one start tag at a time.
func (d *Decoder) attrSlice() []xml.Attr {
	n := len(d.attrs)
	if n == 0 {
		return nil
	}
	if len(d.slab) < n {
		d.slab = make([]xml.Attr, max(n, 512))
	}
	a := d.slab[:n:n]
	d.slab = d.slab[n:]
	copy(a, d.attrs)
	return a
}

// Children reads the content of the element whose start tag was just
// read, up to and including its end tag: child is called for each child
// element and must read it whole; text, for each run of text, or when
// nil, text other than white space is an error, as element-only content
// has none.
func (d *Decoder) Children(child func(xml.StartElement) error, text func(xml.CharData)) error {
	for {
		t, err := d.Token()
		if err == io.EOF {
			return d.Errorf("unexpected end of file")
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if err := child(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		case xml.CharData:
			if text != nil {
				text(t)
			} else if !IsSpace(t) {
				parent := d.open[len(d.open)-1].end.(xml.EndElement).Name.Local
				return d.Errorf("text is not allowed directly in <%s>", parent)
			}
		}
	}
}

// IsSpace reports whether b is XML white space only (space, tab, line
// feed, carriage return), which element-only content may hold.
func IsSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// Skip reads up to and including the end tag of the element whose start tag
// was just read.
func (d *Decoder) Skip() error {
	for n := 1; n > 0; {
		t, err := d.Token()
		if err != nil {
			if err == io.EOF {
				return d.Errorf("unexpected end of file")
			}
			return err
		}
		switch t.(type) {
		case xml.StartElement:
			n++
		case xml.EndElement:
			n--
		}
	}
	return nil
}

// Finish reads what follows the root element and refuses anything but
// white space, comments and processing instructions: a second root element
// means two files were run together.
func (d *Decoder) Finish() error {
	for {
		t, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			return d.Errorf("element <%s> after the end of the document", t.Name.Local)
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return d.Errorf("text after the end of the document")
			}
		}
	}
}

// Root reads up to the document's root element and returns it. An empty
// input, or text before the root (a CSV or PO file given by mistake), is an
// *Error.
func (d *Decoder) Root() (xml.StartElement, error) {
	for {
		t, err := d.Token()
		if err == io.EOF {
			return xml.StartElement{}, &Error{File: d.name, Msg: "empty file: no XML root element"}
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			return t, nil
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return xml.StartElement{}, d.Errorf("text before the root element: not an XML file")
			}
		}
	}
}
