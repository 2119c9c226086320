package workflow

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
)

// Link and image titles and the attributes of inline tags are segments of
// their own; the target edition writes each translation into the code
// that holds it, escaped for its quoting, so that a browser reads exactly
// the translation — also one with quotes, backslashes, "&" and "<" — and
// the source edition stays the file byte for byte.
func TestNestedValuesInEditions(t *testing.T) {
	const hostile = `«Сайт» "МОМ" ' ( ) & <b> \`
	for _, tc := range []struct {
		name, file, src string
		// want are the attribute values of the rendered page, name=value,
		// in document order, with every nested segment translated as
		// hostile.
		want []string
	}{
		{"markdown", "a.md",
			"See [the site](https://iom.int \"IOM site\"), [b](/b 'Bee') and ![c](c.png (See)).\n\n" +
				"The <abbr title=\"International Organization for Migration\">IOM</abbr> and [ref][r].\n\n" +
				"[r]: /r \"Ref title\"\n",
			[]string{"title=" + hostile, "title=" + hostile, "alt=c", "title=" + hostile, "title=" + hostile, "title=" + hostile}},
		{"html", "a.html",
			`<p>The <abbr title="International Organization for Migration">IOM</abbr> met <a href="/x" title='Single'>us</a>. ` +
				`<span aria-label=Unquoted>x</span> <input placeholder="Your name" title="Name"> <img src="m.png" alt="Map" title="A map"></p>` + "\n",
			// A void element's first value is the text of its code
			// (<1>Your name</1>), translated with its sentence.
			[]string{"title=" + hostile, "title=" + hostile, "aria-label=" + hostile, "placeholder=Your name", "title=" + hostile, "alt=Map", "title=" + hostile}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			p := &Project{Dir: dir, SourceLocale: "en", TargetLocales: []string{"ru"}}
			src, err := p.SourceCatalog(Document{Name: "a", Source: tc.file})
			if err != nil {
				t.Fatal(err)
			}
			if src.Skeleton() != tc.src {
				t.Fatal("the source catalog does not rebuild the document")
			}
			tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en"}
			nested := 0
			for _, s := range src.Segments {
				tr := s.Source // the sentences keep their words and codes
				if s.Kind == "link-title" || s.Kind == "attribute" || s.In != "" {
					tr, nested = hostile, nested+1
				}
				tgt.Segments = append(tgt.Segments, catalog.Segment{ID: s.ID, Source: s.Source, Target: tr, State: catalog.Translated})
			}
			en, err := edition.Assemble(src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := en.Render(edition.Markdown, edition.Options{}); string(got) != tc.src {
				t.Errorf("the source edition is not the document:\n%s", got)
			}
			ru, err := edition.Assemble(src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			out := ru.Render(edition.Markdown, edition.Options{})
			page := out
			if tc.name == "markdown" {
				var b bytes.Buffer
				if err := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe())).Convert(out, &b); err != nil {
					t.Fatal(err)
				}
				page = b.Bytes()
			}
			got := attributes(t, page)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%d nested segments; the page's attributes:\n%s\nwant\n%s\nedition:\n%s", nested, strings.Join(got, "\n"), strings.Join(tc.want, "\n"), out)
			}
		})
	}
}

// attributes lists the translatable attributes of a page as a browser reads
// them.
func attributes(t *testing.T, page []byte) []string {
	t.Helper()
	var out []string
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			for _, a := range tok.Attr {
				switch a.Key {
				case "title", "alt", "aria-label", "placeholder":
					out = append(out, a.Key+"="+a.Val)
				}
			}
		}
	}
}
