package xliff

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
	"github.com/terjime/terjime/workflow/catalog"
)

// bigPair is one document of n segments, three sentences to a paragraph,
// in every state, with Russian targets and glossary hints on some.
func bigPair(n int) []catalog.Pair {
	src := &catalog.Catalog{Document: "big", Locale: "en", SourceLocale: "en", Segments: make([]catalog.Segment, n)}
	tgt := &catalog.Catalog{Document: "big", Locale: "ru", SourceLocale: "en", Segments: make([]catalog.Segment, n)}
	for i := range n {
		id := fmt.Sprintf("%012x", i)
		s := fmt.Sprintf("Representatives of the Mejlis and the Ombudsman, sentence %d, were invited to the seminar on migration & law.", i)
		src.Segments[i] = catalog.Segment{ID: id, Kind: "paragraph", Block: i / 3, Source: s, Sep: " "}
		if i%3 == 2 {
			src.Segments[i].Sep = "\n\n"
		}
		t := catalog.Segment{ID: id, Source: s, State: catalog.State(i % 5)}
		if t.State != catalog.Untranslated {
			t.Target = fmt.Sprintf("Представители Меджлиса и Омбудсмена, предложение %d, были приглашены на семинар по миграции и праву.", i)
		}
		if t.State == catalog.Outdated {
			t.PreviousSource = "Representatives were invited."
		}
		if i%4 == 0 {
			t.Terms = []string{"Mejlis → Меджлис", "Ombudsman → Омбудсмен"}
		}
		tgt.Segments[i] = t
	}
	return []catalog.Pair{{Source: src, Target: tgt}}
}

func benchWrite(b *testing.B, w writeFunc) {
	pairs := bigPair(100_000)
	var buf bytes.Buffer
	if err := w(&buf, "en", "ru", pairs, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	cpu0 := cputime.Seconds()
	for b.Loop() {
		if err := w(io.Discard, "en", "ru", pairs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	cputime.ReportRate(b, buf.Len(), cpu0)
}

func benchRead(b *testing.B, w writeFunc) {
	var buf bytes.Buffer
	if err := w(&buf, "en", "ru", bigPair(100_000), Options{}); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cputime.Seconds()
	for b.Loop() {
		x, err := Read("big.xlf", bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if len(x.Units) != 100_000 {
			b.Fatalf("%d units", len(x.Units))
		}
	}
	cputime.ReportRate(b, len(data), cpu0)
}

// Export and read back 100,000 segments.
func BenchmarkWrite20(b *testing.B) { benchWrite(b, Write) }
func BenchmarkWrite12(b *testing.B) { benchWrite(b, Write12) }
func BenchmarkRead20(b *testing.B)  { benchRead(b, Write) }
func BenchmarkRead12(b *testing.B)  { benchRead(b, Write12) }
