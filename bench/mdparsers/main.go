// Command mdparsers measures the Markdown parsers terjime could read
// articles with, on the same file: how fast each parses (processor time,
// one core) and whether its syntax tree says where each inline node stands
// in the source, which terjime needs to cut text from markup byte for byte.
//
// It is a module of its own so that the parsers it compares stay out of
// terjime's dependencies. From the repository root:
//
//	go run ./bench/mdgen -size 20 > /tmp/big.md
//	(cd bench/mdparsers && GOMAXPROCS=1 go run . /tmp/big.md)
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"

	gm "github.com/gomarkdown/markdown/ast"
	gmparser "github.com/gomarkdown/markdown/parser"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mdparsers FILE.md")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "mdparsers:", err)
		os.Exit(2)
	}
	parsers := []struct {
		name      string
		positions string
		parse     func([]byte) int
	}{
		{"goldmark v1.8 (CommonMark + GFM: tables, strikethrough, linkify, task lists)",
			"every text node has its byte range (Text.Segment); block lines too",
			func(b []byte) int {
				md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify, extension.TaskList),
					goldmark.WithParserOptions(parser.WithAttribute()))
				n := 0
				ast.Walk(md.Parser().Parse(text.NewReader(b)), func(ast.Node, bool) (ast.WalkStatus, error) { n++; return ast.WalkContinue, nil })
				return n
			}},
		{"gomarkdown (CommonExtensions: tables, strikethrough, autolinks…)",
			"none: a node holds its text (Literal), not where it stands in the source",
			func(b []byte) int {
				p := gmparser.NewWithExtensions(gmparser.CommonExtensions)
				n := 0
				gm.WalkFunc(p.Parse(append([]byte(nil), b...)), func(gm.Node, bool) gm.WalkStatus { n++; return gm.GoToNext })
				return n
			}},
	}
	fmt.Printf("input: %.1f MB\n", float64(len(src))/1e6)
	for _, p := range parsers {
		best := time.Duration(1 << 62)
		nodes := 0
		for range 3 {
			start := cpu()
			nodes = p.parse(src)
			best = min(best, cpu()-start)
		}
		fmt.Printf("%s\n  %d nodes, %.2f s of processor time at best of 3, %.1f MB/s\n  positions: %s\n",
			p.name, nodes, best.Seconds(), float64(len(src))/1e6/best.Seconds(), p.positions)
	}
}
