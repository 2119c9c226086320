package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// linkify is goldmark's Linkify extension (bare URLs and e-mail addresses
// become autolinks) with a cheap test in front. Linkify is asked at every
// space of every paragraph and looks for an address there; on the text of
// an article that was a tenth of the whole segment run. An address needs
// "://", "www." or "@" at or after where it starts, so a line without any
// of them from there on holds none: the test finds the first of them once
// per line and asks Linkify only up to it. Where Linkify is asked it
// decides as before, so the trees are the same.
var linkify goldmark.Extender = linkifyExtender{}

type linkifyExtender struct{}

func (linkifyExtender) Extend(m goldmark.Markdown) {
	// The priority Linkify gives its own parser.
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(linkifyParser{extension.NewLinkifyParser()}, 999)))
}

type linkifyParser struct{ parser.InlineParser }

// lineScanKey keeps a parse's lineScan in its context: a parser serves
// parses that may run at the same time.
var lineScanKey = parser.NewContextKey()

// lineScan remembers, for the line of the source that ends at stop, where
// the first "://", "www." or "@" at or after from stands (-1: none).
type lineScan struct {
	stop, from, next int
}

func (p linkifyParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	s, _ := pc.Get(lineScanKey).(*lineScan)
	if s == nil {
		s = &lineScan{stop: -1}
		pc.Set(lineScanKey, s)
	}
	if seg.Stop != s.stop || seg.Start < s.from || s.next >= 0 && s.next < seg.Start {
		s.stop, s.from, s.next = seg.Stop, seg.Start, -1
		if i := addressMark(line); i >= 0 {
			// line is source[Start:Stop] after any padding.
			s.next = seg.Stop - (len(line) - i)
		}
	}
	if s.next < 0 {
		return nil
	}
	return p.InlineParser.Parse(parent, block, pc)
}

// addressMarks are what every address Linkify makes holds, at or after
// its start: "://" in a URL, "www." in a bare domain, "@" in an e-mail.
var addressMarks = [...][]byte{[]byte("://"), []byte("www."), []byte("@")}

// addressMark is the index of the first address mark in line, -1 if there
// is none.
func addressMark(line []byte) int {
	i := -1
	for _, mark := range addressMarks {
		if j := bytes.Index(line, mark); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	return i
}
