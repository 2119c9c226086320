package xmlsafe

import "io"

// Writer accumulates XML in a buffer and hands it to the underlying writer
// in large pieces; the first error sticks, and later writes are dropped
// with it at Flush. Each format keeps its own wording for the characters
// XML cannot carry: Attr and Text say where they stopped.
type Writer struct {
	w   io.Writer
	buf []byte
	err error
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w, buf: make([]byte, 0, 64<<10)} }

// Raw writes markup as it is.
func (x *Writer) Raw(s ...string) {
	for _, p := range s {
		x.buf = append(x.buf, p...)
	}
	if len(x.buf) >= 60<<10 {
		x.Flush()
	}
}

// Attr writes ` name="value"` with value escaped. It returns the offset
// in value of the first character XML cannot carry (the value is written
// up to it), or -1.
func (x *Writer) Attr(name, value string) int {
	x.buf = append(x.buf, ' ')
	x.buf = append(x.buf, name...)
	x.buf = append(x.buf, '=', '"')
	var i int
	x.buf, i = AppendEscaped(x.buf, value, true)
	x.buf = append(x.buf, '"')
	return i
}

// Text writes s escaped as element content. It returns the offset of the
// first character XML cannot carry (s is written up to it), or -1.
func (x *Writer) Text(s string) int {
	var i int
	x.buf, i = AppendEscaped(x.buf, s, false)
	return i
}

// Fail records err unless an error is already recorded.
func (x *Writer) Fail(err error) {
	if x.err == nil {
		x.err = err
	}
}

// Err returns the first error.
func (x *Writer) Err() error { return x.err }

// Flush hands what is buffered to the underlying writer and returns the
// first error.
func (x *Writer) Flush() error {
	if x.err == nil && len(x.buf) > 0 {
		_, x.err = x.w.Write(x.buf)
	}
	x.buf = x.buf[:0]
	return x.err
}
