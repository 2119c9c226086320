package markdown

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/parser"

	"github.com/terjime/terjime/workflow/blocks"
)

// walked is what Walk gives, written out to compare: in chunks of about
// size bytes, each parsed with Linkify or, if split, without it where the
// text holds no address mark.
func walked(src string, size int, split bool) (string, error) {
	defer func(old int, split bool) { chunkSize, splitMarked = old, split }(chunkSize, splitMarked)
	chunkSize, splitMarked = size, split
	var b strings.Builder
	err := Walk(src, Options{}, func(start int, bl blocks.Block) {
		fmt.Fprintf(&b, "%d %s %v", start, bl.Kind, bl.Whole)
		for _, p := range bl.Pieces {
			fmt.Fprintf(&b, " %d%q", p.Kind, p.Text)
		}
		b.WriteByte('\n')
	})
	return b.String(), err
}

// checkChunks checks that parsing src in chunks as small as they come,
// or as they come at the usual size, gives what parsing it whole with
// Linkify gives.
func checkChunks(t *testing.T, name, src string) {
	t.Helper()
	whole, werr := walked(src, 1<<30, false)
	for _, size := range []int{1, chunkSize} {
		small, serr := walked(src, size, true)
		if fmt.Sprint(werr) != fmt.Sprint(serr) {
			t.Fatalf("%s: error whole %v, in chunks of %d %v", name, werr, size, serr)
		}
		if whole != small {
			t.Fatalf("%s: blocks differ in chunks of %d:\nwhole:\n%s\nchunks:\n%s", name, size, whole, small)
		}
	}
	small, _ := walked(src, 1, true)
	// The definitions gathered by the block parsers alone are those of a
	// full parse.
	defer func(old parser.Parser) { refsParser = old }(refsParser)
	refsParser = md.Parser()
	if full, _ := walked(src, 1, true); full != small {
		t.Fatalf("%s: blocks differ with definitions from a full parse:\nfull:\n%s\nblock parsers:\n%s", name, full, small)
	}
}

// Every place where a chunk could end wrongly: blocks that reach over a
// blank line and a letter in the first column, and links whose
// definitions stand elsewhere in the document.
var chunkCases = []string{
	"Intro [one][a] and [two].\n\nMiddle.\n\nEnd.\n\n[a]: /a \"A\"\n[two]: /two\n\nAfter [one][a].\n",
	"Para.\n\n```\ncode\n\nletter line\n```\n\nNext para.\n",
	"Para.\n\n~~~~\n\nx\n\ny\n~~~~\n\nz\n",
	"Para.\n\n<pre>\n\nletters inside pre\n\n</pre>\n\nAfter pre.\n",
	"Para.\n\n<!-- a comment\n\nthat goes on\n\n-->\n\nAfter.\n",
	"<script>\n\nvar a\n\n</script>\nText.\n\nMore.\n",
	"- item one\n\n  continued\n\nnot the list\n\n- item two\n",
	"> quote\n\nnot the quote\n> quote again\nlazy\n\nEnd.\n",
	"Title\n=====\n\nSub\n---\n\nText\n\n    code\n\nText again.\n",
	"| a | b |\n|---|---|\n| c | d |\n\nAfter table.\n\nx | y\n--|--\n1 | 2\n",
	"Text *with\n\nno* close.\n\n[x]\n\n[x]: <url> 'title'\n\n[X]: /second\n",
	"Line\r\n\r\nCRLF line.\r\n\r\n```\r\n\r\nin code\r\n```\r\nend\r\n",
	"Text.\n\n\n\n\nFar.\n",
	"Text [link](/a\n\nb).\n\nNext.\n",
	"```\nunclosed fence\n\nletters\n\nto the end\n",
	"<div>\n\n*md inside*\n\n</div>\n\nafter div\n",
	// Paragraphs with addresses among paragraphs without.
	"Plain first.\n\nThen www.un.org and press@iom.int here.\n\nPlain again, *em*.\n\n- item https://x.org\n\nplain (https://y.org/a_(b))\n\nhttps://start.org\nnext line\n\nEnd ~www.z.org~.\n\nLast.\n",
	"No mark.\n\n```\nhttp://in.code\n\nfence goes on\n```\n\nAfter *www.a.org*.\n\nNone.\n",
	// Paragraphs of plain text, read without goldmark, among others.
	"Plain one\nwraps here.\n\nPlain two.\n  \n\t\nPlain three\n\nTrailing space  \nhard break.\n\nTab\t\nend.\n\nA line\n# then a heading\n\nA line\n===\n\nSetext\n---\n\nlist\n- item\n\nOK (parens) 'q' \"d\" 1.5 ä ş ü.\n\nAmp &amp; no.\n\nCR line\r\nnext\n\nLast without newline",
	"Word\n\n    indented code\n\nWord\n> quote\n\nWord\n| a | b |\n\nWord\n1. one\n\nWord with {{< sc >}} code.\n\nWord\f feed.\n\nEnd\n\n\n",
	"a\n\nb\n\nc",
}

func TestChunks(t *testing.T) {
	for i, src := range chunkCases {
		checkChunks(t, fmt.Sprint("case ", i), src)
	}
	// The real pages and the seed article, and all of the cases as one
	// document (definitions far from their links).
	files, _ := filepath.Glob("../../testdata/mdn/*/*/*/index.md")
	files = append(files, "../../testdata/site/content/en/news/iom-seminar.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkChunks(t, f, string(b))
	}
	if len(files) < 3 {
		t.Fatalf("real pages: %v", files)
	}
	checkChunks(t, "all cases", strings.Join(chunkCases, "\n"))
}

func FuzzChunks(f *testing.F) {
	for _, s := range chunkCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkChunks(t, "input", src)
	})
}

// lastIndex finds what bytes.LastIndex finds, matches straddling its
// windows and overlapping ones included.
func TestLastIndex(t *testing.T) {
	long := strings.Repeat("x", 64<<10)
	docs := []string{"", "]", "]:", "a]:b]:c", "]]::", "]:]:", long, long + "]:", "]:" + long}
	// One match near each place where a window ends.
	n := 3*len(long) + 5
	for k := 1; k <= 3; k++ {
		for d := -3; d <= 3; d++ {
			if at := n - k*len(long) + d; at >= 0 && at+2 <= n {
				docs = append(docs, strings.Repeat("x", at)+"]:"+strings.Repeat("x", n-at-2))
			}
		}
	}
	for _, doc := range docs {
		if got, want := lastIndex([]byte(doc), "]:"), strings.LastIndex(doc, "]:"); got != want {
			t.Errorf("lastIndex(%.20q… of %d bytes) = %d, want %d", doc, len(doc), got, want)
		}
	}
}

// marks.next finds the first address mark at or after a place, asked in
// order, out of order, and again at the same place.
func TestMarks(t *testing.T) {
	doc := []byte("Mail a@b.org, see https://x.org and www.y.org.\n\nNone here.\n\nhttp://z.org@")
	want := func(i int) int {
		if j := addressMark(doc[i:]); j >= 0 {
			return i + j
		}
		return len(doc)
	}
	var places []int
	for i := 0; i <= len(doc); i++ {
		places = append(places, i, i)
	}
	for i := len(doc); i >= 0; i -= 7 {
		places = append(places, i)
	}
	m := newMarks()
	for _, i := range places {
		if got := m.next(doc, i); got != want(i) {
			t.Errorf("next(%d) = %d, want %d", i, got, want(i))
		}
	}
}
