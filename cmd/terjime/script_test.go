package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/terjime/terjime/workflow/catalog"
)

var updateScripts = flag.Bool("update-scripts", false, "rewrite the expected output in testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"terjime": func() { os.Exit(runMain()) },
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
			// A home of the script's own: git config --global, fish and
			// the like write there, and scripts run in parallel must not
			// share one (testscript's default, /no-home, is one directory
			// for all, created when the tests run as root).
			home := filepath.Join(env.WorkDir, ".home")
			if err := os.Mkdir(home, 0o755); err != nil {
				return err
			}
			env.Setenv("HOME", home)
			env.Setenv("NO_COLOR", "1")
			env.Setenv("LANG", "C")
			// Who changed a target and when, as merges record them: the
			// same in every run (workflow's tests use the same).
			env.Setenv("TERJIME_USER", "Jeren Annaýewa")
			env.Setenv("SOURCE_DATE_EPOCH", "1717232400")
			return nil
		},
		Condition: needsTool,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes":    writeBytes,
			"catalog-valid": catalogValid,
		},
	})
}

// catalogValid is the script command "catalog-valid FILE…": each file is
// a catalog terjime reads, in its canonical layout (writing it again
// changes no byte).
func catalogValid(ts *testscript.TestScript, neg bool, args []string) {
	for _, f := range args {
		data, err := os.ReadFile(ts.MkAbs(f))
		ts.Check(err)
		c, err := catalog.Parse(f, data)
		if err != nil {
			ts.Fatalf("%v", err)
		}
		if !bytes.Equal(c.Marshal(), data) {
			ts.Fatalf("%s is not in terjime's layout", f)
		}
	}
}

// writeBytes is the script command "writebytes FILE QUOTED": it writes the
// Go-quoted string QUOTED (escapes such as \xe7 and \x00 allowed) to FILE,
// for inputs a txtar archive cannot hold, like invalid UTF-8 or NUL bytes.
func writeBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: writebytes FILE QUOTED")
	}
	data, err := strconv.Unquote(`"` + args[1] + `"`)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
}

// needsTool is the script condition [needs:TOOL]: true when TOOL is
// installed; false when it is not, so that "[!needs:bash] skip" skips the
// script, except in CI (CI=true), where a missing tool is an error that
// fails it: what the script checks must be checked somewhere.
func needsTool(cond string) (bool, error) {
	tool, ok := strings.CutPrefix(cond, "needs:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") == "true" {
			return false, fmt.Errorf("%s is not installed, and CI must run this script", tool)
		}
		return false, nil
	}
	return true, nil
}
