package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: realdata build|ddtp|score [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "build":
		err = build(os.Args[2:])
	case "score":
		err = score(os.Args[2:])
	case "ddtp":
		err = ddtp(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q (build, ddtp or score)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "realdata:", err)
		os.Exit(2)
	}
}
