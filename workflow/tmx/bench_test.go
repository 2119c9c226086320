package tmx

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

// bigTUs is 100,000 done segments of one document in Russian.
func bigTUs(n int) []TU {
	tus := make([]TU, n)
	for i := range tus {
		tus[i] = TU{
			Source:       fmt.Sprintf("Representatives of the Mejlis and the Ombudsman, sentence %d, were invited to the seminar on migration & law.", i),
			Target:       fmt.Sprintf("Представители Меджлиса и Омбудсмена, предложение %d, были приглашены на семинар по миграции и праву.", i),
			SourceLocale: "en", TargetLocale: "ru", Document: "big", ID: fmt.Sprintf("%012x", i), State: "final",
		}
	}
	return tus
}

func BenchmarkWrite(b *testing.B) {
	tus := bigTUs(100_000)
	var buf bytes.Buffer
	if err := Write(&buf, "en", tus); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	cpu0 := cputime.Seconds()
	for b.Loop() {
		if err := Write(io.Discard, "en", tus); err != nil {
			b.Fatal(err)
		}
	}
	cputime.ReportRate(b, buf.Len(), cpu0)
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	if err := Write(&buf, "en", bigTUs(100_000)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cputime.Seconds()
	for b.Loop() {
		tus, err := Read("big.tmx", bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if len(tus) != 100_000 {
			b.Fatalf("%d pairs", len(tus))
		}
	}
	cputime.ReportRate(b, len(data), cpu0)
}
