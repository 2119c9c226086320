package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestParseArgs: the line urfave/cli gets for the lines people type.
func TestParseArgs(t *testing.T) {
	a := &app{globals: globalFlags()}
	a.commands = commands(a)
	for _, tt := range []struct {
		line   string
		want   string // the line handed on, after the program name
		global map[string]string
	}{
		{"status", "status", nil},
		{"status -l ru --json", "status --locale=ru --json", nil},
		{"merge ru.xlf --dry-run", "merge --dry-run -- ru.xlf", nil},
		{"merge --dry-run ru.xlf tk.po --force", "merge --dry-run --force -- ru.xlf tk.po", nil},
		{"status --lang ru -l tk", "status --locale=tk", map[string]string{"lang": "ru"}},
		{"--project p status --quiet", "status", map[string]string{"project": "p", "quiet": "true"}},
		{"status -q", "status", map[string]string{"quiet": "true"}},
		{"split -- -dash.txt --json", "split -- -dash.txt --json", nil},
		{"split - --json", "split --json -- -", nil},
		{"tm lookup --min=80 The seminar", "tm lookup --min=80 -- The seminar", nil},
		{"tm lookup --prev -x text", "tm lookup --prev=-x -- text", nil},
		{"glossary --locale tk check", "glossary check --locale=tk", nil},
		{"build --locale=ru,tk news", "build --locale=ru,tk -- news", nil},
	} {
		inv, err := parseArgs(a.commands, a.globals, append([]string{"terjime"}, strings.Fields(tt.line)...))
		if err != nil {
			t.Errorf("%s: %v", tt.line, err)
			continue
		}
		if got := strings.Join(inv.cliArgs("terjime")[1:], " "); got != tt.want {
			t.Errorf("%s: handed on %q, want %q", tt.line, got, tt.want)
		}
		for name, want := range tt.global {
			if got := inv.global.Lookup(name).Value.String(); got != want {
				t.Errorf("%s: --%s = %q, want %q", tt.line, name, got, want)
			}
		}
	}
}

func TestParseArgsHelpAndVersion(t *testing.T) {
	a := &app{globals: globalFlags()}
	a.commands = commands(a)
	for _, tt := range []struct {
		line          string
		path          string
		help, version bool
	}{
		{"", "", false, false},
		{"--help", "", true, false},
		{"status -h", "status", true, false},
		{"glossary check --help -l ru", "glossary check", true, false},
		{"--version", "", false, true},
		// A required flag or a bad value does not stand in the way of help.
		{"export --help", "export", true, false},
		{"status --fail-under x --help", "status", true, false},
	} {
		inv, err := parseArgs(a.commands, a.globals, append([]string{"terjime"}, strings.Fields(tt.line)...))
		if err != nil {
			t.Errorf("%q: %v", tt.line, err)
			continue
		}
		if got := strings.Join(inv.names(), " "); got != tt.path || inv.help != tt.help || inv.version != tt.version {
			t.Errorf("%q: path %q help %v version %v", tt.line, got, inv.help, inv.version)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	a := &app{globals: globalFlags()}
	a.commands = commands(a)
	for line, want := range map[string]string{
		"stauts":                  `unknown command "stauts" for terjime; did you mean status?`,
		"xyzzy":                   `unknown command "xyzzy" for terjime`,
		"glossary chek":           `unknown command "chek" for terjime glossary; did you mean check?`,
		"status --locle ru":       "unknown flag --locle for terjime status; did you mean --locale?",
		"status --jsno":           "unknown flag --jsno for terjime status; did you mean --json?",
		"check --json":            "unknown flag --json for terjime check; did you mean --format json?",
		"check --junit":           "unknown flag --junit for terjime check; did you mean --format junit?",
		"status --lnag ru":        "unknown flag --lnag for terjime status; did you mean --lang?",
		"status --zzz":            "unknown flag --zzz for terjime status",
		"status --fail-under":     "flag --fail-under needs a value",
		"status --fail-under x":   `invalid value "x" for flag --fail-under`,
		"status --json=maybe":     `invalid value "maybe" for flag --json`,
		"export -l ru":            "flag --format is required",
		"--no-color=perhaps ls":   `invalid value "perhaps" for flag --no-color`,
		"glossary lint --dry-run": "unknown flag --dry-run for terjime glossary lint",
		// A value outside a flag's declared choices, under any of its names
		// and in a list; a choice typed as a flag is taken for its value.
		"check -f xml":                  `invalid value "xml" for flag --format (one of: text, json, junit, github)`,
		"check --fail-on=info":          `invalid value "info" for flag --fail-on (one of: error, warning)`,
		"build -f text,pdf":             `invalid value "pdf" for flag --format (one of: text, markdown, html)`,
		"export -f docx":                `invalid value "docx" for flag --format (one of: xliff, xliff12, po, goi18n, csv, tmx)`,
		"merge --take both":             `invalid value "both" for flag --take (one of: file, catalog)`,
		"glossary export --format xlsx": `invalid value "xlsx" for flag --format (one of: tbx, csv)`,
		"export -f po --todo":           "unknown flag --todo for terjime export; did you mean --only todo?",
		"build --min-complete 1 --mark": "unknown flag --mark for terjime build; did you mean --fallback mark?",
	} {
		_, err := parseArgs(a.commands, a.globals, append([]string{"terjime"}, strings.Fields(line)...))
		if err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %s", line, err, want)
		}
	}
}

// TestChoicesAccepted: a flag with declared choices takes them in every
// spelling its parser reads.
func TestChoicesAccepted(t *testing.T) {
	a := &app{globals: globalFlags()}
	a.commands = commands(a)
	for _, line := range []string{
		"check --fail-on Warning", "check -f json", "build -f md,txt,HTML", "build --min-complete 5 --fallback source",
		"export -f xliff12 --only todo", "merge --take catalog", "glossary import -f csv x.csv", "export -f po --only=",
	} {
		if _, err := parseArgs(a.commands, a.globals, append([]string{"terjime"}, strings.Fields(line)...)); err != nil {
			t.Errorf("%s: %v", line, err)
		}
	}
}

// TestChoicesInHelp: the help of a flag with declared choices names each
// of them (export's lists the formats from the registry).
func TestChoicesInHelp(t *testing.T) {
	a := &app{globals: globalFlags()}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				usage := f.(cli.DocGenerationFlag).GetUsage()
				for _, choice := range choicesOf(f) {
					if !strings.Contains(usage, choice) && !strings.Contains(usage, "{{.Names}}") {
						t.Errorf("%s%s --%s: the help does not name %s: %q", path, c.Name, f.Names()[0], choice, usage)
					}
				}
			}
			walk(path+c.Name+" ", c.Subcommands)
		}
	}
	walk("", commands(a))
}

func TestFormatVersion(t *testing.T) {
	bi := &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-05-01T10:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	if got, want := formatVersion(bi, true), "terjime v1.2.0 (git 0123456789abcdef0123456789abcdef01234567, 2026-05-01T10:00:00Z, modified)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := formatVersion(&debug.BuildInfo{}, true); got != "terjime (devel), no commit recorded (go run records none; go build or go install in a git checkout does)" {
		t.Errorf("no version: %q", got)
	}
	if got := formatVersion(nil, false); !strings.HasPrefix(got, "terjime (unknown version") {
		t.Errorf("no build info: %q", got)
	}
}

// TestVersionOfABuild builds terjime as a user would in a git checkout and
// asks it for its version: the commit it names is the checkout's.
func TestVersionOfABuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed")
	}
	head, err := exec.Command(git, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skip("not a git checkout")
	}
	top, err := exec.Command(git, "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !fi.IsDir() {
		t.Skip("a git worktree: the go command records no commit there")
	}
	bin := filepath.Join(t.TempDir(), "terjime")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	rev := strings.TrimSpace(string(head))
	if !strings.HasPrefix(string(out), "terjime ") || !strings.Contains(string(out), "(git "+rev) {
		t.Errorf("--version printed %q, want the revision %s", out, rev)
	}
}
