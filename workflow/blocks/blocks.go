package blocks

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/segment"
)

// Piece is a stretch of a block: text (Kind markup.Text) or the markup of a
// code, exactly as written in the document.
type Piece struct {
	Kind markup.Kind
	Text string
	// Space marks a standalone code that separates words as white space
	// does (a line break): the sentence splitter reads it as a line break,
	// and between two sentences it stays in the skeleton.
	Space bool
}

// Block is the inline content of one element of a document.
type Block struct {
	// Kind is the segments' kind: heading, paragraph, item, cell, meta
	// (a front matter value) or attribute.
	Kind   string
	Pieces []Piece
	// Whole keeps the block one segment: a title or an attribute value is
	// not cut into sentences.
	Whole bool
	// Sep is the document's text after the block, up to the next block or
	// the end.
	Sep string
	// Nested are the values to translate inside the markup of the block's
	// codes, in the order they stand.
	Nested []Nested
}

// Nested is a value to translate that stands inside the markup of one of
// a block's codes: the title of a link or an image, an attribute of an
// inline HTML tag. It becomes a segment of its own, never cut into
// sentences, while the code that holds it stays one code of its sentence.
type Nested struct {
	Kind string
	// At is where the value starts, counted from the start of the block's
	// pieces.
	At     int
	Pieces []Piece
}

// Len is how many bytes of the document the block's pieces take.
func (bl *Block) Len() int {
	n := 0
	for _, p := range bl.Pieces {
		n += len(p.Text)
	}
	return n
}

// Document is a marked-up document cut into blocks: Lead, then each
// block's pieces and Sep, is the document.
type Document struct {
	Lead   string
	Blocks []Block
}

// String rebuilds the document from its parts.
func (d *Document) String() string {
	var b strings.Builder
	b.WriteString(d.Lead)
	for _, bl := range d.Blocks {
		for _, p := range bl.Pieces {
			b.WriteString(p.Text)
		}
		b.WriteString(bl.Sep)
	}
	return b.String()
}

// All gives each block with the offset in the document where its pieces
// start.
func (d *Document) All() iter.Seq2[int, Block] {
	return func(yield func(int, Block) bool) {
		at := len(d.Lead)
		for _, bl := range d.Blocks {
			if !yield(at, bl) {
				return
			}
			at += bl.Len() + len(bl.Sep)
		}
	}
}

// Segment is one translation unit cut from a block.
type Segment struct {
	Text  string   // the segment in markup's notation
	Codes []string // the codes' markup, in the order they stand
	Sep   string   // the document's text after the segment
	Kind  string
	Block int
	// In is, for a nested value (Nested), 1 + the index of the segment in
	// whose codes it stands, its container; 0 for a segment of the
	// document's text, which the skeleton holds.
	In int
	// At is where a nested value starts in its container's Raw.
	At int
}

// Raw is the segment as it stands in the document.
func (s Segment) Raw() string {
	if len(s.Codes) == 0 {
		return s.Text
	}
	c, err := markup.NewCodes(s.Text, s.Codes)
	if err != nil {
		panic("blocks: " + err.Error()) // Cut writes only well-formed segments
	}
	raw, _ := c.Expand(s.Text, nil)
	return raw
}

// Join rebuilds the document from what Cut returns.
func Join(lead string, segs []Segment) string {
	var b strings.Builder
	b.WriteString(lead)
	for _, s := range segs {
		if s.In != 0 {
			continue // its text is in its container's codes
		}
		b.WriteString(s.Raw())
		b.WriteString(s.Sep)
	}
	return b.String()
}

// object stands for a standalone code in the text the sentence splitter
// reads: not a space, not a letter, not punctuation.
const object = "\uFFFC"

// Cut cuts the document's blocks into segments. Lead + Σ(Raw+Sep) is the
// document. Blocks without a letter or digit to translate stay in the
// skeleton.
func Cut(d Document, opt segment.Options) (lead string, segs []Segment) {
	c := NewCutter(d.String(), opt)
	for at, bl := range d.All() {
		c.Add(at, bl)
	}
	return c.Finish()
}

// Cutter cuts the blocks of a document into segments as a reader finds
// them, so that a long document is never held as blocks and segments at
// once. The segments' text between codes, their codes and the skeleton
// between them are the document's own strings, not copies.
type Cutter struct {
	src string
	sen *segment.Sentencer
	// The segments so far, in chunks: a long document's would otherwise be
	// copied at every regrowth.
	chunks [][]Segment
	n      int
	// top is the last segment of the document's text (not nested), whose
	// Sep the next segment's start ends.
	top *Segment
	// end is where the skeleton after the last segment starts in src,
	// lead where the first segment starts.
	end, lead int
	blocks    int
	cu        cutter
	vu        cutter // a nested value's, while cu holds its block
}

// NewCutter starts cutting the document src.
func NewCutter(src string, opt segment.Options) *Cutter {
	return &Cutter{src: src, sen: segment.NewSentencer(opt)}
}

// segChunk is how many segments a chunk holds.
const segChunk = 4096

func (c *Cutter) add(s Segment) {
	n := len(c.chunks)
	if n == 0 || len(c.chunks[n-1]) == cap(c.chunks[n-1]) {
		size := segChunk
		if n == 0 {
			size = min(segChunk, len(c.src)/256+4) // most documents are short
		}
		c.chunks = append(c.chunks, make([]Segment, 0, size))
		n++
	}
	c.chunks[n-1] = append(c.chunks[n-1], s)
	c.n++
	if s.In == 0 {
		// A chunk never grows past its capacity: the pointer stays good.
		c.top = &c.chunks[n-1][len(c.chunks[n-1])-1]
	}
}

// Add cuts the next block, whose pieces stand at offset start of the
// document; its Sep is not read. Add keeps nothing of bl.Pieces, which
// the caller may reuse.
func (c *Cutter) Add(start int, bl Block) {
	bi := c.blocks
	c.blocks++
	cu := &c.cu
	cu.reset(bl, c.src, start)
	var rs []segment.Span
	if cu.translatable() {
		var spans []segment.Span
		if bl.Whole {
			a, b := trimSpan(cu.plain, 0, len(cu.plain))
			spans = []segment.Span{{Start: a, End: b}}
		} else {
			spans = c.sen.Sentences(cu.plain)
		}
		rs = cu.ranges(spans)
	}
	if len(bl.Nested) > 0 {
		c.nested(start, bl, bi, rs)
		return
	}
	for _, r := range rs {
		c.skeleton(start + r.Start)
		c.add(cu.segment(r, bl.Kind, bi))
		c.end = start + r.End
	}
	cu.pieces = nil
}

// nested adds the segments of a block whose codes hold nested values, as
// Add does, and the values: one inside a segment's codes becomes a
// segment of its own after the block's last, with its container's index
// and where it stands in the container; one the skeleton holds (its code
// stays out of every segment) a segment in its place. Each value has a
// block number of its own, so that it never joins its container's
// paragraph in an interchange file.
func (c *Cutter) nested(start int, bl Block, bi int, rs []segment.Span) {
	type inside struct {
		v, seg, at int // the value, its container, where the container starts in the block
	}
	var in []inside
	k := 0
	for _, r := range rs {
		for ; k < len(bl.Nested) && bl.Nested[k].At < r.Start; k++ {
			c.alone(start, bl.Nested[k])
		}
		c.skeleton(start + r.Start)
		c.add(c.cu.segment(r, bl.Kind, bi))
		c.end = start + r.End
		for ; k < len(bl.Nested) && bl.Nested[k].At < r.End; k++ {
			in = append(in, inside{k, c.n - 1, r.Start})
		}
	}
	for ; k < len(bl.Nested); k++ {
		c.alone(start, bl.Nested[k])
	}
	c.cu.pieces = nil
	for _, x := range in {
		v := bl.Nested[x.v]
		if r, s, ok := c.value(start, v); ok {
			s.In, s.At = x.seg+1, v.At+r.Start-x.at
			c.add(s)
		}
	}
}

// alone adds a nested value that the skeleton holds as a segment in its
// place.
func (c *Cutter) alone(start int, v Nested) {
	r, s, ok := c.value(start, v)
	if !ok {
		return
	}
	at := start + v.At
	c.skeleton(at + r.Start)
	c.add(s)
	c.end = at + r.End
}

// value cuts a nested value, whose pieces stand at start+v.At, into one
// segment and the range of the value it takes; false when it has nothing
// to translate.
func (c *Cutter) value(start int, v Nested) (segment.Span, Segment, bool) {
	bi := c.blocks
	c.blocks++
	vu := &c.vu
	vu.reset(Block{Pieces: v.Pieces}, c.src, start+v.At)
	defer func() { vu.pieces = nil }()
	if !vu.translatable() {
		return segment.Span{}, Segment{}, false
	}
	a, b := trimSpan(vu.plain, 0, len(vu.plain))
	rs := vu.ranges([]segment.Span{{Start: a, End: b}})
	if len(rs) == 0 {
		return segment.Span{}, Segment{}, false
	}
	return rs[0], vu.segment(rs[0], v.Kind, bi), true
}

// skeleton ends the skeleton before a segment that starts at offset at.
func (c *Cutter) skeleton(at int) {
	if c.top != nil {
		c.top.Sep = c.src[c.end:at]
	} else {
		c.lead = at
	}
}

// Finish returns the document's lead and its segments.
func (c *Cutter) Finish() (lead string, segs []Segment) {
	if c.n == 0 {
		return c.src, nil
	}
	lead, all := c.FinishAll()
	segs = make([]Segment, 0, c.n)
	for _, s := range all {
		segs = append(segs, s)
	}
	return lead, segs
}

// Len is how many segments the document has so far.
func (c *Cutter) Len() int { return c.n }

// FinishAll is Finish for a caller that turns the segments into its own:
// they come in order, Len of them, from where the cutter keeps them, not
// copied into one slice first (a long document's are several MB).
func (c *Cutter) FinishAll() (lead string, segs iter.Seq2[int, Segment]) {
	if c.n == 0 {
		return c.src, func(func(int, Segment) bool) {}
	}
	c.top.Sep = c.src[c.end:]
	chunks := c.chunks
	c.chunks = nil
	return c.src[:c.lead], func(yield func(int, Segment) bool) {
		i := 0
		for _, k := range chunks {
			for _, s := range k {
				if !yield(i, s) {
					return
				}
				i++
			}
		}
	}
}

// cutter holds one block while it is cut.
type cutter struct {
	pieces []Piece
	raw    string // the block in the document
	plain  string // what the sentence splitter reads: in buf
	buf    []byte
	// Per piece: where it starts in raw and in plain.
	rawAt, plainAt []int
	b              markup.Builder
}

func (c *cutter) reset(bl Block, src string, start int) {
	c.pieces = bl.Pieces
	c.rawAt, c.plainAt, c.buf = c.rawAt[:0], c.plainAt[:0], c.buf[:0]
	n := 0
	for _, p := range bl.Pieces {
		c.rawAt = append(c.rawAt, n)
		c.plainAt = append(c.plainAt, len(c.buf))
		n += len(p.Text)
		switch {
		case p.Kind == markup.Text || p.Kind == markup.Standalone && blank(p.Text):
			c.buf = append(c.buf, p.Text...)
		case p.Kind == markup.Standalone && p.Space:
			c.buf = append(c.buf, '\n')
		case p.Kind == markup.Standalone:
			c.buf = append(c.buf, object...)
		}
	}
	c.rawAt = append(c.rawAt, n)
	c.plainAt = append(c.plainAt, len(c.buf))
	c.raw = src[start : start+n]
	// The splitter reads plain and keeps none of it: no copy is needed.
	c.plain = unsafe.String(unsafe.SliceData(c.buf), len(c.buf))
}

// translatable reports whether the block has a letter or a digit in its text.
func (c *cutter) translatable() bool {
	for _, p := range c.pieces {
		if p.Kind == markup.Text && strings.IndexFunc(p.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// zeroWidth reports whether piece i has no plain text (markup around text).
func (c *cutter) zeroWidth(i int) bool {
	k := c.pieces[i].Kind
	return k == markup.Open || k == markup.Close
}

// rawStart maps the start of a sentence at plain offset a to raw: after the
// closing codes that end the previous sentence there, before the opening
// codes that start this one.
func (c *cutter) rawStart(a int) int {
	i := c.pieceAt(a)
	if i < 0 {
		return len(c.raw)
	}
	if !c.zeroWidth(i) || c.plainAt[i] < a {
		return c.rawOffset(i, a-c.plainAt[i])
	}
	for i < len(c.pieces) && c.zeroWidth(i) && c.plainAt[i] == a && c.pieces[i].Kind == markup.Close {
		i++
	}
	return c.rawAt[i]
}

// rawEnd maps the end of a sentence at plain offset b to raw, taking the
// closing codes that follow it.
func (c *cutter) rawEnd(b int) int {
	// The last piece that starts before b, or at b with width (text at b is
	// the next sentence's).
	i := c.pieceAt(b)
	if i < 0 {
		i = len(c.pieces)
	}
	// Back to the piece holding b-1.
	j := i
	for j > 0 && c.plainAt[j] >= b {
		j--
	}
	if c.plainAt[j] < b && !c.zeroWidth(j) {
		end := c.rawOffset(j, b-c.plainAt[j])
		if end < c.rawAt[j+1] {
			return end
		}
		j++
	} else {
		j = i
	}
	for j < len(c.pieces) && c.zeroWidth(j) && c.plainAt[j] == b && c.pieces[j].Kind == markup.Close {
		j++
	}
	return c.rawAt[j]
}

// rawOffset maps offset off of piece i's plain text to raw: text is the
// same in both, a standalone code is one character in plain.
func (c *cutter) rawOffset(i, off int) int {
	if c.pieces[i].Kind == markup.Text || off == 0 || c.rawAt[i+1]-c.rawAt[i] == c.plainAt[i+1]-c.plainAt[i] {
		return c.rawAt[i] + off
	}
	return c.rawAt[i+1]
}

// pieceAt returns the first piece whose plain text reaches past a, or
// that starts at a with no width; -1 past the end.
func (c *cutter) pieceAt(a int) int {
	// The first piece that ends at or after a, found by bisection: blocks
	// of a long document can have thousands of pieces.
	i := sort.SearchInts(c.plainAt[1:], a)
	for ; i < len(c.pieces); i++ {
		if c.plainAt[i+1] > a || c.plainAt[i] == a && c.zeroWidth(i) {
			return i
		}
	}
	return -1
}

// within returns the pieces [i, j) that start inside raw range r.
func (c *cutter) within(r segment.Span) (int, int) {
	i := sort.SearchInts(c.rawAt[:len(c.pieces)], r.Start)
	j := sort.SearchInts(c.rawAt[:len(c.pieces)], r.End)
	return i, j
}

// ranges maps the sentences' plain spans to raw ranges and joins those
// that would cut a paired code in two.
func (c *cutter) ranges(spans []segment.Span) []segment.Span {
	var out []segment.Span
	var cur segment.Span
	open := false
	for _, s := range spans {
		r := segment.Span{Start: c.rawStart(s.Start), End: c.rawEnd(s.End)}
		if r.Start >= r.End {
			continue
		}
		if !open {
			cur = r
		} else {
			cur.End = r.End
		}
		open = c.depth(cur) != 0
		if !open {
			out = c.keep(out, cur)
		}
	}
	if open {
		out = c.keep(out, cur)
	}
	return out
}

// keep appends range r to out unless it has nothing to translate, after
// moving standalone codes on lines of their own at its ends (the tags of
// a paired shortcode around a paragraph) to the skeleton.
func (c *cutter) keep(out []segment.Span, r segment.Span) []segment.Span {
	a, b, ok := c.textBounds(r)
	if !ok {
		return out
	}
	if c.onlyStandalone(r.Start, a) {
		if nl := c.newline(r.Start, a, true); nl >= 0 {
			r.Start = nl + 1
			for r.Start < a && isBlankByte(c.raw[r.Start]) {
				r.Start++
			}
		}
	}
	if c.onlyStandalone(b, r.End) {
		if nl := c.newline(b, r.End, false); nl >= 0 {
			r.End = nl
			for r.End > b && isBlankByte(c.raw[r.End-1]) {
				r.End--
			}
		}
	}
	return append(out, r)
}

// newline finds the last (or first) line break of raw [a, b) that stands
// in text, not inside a code's markup; -1 if none.
func (c *cutter) newline(a, b int, last bool) int {
	i, j := c.within(segment.Span{Start: a, End: b})
	if i > 0 && c.rawAt[i] > a {
		i--
	}
	found := -1
	for k := i; k < j; k++ {
		if c.pieces[k].Kind != markup.Text {
			continue
		}
		lo, hi := max(c.rawAt[k], a), min(c.rawAt[k+1], b)
		t := c.raw[lo:hi]
		if last {
			if x := strings.LastIndexByte(t, '\n'); x >= 0 {
				found = lo + x
			}
		} else if x := strings.IndexByte(t, '\n'); x >= 0 {
			return lo + x
		}
	}
	return found
}

// textBounds finds the first and last letter or digit of the text in r.
func (c *cutter) textBounds(r segment.Span) (a, b int, ok bool) {
	i, j := c.within(r)
	if i > 0 && c.rawAt[i] > r.Start {
		i--
	}
	a = -1
	for k := i; k < j; k++ {
		if c.pieces[k].Kind != markup.Text {
			continue
		}
		lo, hi := max(c.rawAt[k], r.Start), min(c.rawAt[k+1], r.End)
		t := c.raw[lo:hi]
		if x := strings.IndexFunc(t, isWord); x >= 0 {
			if a < 0 {
				a = lo + x
			}
			y := strings.LastIndexFunc(t, isWord)
			_, n := utf8.DecodeRuneInString(t[y:])
			b = lo + y + n
		}
	}
	return a, b, a >= 0
}

// onlyStandalone reports whether raw [a, b) holds only white space and
// standalone codes.
func (c *cutter) onlyStandalone(a, b int) bool {
	i, j := c.within(segment.Span{Start: a, End: b})
	if i > 0 && c.rawAt[i] > a {
		i--
	}
	for k := i; k < j; k++ {
		switch c.pieces[k].Kind {
		case markup.Open, markup.Close:
			return false
		case markup.Text:
			lo, hi := max(c.rawAt[k], a), min(c.rawAt[k+1], b)
			if strings.TrimSpace(c.raw[lo:hi]) != "" {
				return false
			}
		}
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isBlankByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// depth is what is left open by the codes inside raw range r; a close
// without its open counts too.
func (c *cutter) depth(r segment.Span) int {
	d, bad := 0, 0
	i, j := c.within(r)
	for _, p := range c.pieces[i:j] {
		switch p.Kind {
		case markup.Open:
			d++
		case markup.Close:
			if d == 0 {
				bad++
			} else {
				d--
			}
		}
	}
	return d + bad
}

// segment writes raw range r in notation.
func (c *cutter) segment(r segment.Span, kind string, block int) Segment {
	i, j := c.within(r)
	if i > 0 && c.rawAt[i] > r.Start {
		i-- // a text piece that the range starts inside
	}
	if c.plainText(i, j) && !markup.Has(c.raw[r.Start:r.End]) {
		// Text without codes, as most sentences are: the document's own
		// string.
		return Segment{Text: c.raw[r.Start:r.End], Kind: kind, Block: block}
	}
	b := &c.b
	b.Reset()
	for ; i < j; i++ {
		p := c.pieces[i]
		a, e := max(c.rawAt[i], r.Start), min(c.rawAt[i+1], r.End)
		if a >= e && p.Text != "" {
			continue
		}
		switch p.Kind {
		case markup.Text:
			b.Text(c.raw[a:e])
		case markup.Open:
			b.Open(p.Text)
		case markup.Close:
			b.Close(p.Text)
		default:
			b.Standalone(p.Text)
		}
	}
	return Segment{Text: b.String(), Codes: b.Data(), Kind: kind, Block: block}
}

// plainText reports whether pieces [i, j) are all text.
func (c *cutter) plainText(i, j int) bool {
	for _, p := range c.pieces[i:j] {
		if p.Kind != markup.Text {
			return false
		}
	}
	return true
}

func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// trimSpan narrows [a, b) of s to exclude white space at both ends.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}
