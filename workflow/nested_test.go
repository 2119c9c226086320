package workflow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/markup"
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
			page := func(out []byte) []byte {
				if tc.name != "markdown" {
					return out
				}
				var b bytes.Buffer
				if err := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe())).Convert(out, &b); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}
			got := attributes(t, page(out))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%d nested segments; the page's attributes:\n%s\nwant\n%s\nedition:\n%s", nested, strings.Join(got, "\n"), strings.Join(tc.want, "\n"), out)
			}

			// Untranslated, they are the source's, with no gap marker
			// inside a title or an attribute.
			for i, s := range src.Segments {
				if s.Kind == "link-title" || s.Kind == "attribute" {
					tgt.Segments[i].State = catalog.Untranslated
				}
			}
			if ru, err = edition.Assemble(src, tgt); err != nil {
				t.Fatal(err)
			}
			out = ru.Render(edition.Markdown, edition.Options{Fallback: edition.FallbackMark})
			got, want := attributes(t, page(out)), attributes(t, page([]byte(tc.src)))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("untranslated, the page's attributes:\n%s\nwant\n%s\nedition:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
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

// FuzzNestedTranslation gives every title and attribute of a page the
// same arbitrary translation: whatever it holds, the target edition read
// again has the same segments of the same kinds, and each sentence the
// same codes — a translation cannot end its title or attribute early or
// break the link or tag that holds it.
func FuzzNestedTranslation(f *testing.F) {
	for _, s := range []string{`«Сайт» "МОМ" ' ( ) & <b> \`, `a\`, `x") y`, "a\n\nb", `&amp; &#x41; &bogus`, `\\"`, `(`, `'`} {
		f.Add(s)
	}
	docs := []struct{ file, src string }{
		{"a.md", "See [it](/a \"One\"), ![i](/b 'Two') and [r][x], <abbr title=\"Three\">A</abbr>.\n\n[x]: /c (Four)\n"},
		{"a.html", "<p>The <abbr title=\"One\">A</abbr> <a href=/x title='Two'>b</a> <span aria-label=Three>c</span>.</p>\n"},
	}
	dir := f.TempDir()
	p := &Project{Dir: dir, SourceLocale: "en", TargetLocales: []string{"ru"}}
	for _, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, d.file), []byte(d.src), 0o644); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, tr string) {
		control := strings.ContainsFunc(tr, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' })
		if !utf8.ValidString(tr) || control || markup.Has(tr) || !strings.ContainsFunc(tr, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			// Not text an article holds, text read again as a code
			// ("<1>"), or nothing a reader would take for text.
			return
		}
		for _, d := range docs {
			src, err := p.SourceCatalog(Document{Name: "a", Source: d.file})
			if err != nil {
				t.Fatal(err)
			}
			tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en"}
			for _, s := range src.Segments {
				target := s.Source
				if s.Kind == "link-title" || s.Kind == "attribute" {
					target = tr
				}
				tgt.Segments = append(tgt.Segments, catalog.Segment{ID: s.ID, Source: s.Source, Target: target, State: catalog.Translated})
			}
			ru, err := edition.Assemble(src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			out := ru.Render(edition.Markdown, edition.Options{})
			if err := os.WriteFile(filepath.Join(dir, "ru-"+d.file), out, 0o644); err != nil {
				t.Fatal(err)
			}
			back, err := p.SourceCatalog(Document{Name: "a", Source: "ru-" + d.file})
			if err != nil {
				t.Fatalf("%s: the edition does not read: %v\n%s", d.file, err, out)
			}
			if got, want := shape(back), shape(src); got != want {
				t.Fatalf("%s: the edition reads as\n%s\nwant\n%s\nedition:\n%s", d.file, got, want, out)
			}
		}
	})
}

// shape is a catalog's segments' kinds and, for those with codes, how
// many, with the front matter left out (a target edition adds lang).
func shape(c *catalog.Catalog) string {
	var b strings.Builder
	for _, s := range c.Segments {
		if s.Kind == "meta" {
			continue
		}
		fmt.Fprintf(&b, "%s %d nested=%v\n", s.Kind, len(s.Codes), s.In != "")
	}
	return b.String()
}

// A title over several lines inside a block quote or a list item is a
// segment like any other; the ">" that starts its next line in a block
// quote is a code of it, as in the quote's own text. The target edition
// writes the translation on one line, where no container's markup is
// needed, so the page's title is the translation whether the translator
// kept that line break or not; read again, the edition gives the
// translation as the title's segment.
func TestNestedValuesOverLines(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		tr        map[string]string // the titles' translations, by source
		want      []string          // the page's titles, in document order
	}{
		{"block quote", "> See [the site](https://iom.int \"IOM\n> site\") and ![a map](m.png 'A\n> map').\n",
			map[string]string{"IOM\n<1/>site": "Сайт\n<1/>МОМ", "A\n<1/>map": "Карта <1/>мира"},
			[]string{"title=Сайт МОМ", "alt=a map", "title=Карта мира"}},
		{"list item", "- See [the site](https://iom.int \"IOM\n  site\").\n- Next.\n",
			map[string]string{"IOM\n  site": "Сайт\n  МОМ"},
			[]string{"title=Сайт МОМ"}},
		{"list in a block quote, three lines", "> - See [it](/a (One\n>   two\n>   three)).\n",
			map[string]string{"One\n<1/>two\n<2/>three": "Раз<1/> два\n<2/>три"},
			[]string{"title=Раз два три"}},
		{"title on the line after its destination", "> See [it](/a\n> \"The title\").\n",
			map[string]string{"The title": "Заголовок"},
			[]string{"title=Заголовок"}},
		{"reference definition", "> See [it][x].\n>\n> [x]: /y \"One\n> two\"\n",
			map[string]string{"One\n<1/>two": "Раз\n<1/>два"},
			[]string{"title=Раз два"}},
		{"codes moved to the ends, and between spaces", "> See [it](/a \"One\n> two\") and [more][x].\n>\n> [x]: /y \"Three\n> four\"\n",
			map[string]string{"One\n<1/>two": "<1/>Раз два", "Three\n<1/>four": "Три <1/> четыре"},
			[]string{"title=Раз два", "title=Три четыре"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, src := markdownDocument(t, tc.src)
			if src.Skeleton() != tc.src {
				t.Fatal("the source catalog does not rebuild the document")
			}
			out := translatedEdition(t, src, tc.tr)
			var page bytes.Buffer
			if err := goldmark.New().Convert(out, &page); err != nil {
				t.Fatal(err)
			}
			if got := attributes(t, page.Bytes()); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("the page's titles:\n%s\nwant\n%s\nedition:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), out)
			}
			if err := os.WriteFile(filepath.Join(p.Dir, "ru.md"), out, 0o644); err != nil {
				t.Fatal(err)
			}
			back, err := p.SourceCatalog(Document{Name: "a", Source: "ru.md"})
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, s := range back.Segments {
				if s.Kind == "link-title" {
					got = append(got, "title="+s.Source)
				}
			}
			for _, w := range tc.want {
				if strings.HasPrefix(w, "title=") {
					want = append(want, w)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("the edition read again has the titles:\n%s\nwant\n%s\nedition:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
			}
		})
	}
}

// A block quote's ">" that starts a line of a paragraph is a code of its
// segment. A translator may join the lines, or move the code within a
// line: the edition then has no line for it to start, and writes a space
// where a ">" would be text on the page. Where the translation keeps the
// code after a line break, it starts the line as in the source.
func TestQuoteMarkersInEditions(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		tr        map[string]string // translations, by source
		want      string            // the page, rendered
	}{
		{"lines kept", "> One two\n> three four.\n",
			map[string]string{"One two\n<1/>three four.": "Раз два\n<1/>три четыре."},
			"<blockquote>\n<p>Раз два\nтри четыре.</p>\n</blockquote>\n"},
		{"lines joined", "> One two\n> three four.\n",
			map[string]string{"One two\n<1/>three four.": "Раз два <1/>три четыре."},
			"<blockquote>\n<p>Раз два три четыре.</p>\n</blockquote>\n"},
		{"code moved to the end", "> One two\n> three four.\n",
			map[string]string{"One two\n<1/>three four.": "Раз два три четыре.<1/>"},
			"<blockquote>\n<p>Раз два три четыре.</p>\n</blockquote>\n"},
		{"nested quote, joined", "> > One two\n> > three four.\n",
			map[string]string{"One two\n<1/>three four.": "Раз два<1/>три четыре."},
			"<blockquote>\n<blockquote>\n<p>Раз два три четыре.</p>\n</blockquote>\n</blockquote>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, src := markdownDocument(t, tc.src)
			out := translatedEdition(t, src, tc.tr)
			_, body, ok := bytes.Cut(out[3:], []byte("---\n")) // the front matter
			if !bytes.HasPrefix(out, []byte("---\n")) || !ok {
				t.Fatalf("no front matter:\n%s", out)
			}
			var page bytes.Buffer
			if err := goldmark.New().Convert(body, &page); err != nil {
				t.Fatal(err)
			}
			if page.String() != tc.want {
				t.Errorf("the page:\n%s\nwant\n%s\nedition:\n%s", page.String(), tc.want, out)
			}
		})
	}
}

// translatedEdition is the ru edition of a Markdown document's source
// catalog src with the segments translated by tr (by source), the others
// kept as they are; it fails unless every translation of tr has its
// segment and the edition has no gap.
func translatedEdition(t *testing.T, src *catalog.Catalog, tr map[string]string) []byte {
	t.Helper()
	tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en"}
	used := map[string]bool{}
	for _, s := range src.Segments {
		target, ok := tr[s.Source]
		if ok {
			used[s.Source] = true
		} else {
			target = s.Source
		}
		tgt.Segments = append(tgt.Segments, catalog.Segment{ID: s.ID, Source: s.Source, Target: target, State: catalog.Translated})
	}
	if len(used) != len(tr) {
		var sources []string
		for _, s := range src.Segments {
			sources = append(sources, s.Source)
		}
		t.Fatalf("the segments %q, want one for each of %q", sources, tr)
	}
	ru, err := edition.Assemble(src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	if len(ru.Gaps) > 0 {
		t.Fatalf("gaps: %+v", ru.Gaps)
	}
	return ru.Render(edition.Markdown, edition.Options{})
}

// markdownDocument writes text as the Markdown document a.md of a new
// en→ru project and returns the project and the document's source
// catalog.
func markdownDocument(t *testing.T, text string) (*Project, *catalog.Catalog) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &Project{Dir: dir, SourceLocale: "en", TargetLocales: []string{"ru"}}
	src, err := p.SourceCatalog(Document{Name: "a", Source: "a.md"})
	if err != nil {
		t.Fatal(err)
	}
	return p, src
}
