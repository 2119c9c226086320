package main

import (
	"flag"
	"io"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/internal/typo"
	"github.com/terjime/terjime/workflow/ui"
)

// The command line is read in two steps. This file does the first: it
// walks the arguments against the command tree, as gh and git users
// expect a command line to be read, and hands urfave/cli a line it reads
// the same way. Flags may come after the arguments ("terjime merge ru.xlf
// --dry-run"), global flags after the command name ("terjime status
// --lang ru"), "--" ends the flags, and "-" is an argument (standard
// input). A flag the command does not have, a command that does not exist,
// a missing or malformed value or a required flag left out is an error
// here, in the UI language, with a suggestion for a near miss; -h, --help
// and --version are answered here too.

// invocation is a command line after the first step.
type invocation struct {
	path   []*cli.Command // the command and its parents, outermost first
	flags  []string       // the command's flags, as --name=value
	given  []flagToken    // the same, as written
	args   []string       // its arguments
	global *flag.FlagSet  // the global flags, parsed
	help   bool           // -h or --help
	// version is --version before any command.
	version bool
}

// leaf is the command the line runs; nil for the bare program name.
func (inv *invocation) leaf() *cli.Command {
	if len(inv.path) == 0 {
		return nil
	}
	return inv.path[len(inv.path)-1]
}

// names is the command's path: ["glossary", "check"].
func (inv *invocation) names() []string {
	var out []string
	for _, c := range inv.path {
		out = append(out, c.Name)
	}
	return out
}

// cliArgs is the line urfave/cli reads: the command path, the command's
// flags, then "--" and the arguments, so an argument that starts with a
// dash stays an argument.
func (inv *invocation) cliArgs(prog string) []string {
	out := append([]string{prog}, inv.names()...)
	out = append(out, inv.flags...)
	if len(inv.args) > 0 {
		out = append(out, "--")
		out = append(out, inv.args...)
	}
	return out
}

// usageError is a mistake in the command line: its message, and the
// command whose --help shows how it is used.
type usageError struct {
	msg     *ui.Error
	command []string
}

func (e *usageError) Error() string { return e.msg.Error() }
func (e *usageError) Unwrap() error { return e.msg }

func usagef(command []string, id string, data map[string]any) error {
	return &usageError{ui.NewError(id, data), command}
}

// findFlag returns the flag of flags named name (without dashes).
func findFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		if slices.Contains(f.Names(), name) {
			return f
		}
	}
	return nil
}

// takesValue reports whether a flag needs a value: every flag but a
// boolean one.
func takesValue(f cli.Flag) bool {
	if d, ok := f.(cli.DocGenerationFlag); ok {
		return d.TakesValue()
	}
	return true
}

// findCommand returns the subcommand of cmds named name or one of its
// aliases.
func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// flagToken is a flag as written: its name without dashes, and its value
// when it was given with "=" or in the next argument.
type flagToken struct {
	name, value string
	hasValue    bool
	raw         string
}

// splitFlag reads "-x", "--name" and "--name=value"; ok is false for an
// argument that is not a flag ("-" and "value" are not).
func splitFlag(s string) (flagToken, bool) {
	if len(s) < 2 || s[0] != '-' || s == "--" {
		return flagToken{}, false
	}
	name := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "-")
	t := flagToken{raw: s}
	t.name, t.value, t.hasValue = strings.Cut(name, "=")
	return t, t.name != ""
}

// parseArgs is the first step: argv (with the program name) read against
// the commands and the global flags, and checked: each value is one its
// flag takes, and no required flag is missing.
func parseArgs(commands []*cli.Command, globals []cli.Flag, argv []string) (*invocation, error) {
	inv, err := readArgs(commands, globals, argv)
	if err != nil || inv.help || inv.version {
		return inv, err
	}
	return inv, inv.check()
}

// readArgs reads argv into an invocation without checking the command's
// flag values: what completion needs of a line still being typed.
func readArgs(commands []*cli.Command, globals []cli.Flag, argv []string) (*invocation, error) {
	inv := &invocation{global: flag.NewFlagSet("terjime", flag.ContinueOnError)}
	inv.global.SetOutput(io.Discard)
	for _, f := range globals {
		if err := f.Apply(inv.global); err != nil {
			return nil, err
		}
	}
	subcommands := func() []*cli.Command {
		if c := inv.leaf(); c != nil {
			return c.Subcommands
		}
		return commands
	}
	var deferred []flagToken // flags met before their command was known
	var cmdFlags []flagToken
	rest := argv[1:]
	for len(rest) > 0 {
		s := rest[0]
		rest = rest[1:]
		if s == "--" {
			inv.args = append(inv.args, rest...)
			break
		}
		t, isFlag := splitFlag(s)
		if !isFlag {
			if len(inv.args) == 0 && len(subcommands()) > 0 {
				c := findCommand(subcommands(), s)
				if c == nil {
					return nil, unknownCommand(inv, subcommands(), s)
				}
				inv.path = append(inv.path, c)
				continue
			}
			inv.args = append(inv.args, s)
			continue
		}
		switch {
		case t.name == "h" || t.name == "help":
			inv.help = true
			continue
		case t.name == "version" && len(inv.path) == 0:
			inv.version = true
			continue
		}
		f := commandFlag(inv, t.name)
		if f == nil {
			f = findFlag(globals, t.name)
		}
		if f == nil {
			// Perhaps the flag of a subcommand not named yet
			// ("terjime glossary --locale tk check"): decide at the end.
			f = descendantFlag(subcommands(), t.name)
			if f == nil {
				return nil, unknownFlag(inv, globals, t)
			}
		}
		if takesValue(f) && !t.hasValue {
			if len(rest) == 0 {
				return nil, usagef(inv.names(), "CLIFlagNeedsValue", map[string]any{"Flag": dashed(t.name)})
			}
			t.value, t.hasValue, rest = rest[0], true, rest[1:]
		}
		switch {
		case commandFlag(inv, t.name) != nil:
			cmdFlags = append(cmdFlags, t)
		case findFlag(globals, t.name) != nil:
			if err := setFlag(inv, inv.global, t); err != nil {
				return nil, err
			}
		default:
			deferred = append(deferred, t)
		}
	}
	for _, t := range deferred {
		if commandFlag(inv, t.name) == nil {
			return nil, unknownFlag(inv, globals, t)
		}
		cmdFlags = append(cmdFlags, t)
	}
	inv.given = cmdFlags
	for _, t := range cmdFlags {
		name := dashed(commandFlag(inv, t.name).Names()[0])
		if t.hasValue {
			inv.flags = append(inv.flags, name+"="+t.value)
		} else {
			inv.flags = append(inv.flags, name)
		}
	}
	return inv, nil
}

// check gives the command's flags their values in a flag set of their
// own, as urfave/cli will, and looks for the required ones.
func (inv *invocation) check() error {
	leaf := inv.leaf()
	if leaf == nil {
		return nil
	}
	if leaf.ArgsUsage == "" && len(leaf.Subcommands) == 0 && len(inv.args) > 0 {
		// A command whose usage names no arguments takes none.
		return usagef(inv.names(), "CLINoArgs", map[string]any{"Command": "terjime " + strings.Join(inv.names(), " "), "Arg": inv.args[0]})
	}
	set := flag.NewFlagSet("", flag.ContinueOnError)
	set.SetOutput(io.Discard)
	for _, f := range leaf.Flags {
		if err := f.Apply(set); err != nil {
			return err
		}
	}
	given := map[cli.Flag]bool{}
	for _, t := range inv.given {
		if err := setFlag(inv, set, t); err != nil {
			return err
		}
		given[findFlag(leaf.Flags, t.name)] = true
	}
	for _, f := range leaf.Flags {
		if r, ok := f.(cli.RequiredFlag); ok && r.IsRequired() && !given[f] {
			return usagef(inv.names(), "CLIFlagRequired", map[string]any{"Flag": dashed(f.Names()[0])})
		}
		if bad := badChoice(f, set); given[f] && bad != nil {
			return usagef(inv.names(), "CLIFlagChoice", bad)
		}
	}
	return nil
}

// commandFlag returns the flag of the command the line has named so far.
func commandFlag(inv *invocation, name string) cli.Flag {
	if c := inv.leaf(); c != nil {
		return findFlag(c.Flags, name)
	}
	return nil
}

// descendantFlag finds a flag among the subcommands of cmds, at any depth.
func descendantFlag(cmds []*cli.Command, name string) cli.Flag {
	for _, c := range cmds {
		if f := findFlag(c.Flags, name); f != nil {
			return f
		}
		if f := descendantFlag(c.Subcommands, name); f != nil {
			return f
		}
	}
	return nil
}

// setFlag gives a flag its value in set, which says whether the value is
// one the flag takes.
func setFlag(inv *invocation, set *flag.FlagSet, t flagToken) error {
	value := t.value
	if !t.hasValue {
		value = "true"
	}
	if err := set.Set(t.name, value); err != nil {
		return usagef(inv.names(), "CLIFlagBadValue", map[string]any{"Flag": dashed(t.name), "Value": value})
	}
	return nil
}

// dashed writes a flag's name as the user types it: -l, --locale.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func unknownFlag(inv *invocation, globals []cli.Flag, t flagToken) error {
	var names []string
	var flags []cli.Flag
	if c := inv.leaf(); c != nil {
		flags = append(flags, c.Flags...)
	}
	for _, f := range append(flags, globals...) {
		for _, n := range f.Names() {
			if len(n) > 1 {
				names = append(names, n)
			}
		}
	}
	names = append(names, "help")
	typed, _, _ := strings.Cut(t.raw, "=")
	data := map[string]any{"Flag": typed, "Command": strings.Join(append([]string{"terjime"}, inv.names()...), " ")}
	if s := typo.Closest(t.name, names); s != "" {
		data["Suggestion"] = dashed(s)
		return usagef(inv.names(), "CLIUnknownFlagSuggest", data)
	}
	if f := choiceFor(flags, t.name); f != nil {
		// check --json: the command says it --format json, as gh's users
		// type it the other way round.
		data["Suggestion"] = dashed(f.Names()[0]) + " " + t.name
		return usagef(inv.names(), "CLIUnknownFlagSuggest", data)
	}
	return usagef(inv.names(), "CLIUnknownFlag", data)
}

// choiceFor returns the flag of flags that takes name as a value (json
// for --format), if one does.
func choiceFor(flags []cli.Flag, name string) cli.Flag {
	if len(name) < 2 {
		return nil
	}
	for _, f := range flags {
		if slices.Contains(choicesOf(f), name) {
			return f
		}
	}
	return nil
}

func unknownCommand(inv *invocation, cmds []*cli.Command, name string) error {
	var names []string
	for _, c := range cmds {
		if !c.Hidden {
			names = append(names, c.Names()...)
		}
	}
	data := map[string]any{"Name": name, "Command": strings.Join(append([]string{"terjime"}, inv.names()...), " ")}
	if s := typo.Closest(name, names); s != "" {
		data["Suggestion"] = s
		return usagef(inv.names(), "CLIUnknownCommandSuggest", data)
	}
	return usagef(inv.names(), "CLIUnknownCommand", data)
}
