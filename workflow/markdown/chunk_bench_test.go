package markdown

import (
	"bytes"
	"os"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

// article is the seed article's body repeated to about size bytes, as
// bench/mdgen writes it (without the numbers that keep its sentences
// apart, which the parse does not care about).
func article(b *testing.B, size int) []byte {
	b.Helper()
	seed, err := os.ReadFile("../../testdata/site/content/en/news/iom-seminar.md")
	if err != nil {
		b.Fatal(err)
	}
	if i := bytes.Index(seed[3:], []byte("\n---\n")); i >= 0 {
		seed = seed[3+i+5:]
	}
	var doc []byte
	for len(doc) < size {
		doc = append(doc, "## Part\n\n"...)
		doc = append(doc, seed...)
		doc = append(doc, '\n')
	}
	return doc
}

// BenchmarkParseChunks is goldmark's share of Walk: 4 MB of the seed
// article parsed a chunk at a time, Linkify only where an address mark
// stands and paragraphs of plain text left to Walk (split), or all of it
// with Linkify (linkify), in processor MB/s.
func BenchmarkParseChunks(b *testing.B) {
	doc := article(b, 4<<20)
	for _, split := range []bool{true, false} {
		name := "split"
		if !split {
			name = "linkify"
		}
		b.Run(name, func(b *testing.B) {
			defer func(old bool) { splitMarked = old }(splitMarked)
			splitMarked = split
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			b.ResetTimer()
			start := cputime.Seconds()
			for range b.N {
				ch := chunker{doc: doc, marks: newMarks()}
				for a := 0; a < len(doc); {
					a, _, _ = ch.parse(a, nil, nil)
				}
			}
			cputime.ReportRate(b, len(doc), start)
		})
	}
}

// BenchmarkLastIndex is the look for a long document's last "]:" when it
// has none, which is what an article without link definitions costs.
func BenchmarkLastIndex(b *testing.B) {
	doc := article(b, 20<<20)
	b.SetBytes(int64(len(doc)))
	for range b.N {
		if lastIndex(doc, "]:") >= 0 {
			b.Fatal("a definition in the article")
		}
	}
}
