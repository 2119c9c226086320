package catalog

import (
	"math/rand/v2"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

// BenchmarkParse reads a 100,000-segment target catalog: the cost every
// command pays before it does its own work.
func BenchmarkParse(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	texts := make([]string, 100_000)
	for i := range texts {
		texts[i] = benchSentence(r)
	}
	c, _ := Update(nil, src(texts...), "ru", UpdateOptions{})
	for i := range c.Segments {
		c.Segments[i].Target = "Перевод: " + c.Segments[i].Source
		c.Segments[i].State = Translated
	}
	data := c.Marshal()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cputime.Seconds()
	for b.Loop() {
		if _, err := Parse("bench.toml", data); err != nil {
			b.Fatal(err)
		}
	}
	cputime.ReportSeconds(b, cpu)
	b.ReportMetric(float64(len(c.Segments))*float64(b.N)/b.Elapsed().Seconds(), "segments/s")
}

// BenchmarkMarshal writes the same catalog.
func BenchmarkMarshal(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	texts := make([]string, 100_000)
	for i := range texts {
		texts[i] = benchSentence(r)
	}
	c, _ := Update(nil, src(texts...), "ru", UpdateOptions{})
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(c.Marshal())
	}
	b.SetBytes(int64(n))
}
