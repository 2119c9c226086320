package markdown

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/blocks/blockstest"
)

// cut reads and cuts src, and checks that the segments rebuild it.
func cut(t testing.TB, src string, opt Options) []blocks.Segment {
	t.Helper()
	d, err := Read(src, opt)
	if err != nil {
		t.Fatal(err)
	}
	return blockstest.Cut(t, src, d)
}

func TestSegments(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // each segment's text, then its codes after "|"
	}{
		{"link and emphasis are codes",
			"Read the [IOM report](https://iom.int \"IOM\") on **trafficking**.\n",
			[]string{`Read the <1>IOM report</1> on <2>trafficking</2>.|["[" "](https://iom.int \"IOM\")" "**" "**"]`, `IOM|[]`}},
		{"a link never cuts a sentence",
			"See [the U.S. office. It is new](/a) now. Next one.\n",
			[]string{`See <1>the U.S. office. It is new</1> now.|["[" "](/a)"]`, `Next one.|[]`}},
		{"no boundary inside a code span or URL",
			"Call `os.Exit(2). Then` and https://example.org/a. Be calm. Done.\n",
			[]string{"Call <1/> and <2/>.|[\"`os.Exit(2). Then`\" \"https://example.org/a\"]", `Be calm.|[]`, `Done.|[]`}},
		{"closing codes stay with their sentence",
			"*First one.* Second *one*.\n",
			[]string{`<1>First one.</1>|["*" "*"]`, `Second <1>one</1>.|["*" "*"]`}},
		{"a sentence may start with a code",
			"It ends. `foo` is a function.\n",
			[]string{`It ends.|[]`, "<1/> is a function.|[\"`foo`\"]"}},
		{"shortcodes are codes, a paired one's tags on their own lines are skeleton",
			"{{< notice >}}\nBe careful.\n{{< /notice >}}\n\nSee {{< ref \"x.md\" >}} and {{% tag %}}.\n",
			[]string{"Be careful.|[]", `See <1/> and <2/>.|["{{< ref \"x.md\" >}}" "{{% tag %}}"]`}},
		{"code blocks, HTML blocks and comments stay in the skeleton",
			"Text.\n\n```go\nfmt.Println(\"Hello.\")\n```\n\n    indented code.\n\n<div class=\"x\">\n<!-- note -->\n</div>\n\n---\n",
			[]string{`Text.|[]`}},
		{"text that reads as a code is a code",
			"Write <1> for the first.\n",
			[]string{`Write <1/> for the first.|["<1>"]`}},
		{"front matter values of the listed keys",
			"---\ntitle: \"Hello: world\"\ndate: 2019-08-07\ntags: [a, b]\ndescription: Plain text here # comment\nsummary: 'It''s'\n---\n# Hi\n",
			[]string{`Hello: world|[]`, `Plain text here|[]`, `It''s|[]`, `Hi|[]`}},
		{"TOML front matter",
			"+++\ntitle = \"Hello\"\ndraft = false\n[params]\ntitle = \"not this\"\n+++\nBody.\n",
			[]string{`Hello|[]`, `Body.|[]`}},
		{"front matter values over several lines",
			"---\ntitle: A title that\n  goes on\ndescription: >-\n  Folded text\n  on two lines.\nsummary: |\n  Literal one.\n\n  Literal two.\nkeep: >\n  not this\n---\nBody.\n",
			[]string{"A title that\n  goes on|[]", "Folded text\n  on two lines.|[]", "Literal one.\n\n  Literal two.|[]", `Body.|[]`}},
		{"quoted front matter over several lines; a comment inside keeps a value as it is",
			"---\ntitle: \"Quoted and\n  continued\"\ndescription: plain\n  more # a comment\n---\n",
			[]string{"Quoted and\n  continued|[]"}},
		{"TOML strings over several lines",
			"+++\ntitle = \"\"\"\nA long\ntitle\"\"\"\nsummary = '''Literal\n[not a table]'''\ndraft = true\n+++\nBody.\n",
			[]string{"A long\ntitle|[]", "Literal\n[not a table]|[]", `Body.|[]`}},
		{"images and alt text",
			"![A map of *Ashgabat*](map.png \"Map\") shows it.\n",
			[]string{`<1>A map of <2>Ashgabat</2></1> shows it.|["![" "*" "*" "](map.png \"Map\")"]`, `Map|[]`}},
		{"tables and lists",
			"| Name | Note |\n|---|---|\n| IOM | *UN* agency |\n\n1. First.\n2. Second [two](#x).\n",
			[]string{`Name|[]`, `Note|[]`, `IOM|[]`, `<1>UN</1> agency|["*" "*"]`, `First.|[]`, `Second <1>two</1>.|["[" "](#x)"]`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range cut(t, tc.src, Options{}) {
				codes := make([]string, len(s.Codes))
				for i, c := range s.Codes {
					codes[i] = strconv.Quote(c)
				}
				got = append(got, s.Text+"|["+strings.Join(codes, " ")+"]")
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("segments:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestProtect(t *testing.T) {
	src := "The {{Glossary(\"HTTP\")}} header and {{domxref(\"Element.id\", \"id\")}}. Next {{jsxref(\"Array\")}}.\n"
	segs := cut(t, src, Options{Protect: []*regexp.Regexp{regexp.MustCompile(`\{\{[^{}]*\}\}`)}})
	if len(segs) != 2 || segs[0].Text != "The <1/> header and <2/>." || segs[1].Text != "Next <1/>." {
		t.Errorf("macros: %+v", segs)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"---\ntitle: x\n\nBody.\n", "line 1: the front matter opened with --- is never closed"},
		{"---\ntitle: [x\n---\nBody.\n", "line 2: front matter"},
		{"+++\ntitle = \n+++\n", "line 2: front matter"},
		{"---\n- a\n- b\n---\n", "line 2: front matter is not a mapping"},
		{"Intro.\n\nSee {{< ref \"x\" and more.\n", "line 3: shortcode {{< is not closed"},
	} {
		_, err := Read(tc.src, Options{})
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Read(%q) = %v, want %q…", tc.src, err, tc.want)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{
		"# T\n\nA [b](c) *d* `e` <f>g</f> ![h](i) ~~j~~ {{< k >}}.\n",
		"---\ntitle: x\n---\n> a\n> b\n\n- [ ] c\n\n| a | b |\n|---|---|\n| c | d |\n",
		"a\\\nb  \nc\n\n***x** y*\n\n[a]: /b\n",
		"+++\ntitle = 'x'\n+++\n<div>\n\n*a*\n\n</div>\n",
		"A [b](/c 'T') ![d](e (F)) <abbr title=\"G\">g</abbr>.\n\n[x]: /y \"Z\"\n",
		"> [a](/b\n> \"c\nd\") e\n\n- [f]: /g\n  'h'\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Read(src, Options{})
		if err != nil {
			return
		}
		blockstest.Cut(t, src, d)
	})
}

// Link and image titles and the translated attributes of inline HTML are
// nested values: each a segment of its own after its paragraph's, standing
// in the code that holds it; a reference definition's title is in the
// skeleton, a segment in its place.
func TestNestedValues(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		opt       Options
		want      []string // kind: text, and for a nested one "in N at A"
	}{
		{"double quotes", `See [the site](https://iom.int "IOM site").` + "\n", Options{},
			[]string{`paragraph: See <1>the site</1>.`, `link-title: IOM site in 1 at 32`}},
		{"single quotes", `See [the site](https://iom.int 'IOM site').` + "\n", Options{},
			[]string{`paragraph: See <1>the site</1>.`, `link-title: IOM site in 1 at 32`}},
		{"parentheses", `See [the site](https://iom.int (IOM site)).` + "\n", Options{},
			[]string{`paragraph: See <1>the site</1>.`, `link-title: IOM site in 1 at 32`}},
		{"escapes and entities as written", `See [it](/a "He said \"hi\" &amp; left").` + "\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, `link-title: He said \"hi\" &amp; left in 1 at 13`}},
		{"a destination in angle brackets with a space", `See [it](</a b> "Title").` + "\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, `link-title: Title in 1 at 17`}},
		{"a destination with parentheses", `See [it](/wiki/A_(b) "Title").` + "\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, `link-title: Title in 1 at 22`}},
		{"image title", `![Alt text](img.png "Caption") here.` + "\n", Options{},
			[]string{`paragraph: <1>Alt text</1> here.`, `link-title: Caption in 1 at 21`}},
		{"image inside a link, both titled", `[![Logo](l.png "The logo")](/ "Home") now.` + "\n", Options{},
			[]string{`paragraph: <1><2>Logo</2></1> now.`, `link-title: The logo in 1 at 16`, `link-title: Home in 1 at 31`}},
		{"title in the second sentence", `One here. Two [b](/c "T d").` + "\n", Options{},
			[]string{`paragraph: One here.`, `paragraph: Two <1>b</1>.`, `link-title: T d in 2 at 12`}},
		{"reference definition", "See [the site][iom].\n\n[iom]: https://iom.int \"IOM site\"\n", Options{},
			[]string{`paragraph: See <1>the site</1>.`, `link-title: IOM site`}},
		{"reference definition, title on the next line", "See [it][x].\n\n[x]: /y\n  (The title)\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, `link-title: The title`}},
		{"no title: nothing nested", `See [it](/a) and ![b](c).` + "\n", Options{},
			[]string{`paragraph: See <1>it</1> and <2>b</2>.`}},
		{"a wordless title stays", `See [it](/a "—").` + "\n", Options{},
			[]string{`paragraph: See <1>it</1>.`}},
		{"inline HTML attributes", `The <abbr title="International Organization for Migration">IOM</abbr> and <span aria-label="Close">x</span>.` + "\n", Options{},
			[]string{`paragraph: The <1/>IOM<2/> and <3/>x<4/>.`, `attribute: International Organization for Migration in 1 at 17`, `attribute: Close in 1 at 92`}},
		{"inline HTML: placeholder, alt, a listed one only", `Type <input placeholder="Your name" data-x="no"> <img src=a alt='A map'>.` + "\n", Options{},
			[]string{`paragraph: Type <1/> <2/>.`, `attribute: Your name in 1 at 25`, `attribute: A map in 1 at 65`}},
		{"configured attributes", `The <abbr title="No" data-tip="Yes">IOM</abbr>.` + "\n", Options{Attributes: []string{"data-tip"}},
			[]string{`paragraph: The <1/>IOM<2/>.`, `attribute: Yes in 1 at 31`}},
		{"a title over lines in a block quote: the quote's > is a code", "> See [it](/a \"One\n> two\").\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, "link-title: One\n<1/>two in 1 at 13"}},
		{"a title over three lines in a quote in a quote", "> > See [x](/a 'One\n> > two\n> > three').\n", Options{},
			[]string{`paragraph: See <1>x</1>.`, "link-title: One\n<1/>two\n<2/>three in 1 at 12"}},
		{"a title over lines in a list item: the indentation is text", "- See [it](/a \"One\n  two\").\n", Options{},
			[]string{`item: See <1>it</1>.`, "link-title: One\n  two in 1 at 13"}},
		{"a title over lines in a list in a block quote", "> - See ![x](/a.png (One\n>   two)).\n", Options{},
			[]string{`item: See <1>x</1>.`, "link-title: One\n<1/>two in 1 at 17"}},
		{"a title over lines in a block quote in a list item", "- > See [x](/a \"One\n  > two\").\n", Options{},
			[]string{`paragraph: See <1>x</1>.`, "link-title: One\n<1/>two in 1 at 12"}},
		{"a title on the line after its destination in a block quote", "> See [it](/a\n> \"The title\").\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, "link-title: The title in 1 at 15"}},
		{"a title over lines in a block quote's lazy line", "> See [it](/a \"One\ntwo\") lazily.\n", Options{},
			[]string{`paragraph: See <1>it</1> lazily.`, "link-title: One\ntwo in 1 at 13"}},
		{"a reference definition's title over lines in a block quote", "> See [it][x].\n>\n> [x]: /y \"One\n> two\"\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, "link-title: One\n<1/>two"}},
		{"an attribute over lines in a block quote", "> The <abbr title=\"One\n> two\">IOM</abbr>.\n", Options{},
			[]string{`paragraph: The <1/>IOM<2/>.`, "attribute: One\n<1/>two in 1 at 17"}},
		{"a quoted line after a definition in a block quote is no title", "> See [it][x].\n>\n> [x]: /y\n> \"Not a title\" here.\n", Options{},
			[]string{`paragraph: See <1>it</1>.`, `paragraph: "Not a title" here.`}},
		{"a title over lines in a paragraph", "See [it](/a \"One\ntwo\").\n", Options{},
			[]string{"paragraph: See <1>it</1>.", "link-title: One\ntwo in 1 at 13"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := blockstest.Lines(cut(t, tc.src, tc.opt))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("segments:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
