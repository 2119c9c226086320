package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

// corpusSize is how much prose the segmentation benchmarks read.
const corpusSize = 20 << 20

// corpus builds at least corpusSize bytes of news prose in lang by repeating
// the texts the tests ship: the article(s) and the held-out cases, each case
// as a paragraph of its own.
func corpus(tb testing.TB, lang string, articles ...string) string {
	tb.Helper()
	var unit strings.Builder
	for _, a := range articles {
		b, err := os.ReadFile(a)
		if err != nil {
			tb.Fatal(err)
		}
		unit.Write(b)
		unit.WriteString("\n\n")
	}
	path := filepath.Join("..", "..", "testdata", "segment", "golden."+lang+".txt")
	for _, c := range readGolden(tb, path) {
		unit.WriteString(c.input)
		unit.WriteString("\n\n")
	}
	u := unit.String()
	return strings.Repeat(u, corpusSize/len(u)+1)
}

func benchmarkSplit(b *testing.B, lang string, articles ...string) {
	text := corpus(b, lang, articles...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var segs int
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	cpu0 := cputime.Seconds()
	b.ResetTimer()
	for b.Loop() {
		segs = len(Split(text, Options{Lang: lang}).Segments)
	}
	b.StopTimer()
	cpu := cputime.Seconds() - cpu0
	runtime.ReadMemStats(&after)
	perOp := float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N)
	b.ReportMetric(float64(len(text))/1e6, "MB-input")
	b.ReportMetric(perOp/float64(len(text)), "alloc/input")
	b.ReportMetric(float64(segs), "segments")
	if cpu > 0 {
		// Throughput per second of processor time, all threads (the
		// collector's included): unlike MB/s, not lowered when other
		// processes share the machine.
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu, "cpu-MB/s")
	}
}

// BenchmarkSplitEnglish segments 20 MB of English: the seed article and the
// Golden Rules, repeated.
func BenchmarkSplitEnglish(b *testing.B) {
	benchmarkSplit(b, "en", filepath.Join("..", "..", "testdata", "iom-seminar.en.txt"))
}

// BenchmarkSplitRussian segments 20 MB of Russian: the Russian article and
// cases of testdata/segment, repeated.
func BenchmarkSplitRussian(b *testing.B) {
	benchmarkSplit(b, "ru", filepath.Join("..", "..", "testdata", "segment", "news.ru.txt"))
}

// BenchmarkSplitTurkmen does the same for Turkmen.
func BenchmarkSplitTurkmen(b *testing.B) {
	benchmarkSplit(b, "tk", filepath.Join("..", "..", "testdata", "segment", "news.tk.txt"))
}

// BenchmarkSplitOdd segments 2 MB of odd input of several shapes: lines
// ended by lone CRs, one-letter lines, words glued at full stops, one huge
// e-mail-like token, spaced abbreviations, numbered and bulleted lists,
// stray dots and quotes. Work that grows with the square of the input shows
// here as a throughput orders of magnitude below the prose benchmarks.
func BenchmarkSplitOdd(b *testing.B) {
	for _, unit := range []string{"a\r", "a\n", "x.Yz", "a@b.Cd", "т. ", "1. a\n", "• ", "a. b. ", ". ", "\u201c.\u201d", "(((", "a.\u2026 "} {
		text := strings.Repeat(unit, (2<<20)/len(unit))
		b.Run(fmt.Sprintf("%q", unit), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Split(text, Options{Lang: "en"})
			}
		})
	}
}
