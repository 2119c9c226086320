package htmldoc

import (
	"strconv"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/blocks/blockstest"
)

// cut reads and cuts src, and checks that the segments rebuild it.
func cut(t testing.TB, src string, opt Options) []blocks.Segment {
	t.Helper()
	return blockstest.Cut(t, src, Read(src, opt))
}

func TestSegments(t *testing.T) {
	const src = `<!DOCTYPE html>
<html lang="en"><head><title>IOM &amp; partners</title>
<style>p { color: red. }</style><script>var a = "Hello. World.";</script></head>
<body>
<h1>The <em>seminar</em></h1>
<p>The <a href="https://www.iom.int" title="IOM site">IOM</a> office held it.<br>Read the <b>report</b>. <img src="m.png" alt="Map of Ashgabat"></p>
<!-- editor's note. -->
<ul><li>One <b>two</li><li>Three</i> four.</li></ul>
<img src="x.png" alt="A photo">
<figure title="The office" aria-label="IOM office"><hr title=""></figure>
<pre>code. Not text.</pre>
<table><tr><td>Cell one</td><td>2019</td></tr></table>
</body></html>
`
	var got []string
	for _, s := range cut(t, src, Options{}) {
		codes := make([]string, len(s.Codes))
		for i, c := range s.Codes {
			codes[i] = strconv.Quote(c)
		}
		got = append(got, s.Kind+": "+s.Text+" ["+strings.Join(codes, " ")+"]")
	}
	want := []string{
		`heading: IOM &amp; partners []`,
		`heading: The <1>seminar</1> ["<em>" "</em>"]`,
		`paragraph: The <1>IOM</1> office held it. ["<a href=\"https://www.iom.int\" title=\"IOM site\">" "</a>"]`,
		`paragraph: Read the <1>report</1>. ["<b>" "</b>"]`,
		`paragraph: <1>Map of Ashgabat</1> ["<img src=\"m.png\" alt=\"" "\">"]`,
		`item: One <1/>two ["<b>"]`,
		`item: Three<1/> four. ["</i>"]`,
		`paragraph: <1>A photo</1> ["<img src=\"x.png\" alt=\"" "\">"]`,
		`attribute: The office []`,
		`attribute: IOM office []`,
		`cell: Cell one []`,
		`cell: 2019 []`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{
		"<p>A <a href=x>b</a> <img alt='c'> d.</p>",
		"<html lang=en><body><div>Text<p>More <b>bold</i> x</div><pre>y</pre>",
		"<p title=\"T\">x<!-- c -->y</p><script>z</script",
		"<img alt=\"a\" title=\"b\"> <input placeholder=p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { cut(t, src, Options{}) })
}

// An end tag closes the innermost open element of its name: the text after
// a nested list is still its outer item's.
func TestNestedEndTag(t *testing.T) {
	var got []string
	for _, s := range cut(t, "<ul><li>One<ul><li>Two</li></ul> rest.</li></ul>\n<p>After.</p>\n", Options{}) {
		got = append(got, s.Kind+": "+s.Text)
	}
	want := []string{"item: One", "item: Two", "item: rest.", "paragraph: After."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
