package workflow

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/segment"
	"github.com/terjime/terjime/workflow/ui"
)

// benchDocs is the size of the benchmark project: the task asks for
// 10,000 documents × 3 locales × 3 formats.
const benchDocs = 10000

// BenchmarkBuild runs terjime build on a project of 10,000 documents, each
// the seed article (5 kB, 21 segments) with its own title, in English with
// complete Russian and Turkmen catalogs: it reads the 10,000 articles and
// 20,000 catalogs and writes 90,000 files. Only the first run writes every
// file; later ones find them unchanged, as a rebuild does.
func BenchmarkBuild(b *testing.B) {
	p := benchProject(b, benchDocs)
	env, _, _ := ui.NewTest("", "")
	env.Out, env.Err = io.Discard, io.Discard
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Build(context.Background(), env, p, BuildOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(benchDocs*b.N)/sec, "docs/s")
	b.ReportMetric(float64(benchDocs*9*b.N)/sec, "files/s")
}

// benchProject writes a project of n documents with complete catalogs.
func benchProject(b *testing.B, n int) *Project {
	b.Helper()
	seed, err := os.ReadFile("../testdata/iom-seminar.en.txt")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	var toml strings.Builder
	toml.WriteString("source_locale = \"en\"\ntarget_locales = [\"ru\", \"tk\"]\n")
	p := &Project{Dir: dir, SourceLocale: "en", TargetLocales: []string{"ru", "tk"}}
	ru := strings.NewReplacer("a", "а", "e", "е", "o", "о", "p", "р", "c", "с", "x", "х", "y", "у", "i", "и", "t", "т", "n", "н", "m", "м", "k", "к")
	tk := strings.NewReplacer("a", "ä", "c", "ç", "n", "ň", "o", "ö", "s", "ş", "u", "ü", "y", "ý")
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("article-%05d", i)
		text := strings.Replace(string(seed), "Cooperation in countering", fmt.Sprintf("Cooperation No. %d in countering", i), 1)
		src := filepath.Join("articles", name+".en.txt")
		fmt.Fprintf(&toml, "\n[[document]]\nname = %q\nsource = %q\n", name, src)
		if err := writeBench(filepath.Join(dir, src), []byte(text)); err != nil {
			b.Fatal(err)
		}
		doc := segment.Split(text, segment.Options{Lang: "en"})
		sc := SourceCatalogFrom(name, "en", doc, Text{Body: text})
		for loc, tr := range map[string]*strings.Replacer{"ru": ru, "tk": tk} {
			c, _ := catalog.Update(nil, sc, loc, catalog.UpdateOptions{Similarity: DefaultSimilarity})
			for j := range c.Segments {
				c.Segments[j].Target = tr.Replace(c.Segments[j].Source)
				c.Segments[j].State = catalog.Reviewed
			}
			if err := writeBench(p.CatalogPath(loc, name), c.Marshal()); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := writeBench(filepath.Join(dir, ProjectFile), []byte(toml.String())); err != nil {
		b.Fatal(err)
	}
	p, err = LoadProject(dir)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func writeBench(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
