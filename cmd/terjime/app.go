package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/ui"
)

// Exit codes: the contract scripts and CI rely on.
const (
	exitOK       = 0
	exitFindings = 1 // the run worked and found what it was asked to fail on
	exitError    = 2 // bad usage, unreadable or malformed input, failed writes
	// exitInterrupted is the shell's code for a command that SIGINT ended
	// (128 + 2): scripts tell an interrupted run from a failed one.
	exitInterrupted = 130
)

// app holds what every command shares: the streams and UI language, and
// where the project is.
type app struct {
	env        *ui.Env
	projectDir string
	getenv     func(string) string
	ctx        context.Context
}

// project loads the project named by --project, or the nearest
// terjime.toml upward from the working directory.
func (a *app) project() (*workflow.Project, error) { return a.loadProject(true) }

// optionalProject is project for commands that work without one (split):
// none found is not an error, but a malformed one is.
func (a *app) optionalProject() (*workflow.Project, error) { return a.loadProject(false) }

func (a *app) loadProject(required bool) (*workflow.Project, error) {
	dir := a.projectDir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if dir, err = workflow.FindProject(wd); err != nil {
			if !required {
				return nil, nil
			}
			return nil, err
		}
		// Name files relative to where the user stands: messages then read
		// "locales/ru/news.toml:8: …" rather than a long absolute path.
		if rel, err := filepath.Rel(wd, dir); err == nil {
			dir = rel
		}
	}
	p, err := workflow.LoadProject(dir)
	if err != nil {
		return nil, err
	}
	if w := a.getenv("TERJIME_LOCK_WAIT"); w != "" {
		if p.LockWait, err = time.ParseDuration(w); err != nil || p.LockWait < 0 {
			return nil, fmt.Errorf("TERJIME_LOCK_WAIT=%s: not a duration such as 30s or 2m", w)
		}
	}
	// Whatever the command, a run that was interrupted is finished or
	// undone first, so that nothing reads or writes half of it.
	if err := p.Recover(a.ctx, a.env); err != nil {
		return nil, err
	}
	return p, nil
}

// run is main without os.Exit, so tests and testscript call it in-process.
// Cancelling ctx interrupts the command: it stops at its next check and
// writes nothing (a run's files are written all together or not at all).
func run(ctx context.Context, args []string, getenv func(string) string) int {
	a := &app{getenv: getenv, ctx: ctx}
	cliApp := &cli.App{
		Name:    "terjime",
		Version: version(),
		Usage:   "translate and publish news articles in several languages",
		Description: `terjime splits an article into segments, keeps one catalog per locale with the
state of every segment, applies a terminology glossary, checks translations,
merges translators' work back and assembles the editions.

The project is described by terjime.toml, found in the working directory or
above it (or given with --project).

Example, at the root of a project:
   terjime segment          # cut the articles, create or update the catalogs
   terjime status           # how far each locale is
   terjime check            # QA findings; exit 1 when there are errors
   terjime build            # write the editions to dist/`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "project", Usage: "the project `DIR` (default: the nearest terjime.toml upward)"},
			&cli.StringFlag{Name: "lang", Usage: "UI `LANGUAGE`: en, ru or tk (default: from LC_ALL, LC_MESSAGES, LANG)"},
			&cli.BoolFlag{Name: "no-color", Usage: "no colour, even on a terminal (also NO_COLOR)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only data and errors"},
		},
		Before: func(c *cli.Context) error {
			env, err := ui.New(ui.Options{Lang: c.String("lang"), NoColor: c.Bool("no-color"), Quiet: c.Bool("quiet"), Getenv: getenv})
			if err != nil {
				return err
			}
			a.env = env
			a.projectDir = c.String("project")
			return nil
		},
		OnUsageError:    func(c *cli.Context, err error, isSubcommand bool) error { return err },
		ExitErrHandler:  func(*cli.Context, error) {}, // run decides the exit code
		Suggest:         true,
		HideHelpCommand: true,
		Commands:        commands(a),
	}
	err := cliApp.RunContext(ctx, args)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled) && ctx.Err() != nil && a.env != nil:
		fmt.Fprintf(os.Stderr, "terjime: %s\n", a.env.T("RunInterrupted", nil))
		return exitInterrupted
	}
	fmt.Fprintf(os.Stderr, "terjime: %v\n", err)
	if errors.Is(err, workflow.ErrFindings) {
		return exitFindings
	}
	return exitError
}

// commands lists every command, one file each in this directory.
func commands(a *app) []*cli.Command {
	cmds := []*cli.Command{
		initCommand(a),
		segmentCommand(a),
		splitCommand(a),
		statusCommand(a),
		checkCommand(a),
		glossaryCommand(a),
		buildCommand(a),
		exportCommand(a),
		mergeCommand(a),
		tmCommand(a),
	}
	reportUsageErrors(cmds)
	return cmds
}

// reportUsageErrors makes bad flags an error (exit 2) instead of help on
// standard output, for every command and subcommand.
func reportUsageErrors(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = func(c *cli.Context, err error, isSubcommand bool) error { return err }
		reportUsageErrors(c.Subcommands)
	}
}

// version is the module version the binary was built from ("(devel)" for a
// build from a working tree), with the commit when the build recorded one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}
