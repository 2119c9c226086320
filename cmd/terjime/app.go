package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// app holds what every command shares: the streams and UI language, where
// the project is, and the command tree.
type app struct {
	env        *ui.Env
	projectDir string
	getenv     func(string) string
	ctx        context.Context
	commands   []*cli.Command
	globals    []cli.Flag
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

const appUsage = "translate and publish news articles in several languages"

const appDescription = `terjime splits an article into segments, keeps one catalog per locale with the
state of every segment, applies a terminology glossary, checks translations,
merges translators' work back and assembles the editions.

The project is described by terjime.toml, found in the working directory or
above it (or given with --project).

Example, at the root of a project:
   terjime segment          # cut the articles, create or update the catalogs
   terjime status           # how far each locale is
   terjime check            # QA findings; exit 1 when there are errors
   terjime build            # write the editions to dist/`

// globalFlags are the flags every command takes, before or after its name.
func globalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "project", Usage: "the project `DIR` (default: the nearest terjime.toml upward)"},
		&cli.StringFlag{Name: "lang", Usage: "the `LANGUAGE` terjime speaks: en, ru or tk (default: from LC_ALL, LC_MESSAGES, LANG)"},
		&cli.BoolFlag{Name: "no-color", Usage: "no colour, even on a terminal (also NO_COLOR)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only data and errors"},
	}
}

// run is main without os.Exit, so tests and testscript call it in-process.
// Cancelling ctx interrupts the command: it stops at its next check and
// writes nothing (a run's files are written all together or not at all).
func run(ctx context.Context, args []string, getenv func(string) string) int {
	a := &app{globals: globalFlags(), getenv: getenv, ctx: ctx}
	a.commands = commands(a)
	if len(args) > 1 && args[1] == completeCommand {
		return a.complete(args[2:])
	}
	inv, perr := parseArgs(a.commands, a.globals, args)
	global := func(name string) string {
		if inv == nil {
			return ""
		}
		return inv.global.Lookup(name).Value.String()
	}
	lang := global("lang")
	if inv == nil {
		lang = scanLang(args)
	}
	env, err := ui.New(ui.Options{Lang: lang, NoColor: global("no-color") == "true", Quiet: global("quiet") == "true", Getenv: getenv})
	if err != nil {
		// --lang names no language terjime speaks: say so in the one the
		// environment asks for.
		env, _ = ui.New(ui.Options{Getenv: getenv})
		fmt.Fprintf(env.Err, "terjime: %s\n", env.ErrorText(err))
		return exitError
	}
	a.env, a.projectDir = env, global("project")
	if perr != nil {
		fmt.Fprintf(env.Err, "terjime: %s\n", env.ErrorText(perr))
		var ue *usageError
		if errors.As(perr, &ue) {
			fmt.Fprintln(env.Err, env.T("HelpRunHelp", map[string]any{"Command": strings.Join(append([]string{"terjime"}, ue.command...), " ")}))
		}
		return exitError
	}
	switch leaf := inv.leaf(); {
	case inv.version:
		fmt.Fprintln(env.Out, versionText())
		return exitOK
	case inv.help, leaf == nil, leaf.Action == nil && len(leaf.Subcommands) > 0 && len(inv.args) == 0:
		a.printHelp(env.Out, inv.path)
		return exitOK
	}
	cliApp := &cli.App{
		Name:           "terjime",
		HideHelp:       true,
		HideVersion:    true,
		ExitErrHandler: func(*cli.Context, error) {}, // run decides the exit code
		Commands:       a.commands,
	}
	err = cliApp.RunContext(ctx, inv.cliArgs(args[0]))
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		fmt.Fprintf(env.Err, "terjime: %s\n", env.T("RunInterrupted", nil))
		return exitInterrupted
	}
	fmt.Fprintf(env.Err, "terjime: %s\n", env.ErrorText(err))
	if errors.Is(err, workflow.ErrFindings) {
		return exitFindings
	}
	return exitError
}

// scanLang finds --lang in a command line that did not parse, so that the
// error is said in the language asked for.
func scanLang(args []string) string {
	for i := 1; i < len(args); i++ {
		switch s := args[i]; {
		case s == "--":
			return ""
		case (s == "--lang" || s == "-lang") && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(s, "--lang="), strings.HasPrefix(s, "-lang="):
			return s[strings.Index(s, "=")+1:]
		}
	}
	return ""
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
		gitCommand(a),
		tmCommand(a),
	}
	cmds = append(cmds, helpCommand(a), completionCommand(a))
	quietHelp(cmds)
	return cmds
}

// quietHelp leaves help to terjime (see help.go) and usage errors to the
// caller, for every command and subcommand.
func quietHelp(cmds []*cli.Command) {
	for _, c := range cmds {
		c.HideHelp = true
		c.OnUsageError = func(c *cli.Context, err error, isSubcommand bool) error { return err }
		quietHelp(c.Subcommands)
	}
}
