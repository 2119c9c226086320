package workflow

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
	"github.com/terjime/terjime/workflow/catalog"
)

// BenchmarkSegmentMarkdown is terjime segment's work on a 20 MB Markdown
// article (bench/mdgen): read and cut into the source catalog, then the
// ru and tk catalogs made and every catalog written out as TOML, as
// segment does it (streamed, tk in ru's memory) — all but the disk.
// Reports MB/s of processor time (cpu-MB/s).
func BenchmarkSegmentMarkdown(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "big.md")
	out, err := exec.Command("go", "run", "../bench/mdgen", "-size", "20", "-src", "../testdata/site/content/en/news/iom-seminar.md").Output()
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(src, out, 0o644); err != nil {
		b.Fatal(err)
	}
	p := &Project{Dir: dir, SourceLocale: "en", TargetLocales: []string{"ru", "tk"}}
	d := Document{Name: "big", Source: "big.md"}
	b.SetBytes(int64(len(out)))
	b.ResetTimer()
	start := cputime.Seconds()
	for range b.N {
		c, err := p.SourceCatalog(d)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := c.WriteTo(io.Discard)
		var spare []catalog.Segment
		for _, loc := range p.TargetLocales {
			t, _ := catalog.Update(nil, c, loc, catalog.UpdateOptions{Similarity: DefaultSimilarity, Reuse: spare})
			k, _ := t.WriteTo(io.Discard)
			n += k
			spare = t.Segments
		}
		if n == 0 {
			b.Fatal("nothing written")
		}
	}
	cputime.ReportRate(b, len(out), start)
}
