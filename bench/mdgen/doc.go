// Command mdgen writes a large Markdown article for the benchmarks: the
// body of the seed article as the newsroom's site keeps it (links,
// emphasis, lists, front matter), repeated under numbered headings with a
// number woven into every sentence, so that no two sentences are alike.
//
//	go run ./bench/mdgen -size 20 > big.md   # about 20 MB
package main
