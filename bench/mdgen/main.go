package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	size := flag.Int("size", 20, "megabytes to write, about")
	src := flag.String("src", "testdata/site/content/en/news/iom-seminar.md", "the article to repeat")
	flag.Parse()
	data, err := os.ReadFile(*src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mdgen:", err)
		os.Exit(2)
	}
	text := string(data)
	// The body: after the front matter.
	if i := strings.Index(text[3:], "\n---\n"); strings.HasPrefix(text, "---\n") && i >= 0 {
		text = text[3+i+5:]
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprint(w, "---\ntitle: \"A long article\"\ndescription: \"The seed article, many times over.\"\n---\n\n")
	n := 0
	for written := 0; written < *size<<20; n++ {
		h := fmt.Sprintf("## Part %d\n\n", n+1)
		w.WriteString(h)
		// A number in every sentence keeps each one distinct.
		body := strings.ReplaceAll(text, ". ", fmt.Sprintf(" (%d). ", n+1))
		body = strings.ReplaceAll(body, ".\n", fmt.Sprintf(" (%d).\n", n+1))
		w.WriteString(body)
		w.WriteString("\n")
		written += len(h) + len(body) + 1
	}
}
