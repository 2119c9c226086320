package xliff

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// Read reads an XLIFF 2.x or 1.x document, told apart by its root element's
// namespace and version, and returns its translations. Exchange.Format is
// "xliff" for 2.x and "xliff12" for 1.x.
//
// The reader checks the rules it relies on (the package documentation
// lists them) and reports the first problem as "file:line:col: what is
// wrong". A truncated or malformed file is an error, never a partial
// result.
func Read(name string, r io.Reader) (*catalog.Exchange, error) {
	return readDoc(name, xmlsafe.NewDecoder(name, r, readLimits))
}

// Parse is Read on a file already in memory, which it takes over: the
// XML reader rewrites data in place rather than copy it.
func Parse(name string, data []byte) (*catalog.Exchange, error) {
	return readDoc(name, xmlsafe.NewDecoderBytes(name, data, readLimits))
}

func readDoc(name string, dec *xmlsafe.Decoder) (*catalog.Exchange, error) {
	rd := &reader{dec: dec, name: name}
	root, err := rd.root()
	if err != nil {
		return nil, err
	}
	if root.Name.Local != "xliff" {
		return nil, rd.errorf("not an XLIFF file: the root element is <%s>, not <xliff>", root.Name.Local)
	}
	version := xmlsafe.Attr(root, "version")
	var x *catalog.Exchange
	switch {
	case root.Name.Space == ns20 && strings.HasPrefix(version, "2."):
		x, err = rd.read20(root)
	case root.Name.Space == ns20:
		return nil, rd.errorf("XLIFF 2 document with version %q (want 2.0, 2.1 or 2.2)", version)
	case strings.HasPrefix(version, "1.") && (root.Name.Space == ns12 || root.Name.Space == "" || strings.HasPrefix(root.Name.Space, "urn:oasis:names:tc:xliff:document:1.")):
		x, err = rd.read12(root)
	default:
		return nil, rd.errorf("not an XLIFF file terjime reads: <xliff> in namespace %q with version %q", root.Name.Space, version)
	}
	if err != nil {
		return nil, err
	}
	if err := rd.dec.Finish(); err != nil {
		return nil, err
	}
	x.Path = name
	return x, nil
}

// readLimits are xmlsafe's defaults; tests lower them.
var readLimits xmlsafe.Limits

type reader struct {
	dec  *xmlsafe.Decoder
	name string
}

// root returns the document's root element.
func (r *reader) root() (xml.StartElement, error) {
	se, err := r.dec.Root()
	return se, err
}

func (r *reader) errorf(format string, args ...any) error {
	line, col := r.dec.Pos()
	return &input.Error{File: r.name, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

// line is where the last token started, for Unit.Line.
func (r *reader) line() int {
	l, _ := r.dec.Pos()
	return l
}

// hasAttr reports whether the unqualified attribute name is present.
func hasAttr(se xml.StartElement, name string) bool {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return true
		}
	}
	return false
}

const xmlNS = "http://www.w3.org/XML/1998/namespace"

// xmlAttr returns the value of xml:name.
func xmlAttr(se xml.StartElement, name string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == xmlNS {
			return a.Value, true
		}
	}
	return "", false
}
