package workflow

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/segment"
)

// FuzzSourceTextEdition: for any article, the source locale's text edition
// is the article byte for byte, whether the source catalog comes straight
// from the segmenter (as build makes it) or back from its TOML file.
func FuzzSourceTextEdition(f *testing.F) {
	for _, name := range []string{"../testdata/iom-seminar.en.txt", "../testdata/edition/seminar.en.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\uFEFF07.08.2019 | Title\r\n\r\nOne. Two.\r\n\r\n- a\r\n- b"))
	f.Add([]byte("\n\n  lead  \n\nText.\n\n\n"))
	f.Add([]byte("Mr. Smith went to Washington.He came back. \"Really?\" she asked…\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // DecodeText refuses it: build never sees it
		}
		text, err := DecodeText("article.txt", data, "")
		if err != nil {
			return
		}
		doc := segment.Split(text.Body, segment.Options{Lang: "en"})
		src := SourceCatalogFrom("article", "en", doc, text)
		for _, c := range []*catalog.Catalog{src, roundTrip(t, src)} {
			e, err := edition.Assemble(c, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := e.Text(edition.Options{}); string(got) != string(data) {
				t.Fatalf("text edition differs from the article:\n got %q\nwant %q", got, data)
			}
		}
	})
}

func roundTrip(t *testing.T, c *catalog.Catalog) *catalog.Catalog {
	t.Helper()
	back, err := catalog.Parse("en/article.toml", c.Marshal())
	if err != nil {
		t.Fatalf("the source catalog does not read back: %v", err)
	}
	return back
}
