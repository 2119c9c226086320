package markdown

import (
	"bytes"
	"unsafe"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/markup"
)

// chunkSize is about how much of a long document goldmark parses at a
// time. A tree of the whole document would hold several times its size in
// memory; a chunk's tree is let go once its blocks are out, and the next
// chunk's takes its memory.
var chunkSize = 64 << 10

// body parses the Markdown body, src[at:], a chunk at a time.
//
// A chunk ends where the document's block structure is closed whatever
// follows: before a line that starts a paragraph (a letter in the first
// column, so no list item, quote, code, fence or HTML), after a blank line
// (which has closed paragraphs and block quotes), and with nothing left
// open that such a line would continue — a fence or an HTML block still
// open reaches into the blank line, and then the chunk goes on to a later
// cut. Every block then ends where it ends in the whole document, and
// parsing the chunks one after the other gives what parsing the whole
// document gives. The one state that crosses blocks, link reference
// definitions, is gathered first (only if the document can have any) and
// shared by every chunk.
//
// A chunk also ends where the text starts or stops holding address marks
// (see chunker), so that most of an article is parsed without Linkify.
func (r *reader) body(at int) error {
	src := r.src[at:]
	// goldmark reads the bytes and never writes them, so they can be the
	// string's own: a 20 MB article is not copied.
	doc := unsafe.Slice(unsafe.StringData(src), len(src))
	ch := chunker{doc: doc, marks: newMarks()}
	var refs *references
	type cut struct{ end, kind int }
	var cuts []cut // the chunks found while gathering them
	if last := lastIndex(doc, "]:"); last >= 0 {
		// Definitions up to the last "]:", the only place one can end.
		refs = &references{refs: map[string]parser.Reference{}}
		for a := 0; a <= last && a < len(doc); {
			b, kind, tree := ch.parse(a, refsParser, nil)
			if tree != nil {
				refs.gather(tree)
			}
			cuts = append(cuts, cut{b, kind})
			a = b
		}
	}
	for a := 0; a < len(doc); {
		var b int
		var tree ast.Node
		if len(cuts) > 0 {
			var kind int
			b, kind, cuts = cuts[0].end, cuts[0].kind, cuts[1:]
			if kind != chunkSimple {
				tree = parse(parserFor(kind == chunkMarked), doc[a:b], refs)
			}
		} else {
			b, _, tree = ch.parse(a, nil, refs)
		}
		r.doc, r.base = doc[a:b], at+a
		var err error
		if tree == nil {
			err = r.paragraphs()
		} else {
			err = r.walk(tree)
		}
		if err != nil {
			return err
		}
		a = b
	}
	r.doc = nil
	return nil
}

// paragraphs gives the paragraphs of a simple chunk, r.doc, to the
// caller, each as the block that goldmark's tree of it gives: one text,
// from the start of its first line to the end of its last.
func (r *reader) paragraphs() error {
	doc := r.doc
	for i := 0; i < len(doc); {
		if blankLine(doc, i) {
			i += lineLen(doc, i)
			continue
		}
		start, end := i, i
		for i < len(doc) && !blankLine(doc, i) {
			i += lineLen(doc, i)
			end = i
			if doc[end-1] == '\n' {
				end--
			}
		}
		r.in.pieces = append(r.in.pieces[:0], blocks.Piece{Kind: markup.Text, Text: r.src[r.base+start : r.base+end]})
		if err := r.block(r.base+start, "paragraph", false, r.in.pieces); err != nil {
			return err
		}
	}
	return nil
}

// lastIndex is bytes.LastIndex(doc, sep), found with the forward search,
// which compares many bytes at a time (LastIndex one by one): a window at
// a time from the end, and within the window the last of its matches.
func lastIndex(doc []byte, sep string) int {
	const window = 64 << 10
	for end := len(doc); end >= len(sep); end -= window {
		start := max(0, end-window-len(sep)+1) // a match may straddle windows
		w := doc[start:end]
		last := -1
		for i := 0; ; {
			j := bytes.Index(w[i:], []byte(sep))
			if j < 0 {
				break
			}
			last = i + j
			i += j + 1
		}
		if last >= 0 {
			return start + last
		}
	}
	return -1
}

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, linkify, extension.TaskList),
	goldmark.WithParserOptions(parser.WithAttribute()))

// plain is md without Linkify, for text that holds no address mark: there
// Linkify makes no link, and the trees are md's. Linkify is asked at every
// space and line start, and goldmark breaks the text there to ask it — it
// halves the speed of the parse.
var plain = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList),
	goldmark.WithParserOptions(parser.WithAttribute())).Parser()

// refsParser is what gathers a document's link reference definitions:
// goldmark's block parsers without the inline ones. Definitions are taken
// out of paragraphs as blocks close, and blocks end where they end
// whatever the inlines, so it finds the definitions and the chunks' ends
// a full parse finds, in a fraction of the time.
var refsParser = goldmark.New(goldmark.WithParser(parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	parser.WithAttribute())),
	goldmark.WithExtensions(extension.Table)).Parser()

// parse parses one chunk with p, with the document's link reference
// definitions when refs is not nil.
func parse(p parser.Parser, chunk []byte, refs *references) ast.Node {
	var opts []parser.ParseOption
	if refs != nil {
		opts = append(opts, parser.WithContext(refs.context()))
	}
	return p.Parse(text.NewReader(chunk), opts...)
}

// chunker finds the chunks of doc, and the parser of each.
type chunker struct {
	doc   []byte
	marks marks
}

// splitMarked is whether chunks end where address marks start or stop
// (tests turn it off to compare with md alone).
var splitMarked = true

// parse parses the next chunk of doc from offset a with p (nil: the
// parser that the chunk's text needs), returning where it ends, its kind
// and its tree; no tree when the chunk is paragraphs of plain text
// (simple), which need no parse and hold no definition (no "[").
func (c *chunker) parse(a int, p parser.Parser, refs *references) (int, int, ast.Node) {
	b, kind := c.end(a)
	if kind == chunkSimple {
		return b, kind, nil
	}
	for {
		q := p
		if q == nil {
			q = parserFor(kind == chunkMarked)
		}
		tree := parse(q, c.doc[a:b], refs)
		if b == len(c.doc) || closedBefore(tree, blankFrom(c.doc[a:b])) {
			return b, kind, tree
		}
		// Something reaches over the cut: a longer chunk, so that a long
		// fence costs a few parses, not one per cut inside it.
		b = nextCut(c.doc, a+2*(b-a))
		if kind != chunkMarked && addressMark(c.doc[a:b]) >= 0 {
			kind = chunkMarked
		}
	}
}

// parserFor is md for text where an address mark stands, plain for text
// without: there Linkify finds nothing.
func parserFor(marked bool) parser.Parser {
	if marked || !splitMarked {
		return md.Parser()
	}
	return plain
}

// The kinds of chunk.
const (
	chunkPlain  = iota // parsed without Linkify
	chunkMarked        // parsed with Linkify: an address mark stands in it
	chunkSimple        // paragraphs of plain text (simple), not parsed
)

// end is where the chunk that starts at a ends, and its kind. The
// paragraphs (the stretches between cuts) that are simple go together,
// up to a+chunkSize. The others end at the first cut after a+chunkSize,
// or earlier at a cut before a simple one, or where they go from holding
// an address mark to a long stretch without any (minPlain), or back. A
// short stretch without goes with the paragraphs around it: a parse of
// its own costs goldmark more than Linkify does there.
func (c *chunker) end(a int) (int, int) {
	doc := c.doc
	if !splitMarked {
		return nextCut(doc, a+chunkSize), chunkMarked
	}
	b := nextCut(doc, a)
	if c.simple(a, b) {
		for b < len(doc) && b-a < chunkSize {
			e := nextCut(doc, b)
			if !c.simple(b, e) {
				break
			}
			b = e
		}
		return b, chunkSimple
	}
	next := c.marks.next(doc, a)
	has := next < b
	marked := has || next-a < minPlain
	for b < len(doc) && b-a < chunkSize {
		e := nextCut(doc, b)
		next := c.marks.next(doc, b)
		in := next < e
		if marked && !in && next-b >= minPlain || !marked && in || c.simple(b, e) {
			break
		}
		has = has || in
		b = e
	}
	if has {
		return b, chunkMarked
	}
	return b, chunkPlain
}

// simple reports whether doc[a:e], which ends at a cut, is one paragraph
// of plain text and blank lines: lines that start with an ASCII letter
// (no block starts there), end without a space or tab (no hard line
// break) and hold no address mark and none of the bytes that start inline
// markup or a table, or that goldmark takes for space. goldmark makes
// such a paragraph one text from the start of its first line to the end
// of its last, and that is what paragraphs gives without it.
func (c *chunker) simple(a, e int) bool {
	doc := c.doc
	if a >= e || !isLetter(doc[a]) || c.marks.next(doc, a) < e {
		return false
	}
	blank := false // a blank line has ended the paragraph
	for i := a; i < e; {
		n := lineLen(doc, i)
		if blankLine(doc, i) {
			blank = true
			i += n
			continue
		}
		line := doc[i : i+n]
		if line[n-1] == '\n' {
			line = line[:n-1] // the last line of a document may have no line break
		}
		if blank || !isLetter(line[0]) || line[len(line)-1] == ' ' || line[len(line)-1] == '\t' {
			return false
		}
		for _, ch := range line {
			if notSimple[ch] {
				return false
			}
		}
		i += n
	}
	return true
}

// notSimple are the bytes a simple paragraph does not hold: those that
// start inline markup (emphasis, strikethrough, links, images, task
// boxes, code spans, autolinks, HTML, escapes, entities, attributes), the
// cells of a table, and control characters other than tab.
var notSimple = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t'
	}
	for _, c := range []byte("*_~[]!<>`\\&|{}@\x7f") {
		t[c] = true
	}
	return t
}()

// minPlain is how long a stretch without address marks must be to be
// parsed without Linkify, in a chunk of its own: a parse costs goldmark
// about what Linkify costs on 500 bytes (BenchmarkParseChunks).
var minPlain = 1 << 10

// marks finds the address marks of a document ("://", "www." and "@",
// which every address Linkify makes holds), remembering where it found
// each: asked at places that never go back, it looks at each byte once.
type marks struct {
	// at is each mark's first place at or after from; -1 before it is
	// looked for.
	from, at [len(addressMarks)]int
}

func newMarks() marks {
	var m marks
	for k := range m.at {
		m.at[k] = -1
	}
	return m
}

// next is where the first address mark at or after i stands in doc,
// len(doc) if none does.
func (m *marks) next(doc []byte, i int) int {
	first := len(doc)
	for k, mark := range addressMarks {
		if m.at[k] < i || i < m.from[k] {
			m.from[k], m.at[k] = i, len(doc)
			if j := bytes.Index(doc[i:], mark); j >= 0 {
				m.at[k] = i + j
			}
		}
		first = min(first, m.at[k])
	}
	return first
}

// nextCut is the first place at or after i where a line starts with a
// letter after a blank line; the end of doc if there is none.
func nextCut(doc []byte, i int) int {
	for i < len(doc) {
		j := bytes.IndexByte(doc[i:], '\n')
		if j < 0 {
			return len(doc)
		}
		i += j + 1 // the start of a line
		// Blank lines, then a letter.
		k := i
		for k < len(doc) && blankLine(doc, k) {
			k += lineLen(doc, k)
		}
		if k > i && k < len(doc) && isLetter(doc[k]) {
			return k
		}
		if k > i {
			i = k
		}
	}
	return len(doc)
}

// blankLine reports whether the line at doc[i:] holds only spaces and
// tabs.
func blankLine(doc []byte, i int) bool {
	for ; i < len(doc) && doc[i] != '\n'; i++ {
		if c := doc[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// lineLen is the length of the line at doc[i:], with its line break.
func lineLen(doc []byte, i int) int {
	if j := bytes.IndexByte(doc[i:], '\n'); j >= 0 {
		return j + 1
	}
	return len(doc) - i
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// blankFrom is where the blank lines at the end of a chunk start.
func blankFrom(chunk []byte) int {
	e := len(chunk)
	for e > 0 {
		s := bytes.LastIndexByte(chunk[:e-1], '\n') + 1 // the last line's start
		if !blankLine(chunk, s) {
			break
		}
		e = s
	}
	return e
}

// closedBefore reports whether every block of the tree ends before offset
// end: nothing open (a fence, an HTML block) took in the blank lines there.
func closedBefore(tree ast.Node, end int) bool {
	last := tree.LastChild()
	return last == nil || extent(last) <= end
}

// extent is where the last line of block n, or of its last block inside,
// ends.
func extent(n ast.Node) int {
	e := 0
	if lines := n.Lines(); lines != nil && lines.Len() > 0 {
		e = lines.At(lines.Len() - 1).Stop
	}
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		e = max(e, h.ClosureLine.Stop)
	}
	if c := n.LastChild(); c != nil && c.Type() == ast.TypeBlock {
		e = max(e, extent(c))
	}
	return e
}

// references are the document's link reference definitions, the first of
// each label, for every chunk to resolve its links with.
type references struct {
	refs map[string]parser.Reference
}

// gather adds the definitions of a chunk's tree.
func (x *references) gather(tree ast.Node) {
	for n := tree.FirstChild(); n != nil; n = n.NextSibling() {
		x.gatherIn(n)
	}
}

func (x *references) gatherIn(n ast.Node) {
	if d, ok := n.(*ast.LinkReferenceDefinition); ok {
		key := util.ToLinkReference(d.Label)
		if _, ok := x.refs[key]; !ok {
			x.refs[key] = parser.NewReference(d.Label, d.Destination, d.Title)
		}
		return
	}
	if n.Type() != ast.TypeBlock {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		x.gatherIn(c)
	}
}

// context is a parse context whose links resolve against every
// definition of the document.
func (x *references) context() parser.Context {
	return sharedContext{parser.NewContext(), x}
}

type sharedContext struct {
	parser.Context
	x *references
}

func (c sharedContext) Reference(label string) (parser.Reference, bool) {
	r, ok := c.x.refs[label]
	return r, ok
}
