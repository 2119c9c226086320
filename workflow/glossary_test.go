package workflow

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
)

// check reads a project document by document, yet the glossary's
// consistency check still sees every document: the same pairs on disk give
// the same glossary findings as one glossary pass over all of them.
func TestCheckProjectGlossaryAcrossDocuments(t *testing.T) {
	dir := t.TempDir()
	terms, err := os.ReadFile("../glossary/terms.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "glossary"), 0o755)
	os.WriteFile(filepath.Join(dir, "glossary", "terms.toml"), terms, 0o644)
	os.WriteFile(filepath.Join(dir, ProjectFile), []byte(`source_locale = "en"
target_locales = ["tk"]
glossary = "glossary/terms.toml"

[[document]]
name = "one"
source = "one.en.txt"

[[document]]
name = "two"
source = "two.en.txt"
`), 0o644)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Each document has one translated sentence: IOM approved in one,
	// admitted in the other.
	for doc, pair := range map[string][2]string{
		"one": {"The International Organization for Migration thanked the Mejlis.", "Migrasiýa boýunça halkara guramasy Mejlise minnetdarlyk bildirdi."},
		"two": {"The International Organization for Migration held a seminar.", "Halkara migrasiýa guramasy seminar geçirdi."},
	} {
		id := doc + "a"
		for _, c := range []*catalog.Catalog{
			{Document: doc, Locale: "en", SourceLocale: "en", Segments: []catalog.Segment{{ID: id, Source: pair[0], State: catalog.Final}}},
			{Document: doc, Locale: "tk", SourceLocale: "en", Segments: []catalog.Segment{{ID: id, Source: pair[0], Target: pair[1], State: catalog.Translated}}},
		} {
			path := p.CatalogPath(c.Locale, c.Document)
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, c.Marshal(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	r, err := CheckProject(context.Background(), p, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Check, "glossary-") {
			got = append(got, f.Check+" "+f.Document+" "+f.Segment)
		}
	}
	want := []string{"glossary-inconsistent two twoa"}
	if !slices.Equal(got, want) {
		t.Errorf("glossary findings %q, want %q", got, want)
	}
}
