package memory

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/tm"
)

// BenchmarkPropagate measures what segment pays every run to look through
// a project's untranslated sentences for identical translations, in a
// memory of 300,000 pairs: 20,000 untranslated sentences, one in ten of
// which the memory holds. "known" passes HasSource, as segment does;
// "lookup" looks every sentence up. hash-ms is HasSource's first call,
// which hashes every source of the memory once.
func BenchmarkPropagate(b *testing.B) {
	const pairs, queries = 300_000, 20_000
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the a seminar forum ministry of on in and for with migration cooperation office " +
		"representatives experts participants discussed held took place part international national plan " +
		"law rights women trafficking persons region capital city country held report council president")
	sentence := func() string {
		n := 6 + r.IntN(14)
		w := make([]string, n)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ") + fmt.Sprintf(" %d.", r.IntN(1_000_000))
	}
	units := make([]tm.Unit, pairs)
	for i := range units {
		units[i] = tm.Unit{SourceLocale: "en", TargetLocale: "ru", Source: sentence(), Target: "Перевод.", Document: "d", ID: fmt.Sprint(i), State: catalog.Reviewed}
	}
	data, err := tm.Build([]tm.Origin{{Path: "locales/ru/d.toml", Kind: originCatalog}}, units)
	if err != nil {
		b.Fatal(err)
	}
	x, err := tm.Open(data)
	if err != nil {
		b.Fatal(err)
	}
	segs := make([]catalog.Segment, queries)
	for i := range segs {
		text := sentence()
		if i%10 == 0 {
			text = units[r.IntN(pairs)].Source
		}
		segs[i] = catalog.Segment{ID: fmt.Sprint("q", i), Source: text}
	}
	src := &catalog.Catalog{Document: "q", Locale: "en", SourceLocale: "en"}
	for _, known := range []bool{true, false} {
		name := "lookup"
		if known {
			name = "known"
		}
		b.Run(name, func(b *testing.B) {
			filled := 0
			for b.Loop() {
				m := newMemory(x, nil, nil)
				opts := PrefillOptions{Threshold: 100}
				if known {
					opts.Known = m.HasSource
				}
				fill := m.Prefill(src, "ru", opts)
				filled = 0
				for i := range segs {
					s := segs[i]
					if fill(&s) {
						filled++
					}
				}
			}
			if filled < queries/10 {
				b.Fatalf("filled %d of %d", filled, queries)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/queries/1e3, "µs/sentence")
		})
	}
	b.Run("hash", func(b *testing.B) {
		for b.Loop() {
			newMemory(x, nil, nil).HasSource("x")
		}
	})
}
