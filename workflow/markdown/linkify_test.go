package markdown

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// TestLinkifySame: goldmark with the tested Linkify renders every text as
// goldmark with its own Linkify does — bare URLs, www. and e-mail
// addresses where they start a line, follow a space, '(', '*', '_' or '~',
// several on one line, after a mark of another address, in tables and
// lists; and the repository's Markdown files.
func TestLinkifySame(t *testing.T) {
	theirs := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify, extension.TaskList),
		goldmark.WithParserOptions(parser.WithAttribute()))
	texts := []string{
		"See https://www.iom.int/news and http://example.org:8080/a?b=c#d.",
		"www.un.org/en/ is the site; (www.osce.org) too, *www.who.int*, _http://a.bc_ and ~ftp://f.tm~.",
		"Write to press@iom.int, or to a.b-c@mfa.gov.tm. Not @handle, not a@b, not x@y.z- or x@y.z_",
		"The time: 10:30. Ratio 3:1. No address here at all.",
		"An e-mail first me@x.org then a URL https://x.org/p then www.y.org, all on one line.",
		"Mark @ first, then https://late.example.com/path after it.",
		"Hard-wrapped line one without\nhttps://second.line.org and\nthird@line.org",
		"| a | b |\n|---|---|\n| https://cell.org | mail@cell.org |\n",
		"- item www.list.org\n- item two: http://two.org\n",
		"[https://label.org](https://dest.org) and <https://auto.org> and `https://code.org`",
		"Trailing punctuation https://x.org/a_(b)). Entities https://x.org/?a=1&amp; end",
		"https://start.org at the start",
		"  indented line with www.sp.org",
	}
	hand := len(texts)
	matches, _ := filepath.Glob("../../testdata/*/*.md")
	more, _ := filepath.Glob("../../testdata/*/*/*/*/*.md")
	for _, f := range append(matches, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for i, s := range texts {
		var want, got bytes.Buffer
		if err := theirs.Convert([]byte(s), &want); err != nil {
			t.Fatal(err)
		}
		if err := md.Convert([]byte(s), &got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%.60q:\n got %s\nwant %s", s, got.String(), want.String())
		}
		if i < hand && strings.Contains(s, "://") && !strings.Contains(want.String(), "<a href") {
			t.Errorf("%.60q: no link made, the test proves nothing", s)
		}
	}
}
