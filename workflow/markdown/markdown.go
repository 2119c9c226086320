package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/htmldoc"
	"github.com/terjime/terjime/workflow/markup"
)

// Options say what of a document is translated.
type Options struct {
	// FrontMatter lists the front matter keys whose values are translated;
	// DefaultFrontMatter when nil.
	FrontMatter []string
	// Attributes lists the HTML attributes whose values are translated, in
	// inline HTML and HTML blocks; htmldoc.DefaultAttributes when nil.
	Attributes []string
	// Protect is protected syntax beyond Hugo's shortcodes: text matching
	// any of these becomes a standalone code.
	Protect []*regexp.Regexp
}

// DefaultFrontMatter are the front matter keys translated by default.
var DefaultFrontMatter = []string{"title", "description", "summary"}

// Shortcodes matches Hugo's shortcodes, {{< … >}} and {{% … %}}.
var Shortcodes = regexp.MustCompile(`(?s)\{\{(?:<.*?>|%.*?%)\}\}`)

// Error is a problem in a document, at a line.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Read cuts a Markdown document into blocks.
func Read(src string, opt Options) (blocks.Document, error) {
	var d blocks.Document
	prev := 0 // where the last block ends
	err := Walk(src, opt, func(start int, b blocks.Block) {
		if len(d.Blocks) == 0 {
			d.Lead = src[:start]
		} else {
			d.Blocks[len(d.Blocks)-1].Sep = src[prev:start]
		}
		b.Pieces = slices.Clone(b.Pieces)
		d.Blocks = append(d.Blocks, b)
		prev = start + b.Len()
	})
	if err != nil {
		return blocks.Document{}, err
	}
	if len(d.Blocks) == 0 {
		d.Lead = src
	} else {
		d.Blocks[len(d.Blocks)-1].Sep = src[prev:]
	}
	return d, nil
}

// Walk reads a Markdown document and gives its blocks to fn in document
// order, each with the offset in src where its pieces start; a block's
// Sep is left empty (it is the text up to the next block's start). fn must
// not keep b.Pieces, which Walk reuses.
func Walk(src string, opt Options, fn func(start int, b blocks.Block)) error {
	r := reader{src: src, opt: opt, emit: fn}
	if opt.FrontMatter == nil {
		r.opt.FrontMatter = DefaultFrontMatter
	}
	r.protect = append([]*regexp.Regexp{Shortcodes}, opt.Protect...)
	body, err := r.frontMatter()
	if err != nil {
		return err
	}
	return r.body(body)
}

type reader struct {
	src     string
	opt     Options
	protect []*regexp.Regexp
	emit    func(start int, b blocks.Block)
	// doc is the stretch of the body that goldmark parsed, base where it
	// starts in src: node positions are offsets in doc.
	doc  []byte
	base int
	in   inliner
}

// block gives the block of pieces that stand at src[start:] to the
// caller, after protecting the document's protected syntax in them.
func (r *reader) block(start int, kind string, whole bool, pieces []blocks.Piece) error {
	return r.nestedBlock(start, kind, whole, pieces, nil)
}

// nestedBlock is block for a block whose codes hold nested values.
func (r *reader) nestedBlock(start int, kind string, whole bool, pieces []blocks.Piece, nested []blocks.Nested) error {
	pieces, err := r.protectPieces(start, pieces)
	if err != nil {
		return err
	}
	for i := range nested {
		if nested[i].Pieces, err = r.protectPieces(start+nested[i].At, nested[i].Pieces); err != nil {
			return err
		}
	}
	r.emit(start, blocks.Block{Kind: kind, Whole: whole, Pieces: pieces, Nested: nested})
	return nil
}

// line returns the 1-based line of offset off in src.
func (r *reader) line(off int) int { return strings.Count(r.src[:off], "\n") + 1 }

// walk finds the translatable blocks of the tree in document order.
func (r *reader) walk(tree ast.Node) error {
	return ast.Walk(tree, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var kind string
		switch n.(type) {
		case *ast.Heading:
			kind = "heading"
		case *ast.Paragraph:
			kind = "paragraph"
			if _, ok := n.Parent().(*ast.ListItem); ok {
				kind = "item"
			}
		case *ast.TextBlock:
			kind = "item"
		case *east.TableCell:
			kind = "cell"
		case *ast.HTMLBlock:
			return ast.WalkSkipChildren, r.htmlBlock(n.(*ast.HTMLBlock))
		case *ast.LinkReferenceDefinition:
			return ast.WalkSkipChildren, r.definition(n.(*ast.LinkReferenceDefinition))
		default:
			return ast.WalkContinue, nil
		}
		lines := n.Lines()
		if lines.Len() == 0 {
			return ast.WalkSkipChildren, nil
		}
		start := lines.At(0).Start
		end := lines.At(lines.Len() - 1).Stop
		for end > start && isSpace(r.doc[end-1]) {
			end--
		}
		in := &r.in
		in.reset(r, start, end)
		in.children(n)
		in.finish(end)
		if err := r.nestedBlock(r.base+start, kind, false, in.pieces, in.nestedValues(n)); err != nil {
			return ast.WalkStop, err
		}
		return ast.WalkSkipChildren, nil
	})
}

// definition makes the title of a link reference definition, which the
// skeleton holds, a block of its own.
func (r *reader) definition(n *ast.LinkReferenceDefinition) error {
	lines := n.Lines()
	if len(n.Title) == 0 || lines.Len() == 0 {
		return nil
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	def := r.doc[start:end]
	i := bytes.IndexByte(def, '[')
	if i < 0 {
		return nil
	}
	// The label's closing "]", which no other "]" in it can be: a label
	// holds brackets only escaped.
	j := i + 1
	for j < len(def) && def[j] != ']' {
		if def[j] == '\\' {
			j++
		}
		j++
	}
	if j+1 >= len(def) || def[j+1] != ':' {
		return nil
	}
	a, b, ok := linkTitle(def, j+2)
	if !ok {
		return nil
	}
	pieces, ok := r.valuePieces(lines, start+a, start+b, n.Title)
	if !ok {
		return nil
	}
	return r.block(r.base+start+a, "link-title", true, pieces)
}

// valuePieces are the pieces of a value (a title, an attribute) that
// stands at doc[a:b] in a block whose lines are lines: its text, and
// where it goes on to the next line inside a block quote, the quote's
// ">" that starts that line a standalone code, as in the block's own text
// (loose); white space there (a list item's indentation) is text. A
// link's title, which goldmark read as title without the containers'
// markup, is taken only where it is that title as written: false when it
// is not.
func (r *reader) valuePieces(lines *text.Segments, a, b int, title []byte) ([]blocks.Piece, bool) {
	var pieces []blocks.Piece
	var plain []byte // the value without the containers' markup
	add := func(k markup.Kind, x, y int) {
		if x >= y {
			return
		}
		t := r.src[r.base+x : r.base+y]
		if n := len(pieces); k == markup.Text && n > 0 && pieces[n-1].Kind == markup.Text {
			pieces[n-1].Text = r.src[r.base+x-len(pieces[n-1].Text) : r.base+y]
		} else {
			pieces = append(pieces, blocks.Piece{Kind: k, Text: t})
		}
		if k == markup.Text && title != nil {
			plain = append(plain, t...)
		}
	}
	x := a
	// The lines that start inside the value, found by bisection: a long
	// paragraph has many lines and many links.
	for k := max(1, sort.Search(lines.Len(), func(k int) bool { return lines.At(k).Start > a })); k < lines.Len() && lines.At(k).Start <= b; k++ {
		// What goldmark leaves out between two lines: the markup of the
		// containers at the start of the second.
		gs, ge := lines.At(k-1).Stop, lines.At(k).Start
		if gs >= ge || gs < a {
			continue
		}
		add(markup.Text, x, gs)
		if blank(r.doc[gs:ge]) {
			add(markup.Text, gs, ge)
		} else {
			add(markup.Standalone, gs, ge)
		}
		x = ge
	}
	add(markup.Text, x, b)
	if title != nil && !sameTitle(plain, title) {
		return nil, false
	}
	return pieces, true
}

// blank reports whether s is only white space.
func blank(s []byte) bool {
	for _, c := range s {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// htmlBlock reads the text of an HTML block (MDN's older pages are HTML
// in Markdown files) with the HTML reader: its blocks join the document's.
func (r *reader) htmlBlock(n *ast.HTMLBlock) error {
	lines := n.Lines()
	if lines.Len() == 0 {
		return nil
	}
	start, end := r.base+lines.At(0).Start, r.base+lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		end = r.base + n.ClosureLine.Stop
	}
	d := htmldoc.Read(r.src[start:end], htmldoc.Options{Attributes: r.opt.Attributes, Protect: r.protect})
	for at, b := range d.All() {
		r.emit(start+at, b)
	}
	return nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// inliner turns the inline nodes of one block into pieces. Text nodes give
// the text; the bytes between two texts are the markup of the nodes that
// end and start between them (markers).
type inliner struct {
	r       *reader
	cursor  int // in doc: the end of what has become pieces
	start   int
	end     int
	pieces  []blocks.Piece
	pending []marker
	// values are the translatable values found in the codes so far (a
	// link's title, an inline tag's attribute): where they stand in doc.
	values []nestedValue
}

type nestedValue struct {
	kind  string
	a, b  int
	title []byte // a link's title as goldmark read it; nil for an attribute
}

// marker is a node boundary between two texts: an exit (position unknown),
// an opening of known length, or a leaf of known extent.
type marker struct {
	kind       markup.Kind // Open, Close or Standalone (a leaf)
	start, end int         // Open and Standalone
	node       ast.Node
}

func (in *inliner) reset(r *reader, start, end int) {
	in.r, in.cursor, in.start, in.end = r, start, start, end
	in.pieces, in.pending, in.values = in.pieces[:0], in.pending[:0], in.values[:0]
}

// nestedValues are the block's nested values, in the order they stand.
func (in *inliner) nestedValues(n ast.Node) []blocks.Nested {
	if len(in.values) == 0 {
		return nil
	}
	slices.SortFunc(in.values, func(x, y nestedValue) int { return x.a - y.a })
	out := make([]blocks.Nested, 0, len(in.values))
	for _, v := range in.values {
		if pieces, ok := in.r.valuePieces(n.Lines(), v.a, v.b, v.title); ok {
			out = append(out, blocks.Nested{Kind: v.kind, At: v.a - in.start, Pieces: pieces})
		}
	}
	return out
}

func (in *inliner) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		in.node(c)
	}
}

func (in *inliner) node(n ast.Node) {
	doc := in.r.doc
	switch n := n.(type) {
	case *ast.Text:
		seg := n.Segment
		in.text(seg.Start, seg.Stop)
	case *ast.Emphasis, *ast.Link, *ast.Image, *east.Strikethrough:
		p := n.Pos()
		if p < in.cursor {
			p = in.cursor
		}
		l := openLen(doc, p, n)
		in.pending = append(in.pending, marker{kind: markup.Open, start: p, end: p + l, node: n})
		in.children(n)
		in.pending = append(in.pending, marker{kind: markup.Close, node: n})
	case *ast.CodeSpan:
		p := max(n.Pos(), in.cursor)
		k := 0
		for p+k < len(doc) && doc[p+k] == '`' {
			k++
		}
		e := p + k
		if last := lastText(n); last >= 0 {
			e = last
		}
		// The closing run of k backticks after the content.
		if i := bytes.Index(doc[e:], bytes.Repeat([]byte{'`'}, k)); i >= 0 {
			e += i + k
		}
		in.leaf(p, e)
	case *ast.AutoLink:
		p := max(n.Pos(), in.cursor)
		e := p + len(n.Label(doc))
		if p < len(doc) && doc[p] == '<' {
			if i := bytes.IndexByte(doc[p:], '>'); i >= 0 {
				e = p + i + 1
			}
		}
		in.leaf(p, e)
	case *ast.RawHTML:
		segs := n.Segments
		if segs.Len() > 0 {
			a, b := max(segs.At(0).Start, in.cursor), segs.At(segs.Len()-1).Stop
			in.leaf(a, b)
			if a < b {
				raw := in.r.src[in.r.base+a : in.r.base+b] // the source's own string: no copy
				for _, v := range htmldoc.Values(raw, in.r.opt.Attributes) {
					in.values = append(in.values, nestedValue{"attribute", a + v[0], a + v[1], nil})
				}
			}
		}
	case *east.TaskCheckBox:
		p := max(n.Pos(), in.cursor)
		in.leaf(p, min(p+3, in.end))
	default:
		// Any other inline node: its text is text, its markup markup.
		in.children(n)
	}
}

// lastText is where the last text inside n ends; -1 if none.
func lastText(n ast.Node) int {
	e := -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			e = t.Segment.Stop
		}
	}
	return e
}

// openLen is the length of the markup that opens n at p.
func openLen(doc []byte, p int, n ast.Node) int {
	switch n := n.(type) {
	case *ast.Emphasis:
		return min(n.Level, len(doc)-p)
	case *ast.Image:
		return min(2, len(doc)-p)
	case *east.Strikethrough:
		k := 0
		for p+k < len(doc) && doc[p+k] == '~' {
			k++
		}
		return k
	}
	return min(1, len(doc)-p)
}

func (in *inliner) leaf(start, end int) {
	if end < start {
		end = start
	}
	in.pending = append(in.pending, marker{kind: markup.Standalone, start: start, end: end})
}

// text records the text doc[a:b], after the markup before it.
func (in *inliner) text(a, b int) {
	if a < in.cursor {
		a = in.cursor // a code span's content overlaps what is already taken
	}
	in.resolve(a)
	if b > a {
		in.piece(markup.Text, a, b)
		in.cursor = b
	}
}

// finish resolves the markup after the last text.
func (in *inliner) finish(end int) { in.resolve(end) }

// resolve turns doc[cursor:a] into the pieces of the pending markers.
func (in *inliner) resolve(a int) {
	var exits []marker
	x := in.cursor
	closeExits := func(to int) {
		in.exits(exits, x, to)
		exits = exits[:0]
		x = max(x, to)
	}
	for _, m := range in.pending {
		switch m.kind {
		case markup.Close:
			exits = append(exits, m)
		case markup.Open:
			s := min(max(m.start, x), a)
			closeExits(s)
			e := min(max(m.end, s), a)
			in.piece(markup.Open, s, e)
			x = e
		default:
			s := min(max(m.start, x), a)
			closeExits(s)
			e := min(max(m.end, s), a)
			in.piece(markup.Standalone, s, e)
			x = e
		}
	}
	closeExits(a)
	in.pending = in.pending[:0]
	in.cursor = max(x, a)
}

// exits gives doc[x:y] to the closing markup of nodes that end there,
// innermost first. The outer ones take their known lengths from the end
// (an emphasis its delimiters, a link from its last "]"); the innermost
// takes the rest. Bytes with no node to end are line breaks or markup of
// their own.
func (in *inliner) exits(exits []marker, x, y int) {
	doc := in.r.doc
	if len(exits) == 0 {
		in.loose(x, y)
		return
	}
	ends := make([]int, len(exits)) // start of each exit's closing markup
	e := y
	for i := len(exits) - 1; i > 0; i-- {
		s := e
		switch n := exits[i].node.(type) {
		case *ast.Emphasis:
			s = max(e-n.Level, x)
		case *east.Strikethrough:
			for s > x && doc[s-1] == '~' {
				s--
			}
		default:
			if j := bytes.LastIndexByte(doc[x:e], ']'); j >= 0 {
				s = x + j
			}
		}
		ends[i] = s
		e = s
	}
	ends[0] = x
	for i := range exits {
		stop := y
		if i+1 < len(exits) {
			stop = ends[i+1]
		}
		in.piece(markup.Close, ends[i], stop)
		in.title(exits[i].node, ends[i], stop)
	}
}

// title records the title of a link or an image whose closing markup is
// doc[a:b] ("](https://iom.int "IOM")"), if it has one there (a reference
// link's is in its definition).
func (in *inliner) title(n ast.Node, a, b int) {
	var title []byte
	switch n := n.(type) {
	case *ast.Link:
		title = n.Title
	case *ast.Image:
		title = n.Title
	}
	doc := in.r.doc[:b]
	if len(title) == 0 || a+2 > b || doc[a] != ']' || doc[a+1] != '(' {
		return
	}
	if s, e, ok := linkTitle(doc, a+2); ok {
		in.values = append(in.values, nestedValue{"link-title", s, e, title})
	}
}

// linkTitle finds the title in a link's destination and title, which
// start at doc[i] (after "](" or a definition's "]:"): the title's text
// without its quotes.
func linkTitle(doc []byte, i int) (int, int, bool) {
	i = skipSpace(doc, i)
	if i < len(doc) && doc[i] == '<' {
		for i++; i < len(doc) && doc[i] != '>'; i++ {
			if doc[i] == '\\' {
				i++
			}
		}
		i++
	} else {
		depth := 0
		for ; i < len(doc) && !isSpace(doc[i]); i++ {
			switch doc[i] {
			case '\\':
				i++
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth < 0 {
				return 0, 0, false // the end of a link without a title
			}
		}
	}
	j := skipSpace(doc, i)
	if j == i || j >= len(doc) {
		return 0, 0, false
	}
	closer := doc[j]
	switch closer {
	case '"', '\'':
	case '(':
		closer = ')'
	default:
		return 0, 0, false
	}
	for k := j + 1; k < len(doc); k++ {
		switch doc[k] {
		case '\\':
			k++
		case closer:
			return j + 1, k, true
		}
	}
	return 0, 0, false
}

// skipSpace skips white space, and the ">" of a block quote that starts
// a line in it (a title on the line after its link's destination).
func skipSpace(doc []byte, i int) int {
	nl := false
	for ; i < len(doc); i++ {
		switch c := doc[i]; {
		case c == '\n':
			nl = true
		case isSpace(c), c == '>' && nl:
		default:
			return i
		}
	}
	return i
}

// sameTitle reports whether the title found in the markup, raw (without
// the containers' markup), is the one goldmark read, as written: a title
// that differs in more than white space is not taken.
func sameTitle(raw, title []byte) bool {
	return bytes.Equal(raw, title) || bytes.Equal(bytes.Join(bytes.Fields(raw), nil), bytes.Join(bytes.Fields(title), nil))
}

// loose turns markup that belongs to no node into pieces: white space
// (a soft line break and the next line's indentation) is text, the rest a
// standalone code (a hard line break, a block quote's ">" on a continued
// line).
func (in *inliner) loose(x, y int) {
	if x >= y {
		return
	}
	s := string(in.r.doc[x:y])
	if strings.TrimLeft(s, " \t\r\n") == "" {
		in.piece(markup.Text, x, y)
		return
	}
	i := strings.LastIndexByte(s, '\n') + 1
	if strings.TrimLeft(s[:i], " \t\r\n") != "" || i == len(s) {
		i = 0
	}
	if i > 0 {
		in.piece(markup.Text, x, x+i)
	}
	in.piece(markup.Standalone, x+i, y)
	if strings.HasSuffix(s, "\n") {
		in.pieces[len(in.pieces)-1].Space = true // a hard line break: \ at the end of a line
	}
}

func (in *inliner) piece(k markup.Kind, a, b int) {
	if a > b {
		b = a
	}
	t := in.r.src[in.r.base+a : in.r.base+b] // a substring of the source: no copy
	if k == markup.Text {
		if n := len(in.pieces); n > 0 && in.pieces[n-1].Kind == markup.Text {
			// The pieces stand end to end: the two texts are one substring.
			p := &in.pieces[n-1]
			p.Text = in.r.src[in.r.base+a-len(p.Text) : in.r.base+b]
			return
		}
	}
	in.pieces = append(in.pieces, blocks.Piece{Kind: k, Text: t})
}
