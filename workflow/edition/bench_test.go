package edition_test

import (
	"os"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
)

// BenchmarkRender assembles and renders one document — the seed article,
// 5 kB in 21 segments — in 3 locales and 3 formats per operation, in
// memory: the edition's share of terjime build, without reading catalogs
// or writing files.
func BenchmarkRender(b *testing.B) {
	data, err := os.ReadFile("../../testdata/iom-seminar.en.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := sourceCatalog("iom-seminar", string(data))
	ru := targetCatalog(src, "ru", strings.NewReplacer("a", "а", "e", "е", "o", "о", "c", "с", "i", "и", "t", "т").Replace)
	tk := targetCatalog(src, "tk", strings.NewReplacer("a", "ä", "c", "ç", "n", "ň", "o", "ö", "s", "ş", "u", "ü", "y", "ý").Replace)
	o := fixtureOptions(edition.FallbackMark)
	bytes := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, tgt := range []*catalog.Catalog{nil, ru, tk} {
			e, err := edition.Assemble(src, tgt)
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range edition.Formats {
				bytes += len(e.Render(f, o))
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.SetBytes(int64(bytes / b.N))
}
