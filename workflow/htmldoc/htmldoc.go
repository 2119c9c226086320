package htmldoc

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/markup"
)

// Options say what of a document is translated.
type Options struct {
	// Attributes lists the attributes whose values are translated;
	// DefaultAttributes when nil.
	Attributes []string
	// Protect is protected syntax: text matching any of these becomes a
	// standalone code.
	Protect []*regexp.Regexp
}

// DefaultAttributes are the attributes translated by default.
var DefaultAttributes = []string{"alt", "title", "aria-label", "placeholder"}

var inline = map[string]bool{
	"a": true, "abbr": true, "acronym": true, "b": true, "bdi": true, "bdo": true, "big": true, "br": true,
	"cite": true, "code": true, "data": true, "del": true, "dfn": true, "em": true, "font": true, "i": true,
	"img": true, "ins": true, "kbd": true, "label": true, "mark": true, "q": true, "s": true, "samp": true,
	"small": true, "span": true, "strike": true, "strong": true, "sub": true, "sup": true, "time": true,
	"tt": true, "u": true, "var": true, "wbr": true, "input": true,
}

var void = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// verbatim elements keep their content out of translation.
var verbatim = map[string]bool{
	"script": true, "style": true, "pre": true, "textarea": true, "svg": true, "math": true, "template": true,
}

// Read cuts an HTML document into blocks.
func Read(src string, opt Options) blocks.Document {
	if opt.Attributes == nil {
		opt.Attributes = DefaultAttributes
	}
	r := reader{src: src, opt: opt}
	r.run()
	return r.doc
}

type piece struct {
	blocks.Piece
	tag string // for start and end tags: the element
	// values are the translated attributes' values of the tag that starts
	// with this piece.
	values []value
}

// value is an attribute's value: where it starts in its tag, as written.
type value struct {
	at   int
	text string
}

type reader struct {
	src  string
	opt  Options
	doc  blocks.Document
	skel strings.Builder // skeleton since the last block
	cur  []piece         // the block being gathered
	kind string          // the kind of block the enclosing element gives
}

func (r *reader) run() {
	z := html.NewTokenizer(strings.NewReader(r.src))
	skipDepth, skipTag := 0, ""
	var stack []string // block elements, for the kind
	consumed := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			// The tokenizer stops at the end; what it did not make a token
			// of (a tag cut off by the end of the file) is skeleton.
			break
		}
		raw := string(z.Raw())
		consumed += len(raw)
		name, _ := z.TagName()
		tag := string(name)
		if skipDepth > 0 {
			r.skel.WriteString(raw)
			switch {
			case tt == html.StartTagToken && tag == skipTag:
				skipDepth++
			case tt == html.EndTagToken && tag == skipTag:
				skipDepth--
			}
			continue
		}
		switch tt {
		case html.TextToken:
			r.add(markup.Text, raw, "")
		case html.CommentToken:
			if len(r.cur) > 0 {
				r.add(markup.Standalone, raw, "")
			} else {
				r.skel.WriteString(raw)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			switch {
			case verbatim[tag] && tt == html.StartTagToken:
				r.flush()
				r.attributes(raw)
				skipDepth, skipTag = 1, tag
			case inline[tag]:
				r.inlineTag(tt, tag, raw)
			default:
				r.flush()
				if tt == html.StartTagToken && !void[tag] {
					stack = append(stack, tag)
				} else if tt == html.EndTagToken {
					// The innermost open element of that name closes.
					for i := len(stack) - 1; i >= 0; i-- {
						if stack[i] == tag {
							stack = stack[:i]
							break
						}
					}
				}
				r.kind = KindOf(stack)
				r.attributes(raw)
			}
		default: // doctype
			r.flush()
			r.skel.WriteString(raw)
		}
	}
	r.flush()
	r.skel.WriteString(r.src[consumed:])
	if n := len(r.doc.Blocks); n > 0 {
		r.doc.Blocks[n-1].Sep = r.skel.String()
	} else {
		r.doc.Lead = r.skel.String()
	}
}

// KindOf names the blocks inside the innermost block element of stack
// (the open elements, outermost first): heading, item, cell or
// paragraph.
func KindOf(stack []string) string {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i] {
		case "h1", "h2", "h3", "h4", "h5", "h6", "title", "caption", "summary", "legend":
			return "heading"
		case "li", "dt", "dd", "option":
			return "item"
		case "td", "th":
			return "cell"
		case "p", "blockquote", "figcaption", "div", "section", "article", "body":
			return "paragraph"
		}
	}
	return "paragraph"
}

func (r *reader) add(k markup.Kind, raw, tag string) {
	if k == markup.Text && len(r.cur) == 0 && strings.TrimSpace(raw) == "" {
		r.skel.WriteString(raw) // white space between blocks
		return
	}
	if len(r.cur) == 0 {
		r.start()
	}
	r.cur = append(r.cur, piece{Piece: blocks.Piece{Kind: k, Text: raw}, tag: tag})
}

// start begins a block: the skeleton so far becomes the Sep of the last.
func (r *reader) start() {
	if n := len(r.doc.Blocks); n > 0 {
		r.doc.Blocks[n-1].Sep = r.skel.String()
	} else {
		r.doc.Lead = r.skel.String()
	}
	r.skel.Reset()
}

// inlineTag adds a tag of an inline element to the block. The values of
// its translated attributes are nested values of the code the tag makes,
// except on a void element (<img alt="…">), whose first such value is the
// text of a paired code made of the tag around it.
func (r *reader) inlineTag(tt html.TokenType, tag, raw string) {
	switch {
	case tt == html.EndTagToken:
		r.add(markup.Close, raw, tag)
	case void[tag] || tt == html.SelfClosingTagToken:
		if a, b, ok := r.attrValue(raw); ok {
			r.add(markup.Open, raw[:a], "\x00attr")
			r.cur[len(r.cur)-1].values = r.values(raw, a)
			if a < b {
				r.cur = append(r.cur, piece{Piece: blocks.Piece{Kind: markup.Text, Text: raw[a:b]}})
			}
			r.cur = append(r.cur, piece{Piece: blocks.Piece{Kind: markup.Close, Text: raw[b:]}, tag: "\x00attr"})
			return
		}
		r.add(markup.Standalone, raw, tag)
		r.cur[len(r.cur)-1].values = r.values(raw, -1)
		if tag == "br" {
			r.cur[len(r.cur)-1].Space = true
		}
	default:
		r.add(markup.Open, raw, tag)
		r.cur[len(r.cur)-1].values = r.values(raw, -1)
	}
}

// values are the values of a tag's translated attributes, but the one at
// skip, which is text of its own.
func (r *reader) values(raw string, skip int) []value {
	var out []value
	for _, v := range Values(raw, r.opt.Attributes) {
		if v[0] != skip {
			out = append(out, value{v[0], raw[v[0]:v[1]]})
		}
	}
	return out
}

// Values gives where the values of the translated attributes stand in a
// start tag as written, each [start, end) without its quotes, in order;
// attrs lists the translated attributes (DefaultAttributes when nil). A
// blank value is not one.
func Values(raw string, attrs []string) [][2]int {
	if attrs == nil {
		attrs = DefaultAttributes
	}
	if len(raw) < 2 || raw[0] != '<' || !isLetter(raw[1]) || !strings.Contains(raw, "=") {
		return nil
	}
	var out [][2]int
	for _, at := range attrSpans(raw) {
		if slices.Contains(attrs, at.name) && strings.TrimSpace(raw[at.a:at.b]) != "" {
			out = append(out, [2]int{at.a, at.b})
		}
	}
	return out
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// attributes writes a tag that stands between blocks to the skeleton,
// making the values of its translated attributes blocks of their own.
func (r *reader) attributes(raw string) {
	pos := 0
	for _, at := range attrSpans(raw) {
		if !slices.Contains(r.opt.Attributes, at.name) || strings.TrimSpace(raw[at.a:at.b]) == "" {
			continue
		}
		r.skel.WriteString(raw[pos:at.a])
		r.start()
		r.doc.Blocks = append(r.doc.Blocks, blocks.Block{Kind: "attribute", Whole: true,
			Pieces: blocks.Protect([]blocks.Piece{{Kind: markup.Text, Text: raw[at.a:at.b]}}, raw[at.a:at.b], r.opt.Protect)})
		pos = at.b
	}
	r.skel.WriteString(raw[pos:])
}

// attrValue finds the first translated attribute with a quoted value in
// a tag.
func (r *reader) attrValue(raw string) (int, int, bool) {
	for _, at := range attrSpans(raw) {
		if slices.Contains(r.opt.Attributes, at.name) && at.quoted {
			return at.a, at.b, true
		}
	}
	return 0, 0, false
}

type attrSpan struct {
	name   string
	a, b   int // the value, without its quotes
	quoted bool
}

// attrSpans finds the attributes of a raw start tag and where their values
// stand.
func attrSpans(raw string) []attrSpan {
	var out []attrSpan
	i := 1
	for i < len(raw) && !isSpace(raw[i]) && raw[i] != '>' && raw[i] != '/' {
		i++ // the tag name
	}
	for i < len(raw) {
		for i < len(raw) && (isSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			break
		}
		s := i
		for i < len(raw) && !isSpace(raw[i]) && raw[i] != '=' && raw[i] != '>' && !(raw[i] == '/' && i > s) {
			i++
		}
		if i == s {
			i++
			continue
		}
		name := strings.ToLower(raw[s:i])
		for i < len(raw) && isSpace(raw[i]) {
			i++
		}
		if i >= len(raw) || raw[i] != '=' {
			continue
		}
		i++
		for i < len(raw) && isSpace(raw[i]) {
			i++
		}
		if i >= len(raw) {
			break
		}
		if q := raw[i]; q == '"' || q == '\'' {
			j := strings.IndexByte(raw[i+1:], q)
			if j < 0 {
				break
			}
			out = append(out, attrSpan{name, i + 1, i + 1 + j, true})
			i += j + 2
			continue
		}
		s = i
		for i < len(raw) && !isSpace(raw[i]) && raw[i] != '>' {
			i++
		}
		out = append(out, attrSpan{name, s, i, false})
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// flush ends the block being gathered: trailing white space goes back to
// the skeleton, and tags that do not pair become standalone codes.
func (r *reader) flush() {
	if len(r.cur) == 0 {
		return
	}
	run := r.cur
	r.cur = r.cur[:0]
	// Pair start and end tags by name, properly nested.
	var stack []int
	for i := range run {
		switch run[i].Kind {
		case markup.Open:
			stack = append(stack, i)
		case markup.Close:
			j := len(stack) - 1
			if j >= 0 && run[stack[j]].tag == run[i].tag {
				stack = stack[:j]
				continue
			}
			run[i].Kind = markup.Standalone // closed without its start, or out of order
		}
	}
	for _, j := range stack {
		run[j].Kind = markup.Standalone // left open
	}
	pieces := make([]blocks.Piece, len(run))
	var nested []blocks.Nested
	at := 0
	for i, p := range run {
		pieces[i] = p.Piece
		for _, v := range p.values {
			nested = append(nested, blocks.Nested{Kind: "attribute", At: at + v.at,
				Pieces: blocks.Protect([]blocks.Piece{{Kind: markup.Text, Text: v.text}}, v.text, r.opt.Protect)})
		}
		at += len(p.Text)
	}
	// Trailing white space is skeleton.
	var tail string
	if n := len(pieces); pieces[n-1].Kind == markup.Text {
		t := pieces[n-1].Text
		trimmed := strings.TrimRight(t, " \t\r\n\f")
		tail = t[len(trimmed):]
		if trimmed == "" {
			pieces = pieces[:n-1]
		} else {
			pieces[n-1].Text = trimmed
		}
	}
	r.doc.Blocks = append(r.doc.Blocks, blocks.Block{Kind: r.kind, Pieces: blocks.Protect(pieces, "", r.opt.Protect), Nested: nested})
	r.skel.Reset()
	r.skel.WriteString(tail)
}
