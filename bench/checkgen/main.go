package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/terjime/terjime/workflow/check/checkbench"
)

func main() {
	out := flag.String("out", "", "the project `DIR` to write")
	docs := flag.Int("docs", 1000, "documents")
	segs := flag.Int("segments", 1000, "segments per document")
	seed := flag.String("seed", "testdata/translations/iom-seminar.tsv", "the en/ru/tk sentence table")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "checkgen: -out DIR is required")
		os.Exit(2)
	}
	tr, err := checkbench.LoadSeed(*seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkgen:", err)
		os.Exit(2)
	}
	size, err := checkbench.WriteProject(*out, tr, checkbench.Options{Documents: *docs, Segments: *segs})
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkgen:", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "checkgen: %d documents × %d segments × 2 locales, %d MB of catalogs in %s\n", *docs, *segs, size>>20, *out)
}
