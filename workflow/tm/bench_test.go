package tm

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/terjime/terjime/workflow/catalog"
)

// The benchmark memory: a million sentence pairs over a vocabulary of
// 40,000 words drawn with Zipf's law, as words are in news text, a tenth of
// them revisions of earlier sentences (a few words changed), as a
// newsroom's stock phrases are.
const benchUnits = 1_000_000

var benchVocab = func() []string {
	syl := strings.Fields("ba ki lo me nu sa ta ri de gu zo fa pe ly mo ha ne ji ko wu ra se ti do")
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	var out []string
	for len(out) < 40000 {
		var b strings.Builder
		for n := 1 + r.IntN(4); n > 0; n-- {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}()

type benchGen struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

func newBenchGen(seed uint64) *benchGen {
	r := rand.New(rand.NewPCG(seed, 7))
	return &benchGen{r: r, zipf: rand.NewZipf(r, 1.1, 2, uint64(len(benchVocab)-1))}
}

func (g *benchGen) sentence() string {
	w := make([]string, 12+g.r.IntN(17))
	for i := range w {
		w[i] = benchVocab[g.zipf.Uint64()]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// edit changes k words of s.
func (g *benchGen) edit(s string, k int) string {
	w := strings.Fields(strings.TrimSuffix(s, "."))
	for ; k > 0; k-- {
		w[g.r.IntN(len(w))] = benchVocab[g.zipf.Uint64()]
	}
	return strings.Join(w, " ") + "."
}

var benchMemory = sync.OnceValues(func() ([]Origin, []Unit) {
	g := newBenchGen(1)
	const perDoc = 20
	origins := make([]Origin, benchUnits/perDoc)
	for i := range origins {
		origins[i] = Origin{Path: fmt.Sprintf("locales/ru/article-%06d.toml", i), Kind: "catalog"}
	}
	units := make([]Unit, benchUnits)
	for i := range units {
		src := g.sentence()
		if i > 1000 && g.r.IntN(10) == 0 {
			src = g.edit(units[g.r.IntN(i)].Source, 1+g.r.IntN(3))
		}
		w := strings.Fields(src)
		slices.Reverse(w)
		units[i] = Unit{
			SourceLocale: "en", TargetLocale: "ru", Source: src, Target: strings.ToUpper(strings.Join(w, " ")),
			Document: fmt.Sprintf("article-%06d", i/perDoc), ID: catalog.Hash(src), State: catalog.State(2 + i%3),
			Origin: i / perDoc, Prev: uint64(i), Next: uint64(i + 2),
		}
	}
	return origins, units
})

var benchIndex = sync.OnceValues(func() (*Index, error) {
	data, err := Build(benchMemory())
	if err != nil {
		return nil, err
	}
	return Open(data)
})

// BenchmarkBuild1M builds the index of a million sentence pairs.
func BenchmarkBuild1M(b *testing.B) {
	origins, units := benchMemory()
	b.ReportAllocs()
	var size int
	for b.Loop() {
		data, err := Build(origins, units)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size)/(1<<20), "MiB-index")
}

// BenchmarkOpen1M checks and opens the index file of a million pairs: the
// cost a command pays before its first lookup.
func BenchmarkOpen1M(b *testing.B) {
	data, err := Build(benchMemory())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Open(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenFile1M opens the index file of a million pairs from disk
// (from the page cache, after the first round), as a command does.
func BenchmarkOpenFile1M(b *testing.B) {
	data, err := Build(benchMemory())
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "index.tmi")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		x, err := OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		unmap(x.data)
	}
}

// BenchmarkLookup1M looks up, in the million-pair memory, revisions of its
// sentences (1–3 words changed), sentences it holds unchanged and sentences
// it does not hold, asking for the top 5 matches at 75 % or more. It
// reports the median and 99th-percentile latency over all queries.
func BenchmarkLookup1M(b *testing.B) {
	x, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	_, units := benchMemory()
	g := newBenchGen(99)
	queries := make([]string, 2000)
	for i := range queries {
		switch s := units[g.r.IntN(len(units))].Source; i % 4 {
		case 0:
			queries[i] = s
		case 3:
			queries[i] = g.sentence()
		default:
			queries[i] = g.edit(s, 1+g.r.IntN(3))
		}
	}
	var lat, cpu []time.Duration
	found := 0
	runtime.LockOSThread() // so that the thread's CPU time is the lookup's
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := queries[i%len(queries)]
		i++
		c0, cpuOK := threadCPU()
		t0 := time.Now()
		m := x.Lookup(Query{Text: q, SourceLocale: "en", TargetLocale: "ru", Min: 75, Limit: 5})
		lat = append(lat, time.Since(t0))
		if c1, ok := threadCPU(); ok && cpuOK {
			cpu = append(cpu, c1-c0)
		}
		if len(m) > 0 {
			found++
		}
	}
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	report := func(d []time.Duration, unit string) {
		if len(d) == 0 {
			return
		}
		slices.Sort(d)
		b.ReportMetric(ms(d[len(d)/2]), "median-"+unit)
		b.ReportMetric(ms(d[len(d)*99/100]), "p99-"+unit)
	}
	report(lat, "ms")
	report(cpu, "cpu-ms")
	b.ReportMetric(float64(found)/float64(len(lat)), "found/op")
}
