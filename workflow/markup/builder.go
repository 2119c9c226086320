package markup

// Builder writes a segment in notation from its text and its markup,
// numbering the codes from 1 in the order they open and recording their
// data in the order they stand (what a source catalog keeps).
type Builder struct {
	b     []byte
	data  []string
	next  int
	stack []int
}

// Text appends text. Whatever in it reads as a code becomes a standalone
// code whose data is that text, so the notation stays unambiguous.
func (b *Builder) Text(s string) {
	for _, t := range Tokens(s) {
		if t.Kind == Text {
			b.b = append(b.b, t.Text...)
		} else {
			b.Standalone(t.Text)
		}
	}
}

// Open appends the opening code of a pair whose opening markup is data.
func (b *Builder) Open(data string) {
	b.next++
	b.stack = append(b.stack, b.next)
	b.b = AppendTag(b.b, Open, b.next)
	b.data = append(b.data, data)
}

// Close appends the closing code of the innermost open pair; with no pair
// open, the markup is a standalone code.
func (b *Builder) Close(data string) {
	n := len(b.stack)
	if n == 0 {
		b.Standalone(data)
		return
	}
	b.b = AppendTag(b.b, Close, b.stack[n-1])
	b.stack = b.stack[:n-1]
	b.data = append(b.data, data)
}

// Standalone appends a standalone code.
func (b *Builder) Standalone(data string) {
	b.next++
	b.b = AppendTag(b.b, Standalone, b.next)
	b.data = append(b.data, data)
}

// Depth reports how many pairs are open.
func (b *Builder) Depth() int { return len(b.stack) }

// String returns the segment in notation.
func (b *Builder) String() string { return string(b.b) }

// Data returns the codes' data in the order they stand; nil without codes.
func (b *Builder) Data() []string { return b.data }

// Reset empties the builder for the next segment.
func (b *Builder) Reset() {
	b.b, b.data, b.next, b.stack = b.b[:0], nil, 0, b.stack[:0]
}
