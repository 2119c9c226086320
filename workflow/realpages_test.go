package workflow

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/xliff"
	"github.com/terjime/terjime/workflow/xmlsafe/xmltest"
)

// Real pages nobody here wrote — MDN's Markdown in English and its human
// Russian translation, chapters of the Debian FAQ as Debian ships them in
// HTML — go through segment, an XLIFF 2.0 export valid against the OASIS
// schema, a translation that moves codes, the read back, and build: every
// code comes back, the source edition is the page byte for byte, and the
// translated edition has every tag of the source.
func TestRealPages(t *testing.T) {
	pages := []struct {
		Document
		nested []string // the values nested in codes (an inline link's title)
	}{
		{Document: Document{Name: "mdn-http-en", Source: "mdn/en-us/glossary/http/index.md", Protect: []string{`\{\{[^{}]*\}\}`}}},
		{Document: Document{Name: "mdn-http-ru", Source: "mdn/ru/glossary/http/index.md", Protect: []string{`\{\{[^{}]*\}\}`}}},
		{Document: Document{Name: "faq-contributing", Source: "debian-faq/contributing.en.html"}},
		{Document: Document{Name: "faq-getting-debian", Source: "debian-faq/getting-debian.en.html"},
			nested: []string{"6.1.\u00a0How many Debian distributions are there?"}},
		{Document: Document{Name: "faq-kernel", Source: "debian-faq/kernel.en.html"}},
		{Document: Document{Name: "iom-seminar-site", Source: "site/content/en/news/iom-seminar.md"}},
	}
	p := &Project{Dir: filepath.Join("..", "testdata"), SourceLocale: "en", TargetLocales: []string{"ru"}}
	for _, page := range pages {
		d := page.Document
		t.Run(d.Name, func(t *testing.T) {
			data, err := os.ReadFile(p.Path(d.Source))
			if err != nil {
				t.Fatal(err)
			}
			src, err := p.SourceCatalog(d)
			if err != nil {
				t.Fatal(err)
			}
			src.Path = filepath.Join("locales", "en", d.Name+".toml")
			if src.Skeleton() != string(data) {
				t.Fatal("the source catalog does not rebuild the page")
			}
			codes := 0
			var nested []string
			tgt := &catalog.Catalog{Document: d.Name, Locale: "ru", SourceLocale: "en"}
			for _, s := range src.Segments {
				codes += len(s.Codes)
				if s.In != "" {
					nested = append(nested, s.Source)
				}
				tgt.Segments = append(tgt.Segments, catalog.Segment{ID: s.ID, Source: s.Source,
					Target: capitalise(s.Source), State: catalog.Translated, SourceHash: catalog.Hash(s.Source)})
			}
			if codes == 0 {
				t.Fatal("a real page without inline codes tests nothing")
			}
			if strings.Join(nested, "\n") != strings.Join(page.nested, "\n") {
				t.Errorf("nested values %q, want %q", nested, page.nested)
			}
			var x bytes.Buffer
			pair := catalog.Pair{Source: src, Target: tgt}
			if err := xliff.Write(&x, "en", "ru", []catalog.Pair{pair}, xliff.Options{}); err != nil {
				t.Fatal(err)
			}
			tmp := filepath.Join(t.TempDir(), d.Name+".xlf")
			if err := os.WriteFile(tmp, x.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			xmltest.Lint(t, "--schema", "../testdata/xliff/schemas/xliff20/core_and_metadata.xsd", tmp)
			ex, err := xliff.Read(tmp, &x)
			if err != nil {
				t.Fatal(err)
			}
			back := map[string]catalog.Unit{}
			for _, u := range ex.Units {
				back[u.ID] = u
			}
			for i, s := range tgt.Segments {
				u, ok := back[s.ID]
				if !ok || u.Source != s.Source || u.Target != s.Target {
					t.Fatalf("segment %s came back as %q → %q, want %q → %q", s.ID, u.Source, u.Target, s.Source, s.Target)
				}
				tgt.Segments[i].Target = u.Target
			}
			en, err := edition.Assemble(src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := en.Render(edition.Markdown, edition.Options{}); !bytes.Equal(got, data) {
				t.Error("the source edition is not the page")
			}
			ru, err := edition.Assemble(src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			if !ru.Complete() {
				t.Fatalf("%d gaps", len(ru.Gaps))
			}
			out := string(ru.Render(edition.Markdown, edition.Options{}))
			for _, s := range src.Segments {
				for _, c := range s.Codes {
					// A value nested in the code comes translated.
					for _, n := range src.Segments {
						if n.In == s.ID {
							c = strings.Replace(c, n.Source, capitalise(n.Source), 1)
						}
					}
					if !strings.Contains(out, c) {
						t.Fatalf("the edition lost the code %q", c)
					}
				}
			}
			mark := "<"
			if src.Format == FormatMarkdown {
				mark = "]("
			}
			if n, m := strings.Count(string(data), mark), strings.Count(out, mark); n != m {
				t.Errorf("the page has %d %q, the translated edition %d", n, mark, m)
			}
		})
	}
}

// capitalise stands in for a translator: the text in capitals, and a
// standalone code that opens a segment moved to its end (order may change).
func capitalise(s string) string {
	toks := markup.Tokens(s)
	var b strings.Builder
	var moved string
	for i, t := range toks {
		switch {
		case t.Kind == markup.Text:
			b.WriteString(strings.ToUpper(t.Text))
		case i == 0 && t.Kind == markup.Standalone && len(toks) > 1:
			moved = t.Text
		default:
			b.WriteString(t.Text)
		}
	}
	return b.String() + moved
}
