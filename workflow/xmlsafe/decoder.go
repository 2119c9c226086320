package xmlsafe

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The default limits: far above any real interchange file (100,000
// segments of XLIFF with notes take about 60 MB), far below what would
// exhaust a laptop's memory.
const (
	DefaultMaxBytes = 256 << 20
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

// Decoder reads the tokens of one XML document within Limits. Comments and
// processing instructions are dropped; Token returns only StartElement,
// EndElement and CharData.
type Decoder struct {
	name  string
	d     *xml.Decoder
	lim   Limits
	depth int
	line  int // where the last token started
	col   int
}

var errTooLarge = errors.New("input too large")

type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One byte more than allowed proves the file is too large; a file
		// of exactly MaxBytes ends with io.EOF here.
		var one [1]byte
		if n, _ := io.ReadFull(l.r, one[:]); n > 0 {
			return 0, errTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// NewDecoder returns a Decoder reading r; name is the file name used in
// error messages.
func NewDecoder(name string, r io.Reader, lim Limits) *Decoder {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = DefaultMaxBytes
	}
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	br := bufio.NewReaderSize(&limitedReader{r: r, left: lim.MaxBytes}, 64<<10)
	var src io.Reader = br
	utf16 := false
	if b, _ := br.Peek(3); bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	} else if bytes.HasPrefix(b, []byte("\xFF\xFE")) || bytes.HasPrefix(b, []byte("\xFE\xFF")) {
		src = transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder())
		utf16 = true
	}
	d := xml.NewDecoder(src)
	d.Strict = true
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if utf16 && strings.HasPrefix(strings.ToLower(label), "utf-16") {
			return in, nil // already decoded from the byte-order mark
		}
		enc, err := ianaindex.IANA.Encoding(label)
		if err != nil || enc == nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return enc.NewDecoder().Reader(in), nil
	}
	return &Decoder{name: name, d: d, lim: lim}
}

// Pos returns the line and column where the last token started.
func (d *Decoder) Pos() (line, col int) { return d.line, d.col }

// Errorf returns an Error at the start of the last token.
func (d *Decoder) Errorf(format string, args ...any) *Error {
	return &Error{File: d.name, Line: d.line, Column: d.col, Msg: fmt.Sprintf(format, args...)}
}

// Token returns the next start tag, end tag or text. It returns io.EOF
// after the last token of a well-formed document, and an *Error for
// anything wrong, a document cut short included.
func (d *Decoder) Token() (xml.Token, error) {
	for {
		d.line, d.col = d.d.InputPos()
		tok, err := d.d.Token()
		if err != nil {
			return nil, d.wrap(err)
		}
		// Return tok itself: boxing the concrete value again would
		// allocate for every token.
		switch t := tok.(type) {
		case xml.StartElement:
			d.depth++
			if d.depth > d.lim.MaxDepth {
				return nil, d.Errorf("elements are nested deeper than %d levels", d.lim.MaxDepth)
			}
			return tok, nil
		case xml.EndElement:
			d.depth--
			return tok, nil
		case xml.CharData:
			return tok, nil
		case xml.Directive:
			if err := d.directive(t); err != nil {
				return nil, err
			}
		}
	}
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

func (d *Decoder) wrap(err error) error {
	if err == io.EOF {
		return io.EOF
	}
	line, col := d.d.InputPos()
	e := &Error{File: d.name, Line: line, Column: col, Err: err}
	var se *xml.SyntaxError
	switch {
	case errors.Is(err, errTooLarge):
		e.Line, e.Column = 0, 0
		e.Msg = fmt.Sprintf("file is larger than the %s terjime reads; split it into smaller files", size(d.lim.MaxBytes))
	case errors.As(err, &se):
		e.Line = se.Line
		e.Msg = "malformed XML: " + se.Msg
		if se.Msg == "unexpected EOF" {
			e.Msg = "the file ends in the middle of the document (truncated?)"
		}
	default:
		e.Msg = err.Error()
	}
	return e
}

func (d *Decoder) directive(t xml.Directive) error {
	f := strings.Fields(string(t))
	if len(f) == 0 {
		return d.Errorf("empty <!…> declaration")
	}
	if f[0] != "DOCTYPE" {
		return d.Errorf("<!%s> declarations are refused (they can define entities)", f[0])
	}
	if bytes.ContainsAny(t, "[<") {
		return d.Errorf("DOCTYPE declarations with an internal subset are refused: they can define entities (external or expanding ones); remove the declaration")
	}
	if len(f) >= 2 && slices.Contains(d.lim.Doctypes, f[1]) {
		return nil // names an external DTD that is never read; declares nothing
	}
	return d.Errorf("DOCTYPE declarations are refused: they can define entities; remove the declaration")
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
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
