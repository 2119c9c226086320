package glossary

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

// A generated glossary and corpus for the benchmark: concepts with two- or
// three-word English and Turkmen terms made of invented words (so none
// collides with another by accident), and segment pairs of about twenty
// words where the source names one to three concepts and the translation
// renders them with Turkmen case endings (-yň, -da, -a, -ny), as real
// Turkmen does. Words come from a 20,000-word vocabulary per language.
type corpus struct {
	g     *Glossary
	pairs [][2]string
}

var (
	backSyl  = []string{"ba", "da", "ga", "ka", "ma", "na", "ra", "sa", "ta", "ýa", "bo", "do", "go", "ko", "mo", "no", "ro", "so", "to", "bu", "du", "gu", "ku", "mu", "nu", "ru", "su", "tu", "by", "dy", "gy", "ky", "my", "ny", "ry", "sy", "ty"}
	enSyl    = []string{"al", "ber", "cor", "del", "est", "fin", "gal", "hor", "ist", "jun", "kel", "lor", "min", "nor", "ost", "par", "quin", "ras", "sel", "tor", "ul", "ver", "wes", "xan", "yor", "zel"}
	finalCon = []string{"n", "r", "l", "m", "s", "t", "k", "p"}
	endings  = []string{"", "yň", "da", "a", "ny", "dan"}
)

func word(r *rand.Rand, syl []string, n int, final string) string {
	var b strings.Builder
	for range n {
		b.WriteString(syl[r.IntN(len(syl))])
	}
	b.WriteString(final)
	return b.String()
}

func newCorpus(concepts, pairs int) *corpus {
	r := rand.New(rand.NewPCG(1, 2))
	g := &Glossary{Path: "generated"}
	seen := map[string]bool{}
	unique := func(f func() string) string {
		for {
			w := f()
			if !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	type pair struct{ en, tk []string }
	terms := make([]pair, concepts)
	for i := range concepts {
		n := 2 + r.IntN(2)
		var p pair
		for range n {
			p.en = append(p.en, unique(func() string { return word(r, enSyl, 4, "") }))
			p.tk = append(p.tk, unique(func() string { return word(r, backSyl, 3, finalCon[r.IntN(len(finalCon))]) }))
		}
		terms[i] = p
		g.Concepts = append(g.Concepts, Concept{
			ID: fmt.Sprintf("c%d", i),
			Terms: []Term{
				{Locale: "en", Text: strings.Join(p.en, " ")},
				{Locale: "tk", Text: strings.Join(p.tk, " ")},
				{Locale: "tk", Text: strings.Join(p.tk[:n-1], " ") + " " + unique(func() string { return word(r, backSyl, 4, "n") }), Status: Forbidden},
			},
		})
	}
	fillEn := make([]string, 20000)
	fillTk := make([]string, 20000)
	for i := range fillEn {
		fillEn[i] = unique(func() string { return word(r, enSyl, 2+r.IntN(3), "") })
		fillTk[i] = unique(func() string { return word(r, backSyl, 1+r.IntN(3), finalCon[r.IntN(len(finalCon))]) })
	}
	// word and concept frequencies follow Zipf's law, as in real text:
	// a few words and names (Turkmenistan, the President) are everywhere,
	// most are rare
	conceptZipf := rand.NewZipf(r, 1.1, 1, uint64(concepts-1))
	fillZipf := rand.NewZipf(r, 1.05, 1, uint64(len(fillEn)-1))
	c := &corpus{g: g}
	for range pairs {
		var src, tgt []string
		for range 1 + r.IntN(3) {
			for range 4 + r.IntN(4) {
				src = append(src, fillEn[fillZipf.Uint64()])
				tgt = append(tgt, fillTk[fillZipf.Uint64()])
			}
			p := terms[conceptZipf.Uint64()]
			src = append(src, p.en...)
			tk := append([]string(nil), p.tk...)
			tk[len(tk)-1] += endings[r.IntN(len(endings))]
			tgt = append(tgt, tk...)
		}
		c.pairs = append(c.pairs, [2]string{strings.Join(src, " ") + ".", strings.Join(tgt, " ") + "."})
	}
	return c
}

// The generated corpus is correct by construction: checking it must find
// nothing, or the benchmark would be measuring the wrong thing.
func TestGeneratedCorpusIsClean(t *testing.T) {
	c := newCorpus(2000, 2000)
	ch := c.g.Checker("en", "tk")
	for _, p := range c.pairs {
		if ps := ch.Check(p[0], p[1]); len(ps) > 0 {
			t.Fatalf("%q → %q: %s", p[0], p[1], describe(ps))
		}
	}
	// and a forbidden variant is found
	f := c.g.Concepts[0].Terms[2].Text
	if ps := ch.Check(c.g.Concepts[0].Terms[0].Text, f+"da"); len(ps) != 1 || ps[0].Kind != ForbiddenTerm {
		t.Errorf("forbidden %q: %s", f, describe(ps))
	}
}

// BenchmarkCheck checks translated segment pairs against a 10,000-concept
// glossary; the sub-benchmarks grow the number of pairs to show that the
// time is linear in it (and not in pairs × concepts). Each op is one pass
// over the pairs with fresh matchers, so the word cache starts cold as in
// a real run; compiling the trie is left out of the timing (see
// BenchmarkMatcherBuild). Run with -cpu 1.
func BenchmarkCheck(b *testing.B) {
	c := newCorpus(10000, 100000)
	for _, n := range []int{25000, 50000, 100000} {
		b.Run(fmt.Sprintf("pairs=%d", n), func(b *testing.B) {
			pairs := c.pairs[:n]
			var ms runtime.MemStats
			var mallocs uint64
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				c.g.resetMatchers()
				ch := c.g.Checker("en", "tk")
				runtime.ReadMemStats(&ms)
				before := ms.Mallocs
				b.StartTimer()
				for _, p := range pairs {
					ch.Check(p[0], p[1])
				}
				b.StopTimer()
				runtime.ReadMemStats(&ms)
				mallocs += ms.Mallocs - before
				b.StartTimer()
			}
			total := float64(n) * float64(b.N)
			b.ReportMetric(total/b.Elapsed().Seconds(), "pairs/s")
			b.ReportMetric(float64(mallocs)/total, "allocs/pair")
		})
	}
}

// BenchmarkMatcherBuild compiles the 10,000-concept glossary's trie.
func BenchmarkMatcherBuild(b *testing.B) {
	c := newCorpus(10000, 0)
	b.ReportAllocs()
	for range b.N {
		newMatcher(c.g, "tk")
	}
}

// BenchmarkLoad reads glossaries of growing size from disk, parsing and
// all, to show that reading is linear in the number of concepts: 100,000
// concepts (about 17 MB) well under two seconds. Processor time (cpu-s/op)
// is the figure to read on a shared machine. Run with -cpu 1.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("concepts=%d", n), func(b *testing.B) {
			c := newCorpus(n, 0)
			c.g.Concepts[0].Note = "A note\nover \"two\" lines."
			data := c.g.Marshal()
			path := filepath.Join(b.TempDir(), "terms.toml")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			cpu := cputime.Seconds()
			for b.Loop() {
				g, err := Load(path)
				if err != nil {
					b.Fatal(err)
				}
				if len(g.Concepts) != n {
					b.Fatalf("read %d concepts of %d", len(g.Concepts), n)
				}
			}
			b.ReportMetric((cputime.Seconds()-cpu)/float64(b.N), "cpu-s/op")
		})
	}
}
