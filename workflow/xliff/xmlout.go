package xliff

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/xmlsafe"
)

// out is the shared XML writer with XLIFF's handling of the characters
// XML cannot carry.
type out struct {
	*xmlsafe.Writer
	cp bool // XLIFF 2.0: write characters XML cannot carry as <cp hex>
	// where says what is being written, for error messages: the
	// document and the segment or unit.
	doc, what, id string
}

// at sets what is being written: in document doc, the segment, unit or
// note id.
func (o *out) at(doc, what, id string) { o.doc, o.what, o.id = doc, what, id }

func newOut(w io.Writer) *out { return &out{Writer: xmlsafe.NewWriter(w)} }

// attr writes ` name="value"`.
func (o *out) attr(name, value string) {
	if i := o.Attr(name, value); i >= 0 {
		o.fail(value[i:])
	}
}

// text writes element content.
func (o *out) text(s string) {
	for {
		i := o.Text(s)
		if i < 0 {
			return
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !o.cp || r == utf8.RuneError && n == 1 {
			o.fail(s[i:])
			return
		}
		o.Raw(fmt.Sprintf(`<cp hex="%04X"/>`, r))
		s = s[i+n:]
	}
}

func (o *out) fail(rest string) {
	where := "document " + o.doc
	if o.id != "" {
		where += ", " + o.what + " " + o.id
	}
	r, n := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError && n == 1 {
		o.Fail(fmt.Errorf("%s: invalid UTF-8", where))
		return
	}
	o.Fail(fmt.Errorf("%s: character %U cannot be written in XML", where, r))
}
