package edition_test

import (
	"os"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/edition/internal/htmlcheck"
)

// FuzzEditions renders arbitrary articles, as the source edition and as a
// half-translated target under both fallbacks: the source text edition is
// the article byte for byte, every HTML page is valid, and the Markdown
// front matter's title reads back as the edition's title.
func FuzzEditions(f *testing.F) {
	for _, name := range []string{"../../testdata/iom-seminar.en.txt", "../../testdata/edition/seminar.en.txt"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	f.Add(hostile)
	f.Add("\uFEFF07.08.2019 | T\r\n\r\nA. B.\r\n- x\r\n- y")
	f.Add("\x00\x01\xff<\u2028>\u0085{{<x>}}")
	f.Fuzz(func(t *testing.T, article string) {
		src := sourceCatalog("doc", article)
		if got := src.Skeleton(); got != article {
			t.Skip("the segmenter lost bytes: its own fuzz test reports that")
		}
		s, err := edition.Assemble(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(s.Text(edition.Options{})); got != article {
			t.Fatalf("source text edition differs from the article:\n%q\n%q", got, article)
		}
		n := 0
		tgt := targetCatalog(src, "tk", func(s string) string {
			n++
			if n%2 == 0 {
				return ""
			}
			return strings.ToUpper(s) + " ý"
		})
		for i := range tgt.Segments {
			if tgt.Segments[i].Target == "" {
				tgt.Segments[i].State = catalog.Untranslated
			}
		}
		e, err := edition.Assemble(src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		for _, ed := range []*edition.Edition{s, e} {
			for _, fb := range []edition.Fallback{edition.FallbackSource, edition.FallbackMark} {
				o := edition.Options{Fallback: fb, Alternates: []edition.Link{{Locale: "en", Href: "../en/doc.html"}, {Locale: "tk", Href: "../tk/doc.html?a=1&b=<2>"}}}
				page, err := htmlcheck.Check(ed.HTML(o))
				if err != nil {
					t.Fatalf("%s HTML: %v\n%s", ed.Locale, err, ed.HTML(o))
				}
				if page.Lang != ed.Locale {
					t.Fatalf("lang %q", page.Lang)
				}
				md := string(ed.Markdown(o))
				title, err := frontMatterTitle(md)
				if err != nil {
					t.Fatalf("%v:\n%s", err, md)
				}
				if !strings.HasSuffix(title, strings.ToValidUTF8(ed.Title(), "\uFFFD")) && fb == edition.FallbackSource {
					t.Fatalf("front matter title %q, edition title %q", title, ed.Title())
				}
				_ = ed.Text(o)
			}
		}
	})
}
