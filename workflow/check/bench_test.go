package check_test

import (
	"flag"
	"sync"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/check/checkbench"
)

var (
	benchDocs  = flag.Int("docs", 1000, "documents of 1,000 segments in the generated project of the benchmarks")
	benchOnce  sync.Once
	benchPairs []check.Pair
)

// benchProject is -docs documents of 1,000 segments, in Russian and
// Turkmen: by default a million segments per locale.
func benchProject(b *testing.B) []check.Pair {
	benchOnce.Do(func() {
		seed, err := checkbench.LoadSeed("../../testdata/translations/iom-seminar.tsv")
		if err != nil {
			b.Fatal(err)
		}
		benchPairs = checkbench.Generate(seed, checkbench.Options{Documents: *benchDocs, Segments: 1000})
	})
	return benchPairs
}

// BenchmarkChecks runs every check over 1,000,000 segments × 2 target
// locales already in memory.
func BenchmarkChecks(b *testing.B) {
	pairs := benchProject(b)
	segs := 0
	for _, p := range pairs {
		segs += len(p.Target.Segments)
	}
	c, err := check.New(check.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Seconds()
	var n int
	for i := 0; i < b.N; i++ {
		n = len(c.Run(pairs))
	}
	b.StopTimer()
	checkbench.Report(b, segs, cputime.Seconds()-cpu)
	b.ReportMetric(float64(n), "findings")
}
