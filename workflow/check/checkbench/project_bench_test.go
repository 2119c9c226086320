package checkbench_test

import (
	"context"
	"flag"
	"github.com/terjime/terjime/internal/cputime"
	"testing"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/check/checkbench"
)

var checkDocs = flag.Int("docs", 1000, "documents of 1,000 segments in the generated project of BenchmarkCheckProject")

// BenchmarkCheckProject runs terjime check end to end on a generated
// project of -docs documents of 1,000 segments (1,000,000 segments
// by default) in Russian and Turkmen: reading and parsing every catalog
// from disk, then every check.
func BenchmarkCheckProject(b *testing.B) {
	benchProject(b, func(p *workflow.Project) (int, error) {
		rep, err := workflow.CheckProject(context.Background(), p, workflow.CheckOptions{})
		return len(rep.Findings), err
	})
}

// BenchmarkStatusProject counts the same project's segments and words by
// state, as terjime status does.
func BenchmarkStatusProject(b *testing.B) {
	benchProject(b, func(p *workflow.Project) (int, error) {
		rep, err := workflow.ComputeStatus(context.Background(), p, nil, nil)
		if err != nil {
			return 0, err
		}
		return rep.Locales[0].Segments.Total, nil
	})
}

func benchProject(b *testing.B, run func(*workflow.Project) (int, error)) {
	seed, err := checkbench.LoadSeed("../../../testdata/translations/iom-seminar.tsv")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	size, err := checkbench.WriteProject(dir, seed, checkbench.Options{Documents: *checkDocs, Segments: 1000})
	if err != nil {
		b.Fatal(err)
	}
	segs := *checkDocs * 1000 * 2
	p, err := workflow.LoadProject(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Seconds()
	findings := 0
	for i := 0; i < b.N; i++ {
		if findings, err = run(p); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	checkbench.Report(b, segs, cputime.Seconds()-cpu)
	b.ReportMetric(float64(findings), "result")
}
