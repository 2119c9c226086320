// Command checkgen writes the generated translation project that the check
// benchmarks use (package workflow/check/checkbench) to a directory, for
// bench/check.sh to run terjime and other QA tools on.
//
//	go run ./bench/checkgen -out /tmp/proj -docs 1000 -segments 1000
package main
