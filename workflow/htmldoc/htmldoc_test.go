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
		`attribute: IOM site []`,
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
		"<p>The <abbr title='International Organization for Migration' aria-label=\"IOM\">IOM</abbr> met. <span title=x>Y</span></p>",
		"<p><a title=\"T. U.\">A</a></p><p><a title=\"Lone\"></a> x</p>",
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

// Translated attributes of tags inside a sentence are nested values: each
// a segment of its own after its paragraph's, in the code that holds it.
func TestInlineAttributes(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		attrs     []string
		want      []string // kind: text, and for a nested one "in N at A"
	}{
		{"abbr title", `<p>The <abbr title="International Organization for Migration">IOM</abbr> met.</p>`, nil,
			[]string{`paragraph: The <1>IOM</1> met.`, `attribute: International Organization for Migration in 1 at 17`}},
		{"link title, entity", `<p>See <a href="/x" title="Tom &amp; Jerry">this</a>.</p>`, nil,
			[]string{`paragraph: See <1>this</1>.`, `attribute: Tom &amp; Jerry in 1 at 24`}},
		{"single quotes and unquoted", `<p>A <span title='One' aria-label=Two>b</span> c.</p>`, nil,
			[]string{`paragraph: A <1>b</1> c.`, `attribute: One in 1 at 15`, `attribute: Two in 1 at 31`}},
		{"placeholder on a void element", `<p>Name: <input name="n" placeholder="Your name"> please.</p>`, nil,
			[]string{`paragraph: Name: <1>Your name</1> please.`}},
		{"img alt and title", `<p>See <img src="m.png" alt="Map" title="The map of Ashgabat"> here.</p>`, nil,
			[]string{`paragraph: See <1>Map</1> here.`, `attribute: The map of Ashgabat in 1 at 38`}},
		{"aria-label", `<p>Close <span aria-label="Close the window">x</span> now.</p>`, nil,
			[]string{`paragraph: Close <1>x</1> now.`, `attribute: Close the window in 1 at 24`}},
		{"a list not listed stays verbatim", `<p>The <abbr data-tip="Not this" lang="en">IOM</abbr> met.</p>`, nil,
			[]string{`paragraph: The <1>IOM</1> met.`}},
		{"configured list", `<p>The <abbr title="Not this" data-tip="This one">IOM</abbr> met.</p>`, []string{"data-tip"},
			[]string{`paragraph: The <1>IOM</1> met.`, `attribute: This one in 1 at 37`}},
		{"two sentences, value in the second", `<p>First one. Then <a title="Hint">this</a>.</p>`, nil,
			[]string{`paragraph: First one.`, `paragraph: Then <1>this</1>.`, `attribute: Hint in 2 at 15`}},
		{"blank and wordless values stay", `<p>A <a title=" ">b</a> <a title="–">c</a>.</p>`, nil,
			[]string{`paragraph: A <1>b</1> <2>c</2>.`}},
		{"a block without text: the value in the skeleton", `<p><a href="/" title="Home page"><img src="h.png"></a></p>`, nil,
			[]string{`attribute: Home page`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := blockstest.Lines(cut(t, tc.src, Options{Attributes: tc.attrs}))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("segments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
