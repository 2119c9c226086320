package xliff

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/xmlsafe"
)

// out accumulates XML in a buffer and hands it to the writer in large
// pieces; the first error sticks.
type out struct {
	w   io.Writer
	buf []byte
	err error
	cp  bool // XLIFF 2.0: write characters XML cannot carry as <cp hex>
	// where says what is being written, for error messages: the
	// document and the segment or unit.
	doc, what, id string
}

// at sets what is being written: in document doc, the segment, unit or
// note id.
func (o *out) at(doc, what, id string) { o.doc, o.what, o.id = doc, what, id }

func newOut(w io.Writer) *out { return &out{w: w, buf: make([]byte, 0, 64<<10)} }

func (o *out) raw(s ...string) {
	for _, x := range s {
		o.buf = append(o.buf, x...)
	}
	if len(o.buf) >= 60<<10 {
		o.flush()
	}
}

func (o *out) flush() error {
	if o.err == nil && len(o.buf) > 0 {
		_, o.err = o.w.Write(o.buf)
	}
	o.buf = o.buf[:0]
	return o.err
}

// attr writes ` name="value"`.
func (o *out) attr(name, value string) {
	o.buf = append(o.buf, ' ')
	o.buf = append(o.buf, name...)
	o.buf = append(o.buf, '=', '"')
	var i int
	o.buf, i = xmlsafe.AppendEscaped(o.buf, value, true)
	if i >= 0 {
		o.fail(value[i:])
	}
	o.buf = append(o.buf, '"')
}

// text writes element content.
func (o *out) text(s string) {
	for {
		var i int
		o.buf, i = xmlsafe.AppendEscaped(o.buf, s, false)
		if i < 0 {
			return
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !o.cp || r == utf8.RuneError && n == 1 {
			o.fail(s[i:])
			return
		}
		o.buf = fmt.Appendf(o.buf, `<cp hex="%04X"/>`, r)
		s = s[i+n:]
	}
}

func (o *out) fail(rest string) {
	if o.err != nil {
		return
	}
	where := "document " + o.doc
	if o.id != "" {
		where += ", " + o.what + " " + o.id
	}
	r, n := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError && n == 1 {
		o.err = fmt.Errorf("%s: invalid UTF-8", where)
		return
	}
	o.err = fmt.Errorf("%s: character %U cannot be written in XML", where, r)
}
