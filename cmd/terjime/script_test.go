package main

import (
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var updateScripts = flag.Bool("update-scripts", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"terjime": func() { os.Exit(run(os.Args, os.Getenv)) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script: the real
// binary on real files, one .txtar per case.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			// The scripts see the repository's seed article and fixtures.
			root, err := os.Getwd()
			if err != nil {
				return err
			}
			env.Setenv("TESTDATA", root+"/../../testdata")
			env.Setenv("NO_COLOR", "1")
			env.Setenv("LANG", "C")
			return nil
		},
	})
}
