package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow/ui"
)

// The flags several commands share mean the same thing in each and are
// read the same way. Locales are content locales (the languages of the
// catalogs); --lang is only ever the language terjime speaks.

// localeFlag is -l, --locale: locales as "ru,tk" or the flag repeated.
// Commands that work on one locale take the same flag and refuse a list
// (oneLocale).
func localeFlag(usage string) cli.Flag {
	return &cli.StringSliceFlag{Name: "locale", Aliases: []string{"l"}, Usage: usage}
}

// documentFlag is -d, --document: document names, comma-separated or
// repeated. Commands that also take documents as arguments (segment,
// build) take both, so that -d works wherever documents are chosen.
func documentFlag(usage string) cli.Flag {
	return &cli.StringSliceFlag{Name: "document", Aliases: []string{"d"}, Usage: usage}
}

// locales reads --locale: every locale named, none when it is not given.
func locales(c *cli.Context) []string { return nonEmpty(c.StringSlice("locale")) }

// documents reads --document.
func documents(c *cli.Context) []string { return nonEmpty(c.StringSlice("document")) }

// oneLocale reads --locale for a command that works on one locale: ""
// when it is not given.
func oneLocale(c *cli.Context) (string, error) {
	l := locales(c)
	switch len(l) {
	case 0:
		return "", nil
	case 1:
		return l[0], nil
	}
	return "", ui.NewError("CLIOneLocale", map[string]any{"Command": c.Command.HelpName, "Locales": strings.Join(l, ", ")})
}

// nonEmpty drops the empty values a stray comma leaves ("ru,"): the flag
// package has already split the values at commas and trimmed them.
func nonEmpty(vals []string) []string {
	var out []string
	for _, v := range vals {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// maxArgs refuses more than n arguments.
func maxArgs(c *cli.Context, n int) error {
	if c.NArg() > n {
		return ui.NewError("CLITooManyArgs", map[string]any{"Command": c.Command.HelpName, "Count": n, "Got": strings.Join(c.Args().Slice(), " ")})
	}
	return nil
}

// needArgs asks for at least n arguments, as the command's ArgsUsage
// names them.
func needArgs(c *cli.Context, n int) error {
	if c.NArg() < n {
		return ui.NewError("CLIArgsMissing", map[string]any{"Command": c.Command.HelpName, "Args": c.Command.ArgsUsage})
	}
	return nil
}

// choiceFlag is a flag that takes one of a fixed set of values (each of
// its values, for a list), declared with the flag: the command line
// refuses any other before the command runs (badChoice), completion
// offers them, and a choice typed as a flag is taken for the value it
// meant ("check --json": did you mean --format json?).
type choiceFlag struct {
	valueFlag
	choices []string
	// accepts, when set, is whether a value is one: other spellings of
	// the choices too (md for markdown, ERROR for error).
	accepts func(string) bool
}

// valueFlag is what urfave/cli and the help ask of a flag that takes a
// value (*cli.StringFlag, *cli.StringSliceFlag).
type valueFlag interface {
	cli.DocGenerationFlag
	cli.RequiredFlag
	cli.CategorizableFlag
}

// withChoices declares the values f takes.
func withChoices(f valueFlag, choices []string) cli.Flag {
	return &choiceFlag{valueFlag: f, choices: choices}
}

// withParsed declares the values f takes, which parse reads: the choices
// it shows, and the other spellings parse takes.
func withParsed[T any](f valueFlag, choices []string, parse func(string) (T, error)) cli.Flag {
	accepts := func(v string) bool {
		_, err := parse(v)
		return err == nil
	}
	return &choiceFlag{valueFlag: f, choices: choices, accepts: accepts}
}

// choicesOf is the values a flag takes; nil when it takes any.
func choicesOf(f cli.Flag) []string {
	if c, ok := f.(*choiceFlag); ok {
		return c.choices
	}
	return nil
}

// badChoice is the data of the error for a value of flag f, as set parsed
// it, that is not one of its choices; nil when every value is one (an
// empty value is no value).
func badChoice(f cli.Flag, set *flag.FlagSet) map[string]any {
	c, ok := f.(*choiceFlag)
	if !ok {
		return nil
	}
	accepts := c.accepts
	if accepts == nil {
		accepts = func(v string) bool { return slices.Contains(c.choices, v) }
	}
	// Each of a flag's names holds the values given under it (-f, --format).
	for _, name := range f.Names() {
		v := set.Lookup(name).Value
		values := []string{v.String()}
		if s, ok := v.(*cli.StringSlice); ok {
			values = s.Value()
		}
		for _, v := range values {
			if v != "" && !accepts(v) {
				return map[string]any{"Flag": dashed(f.Names()[0]), "Value": v, "Choices": strings.Join(c.choices, ", ")}
			}
		}
	}
	return nil
}

// glossaryFormats are the formats glossary import and export take.
var glossaryFormats = []string{"tbx", "csv"}

// kindNames are the names of a list of kinds (formats, fallbacks), as flags
// take them.
func kindNames[T fmt.Stringer](kinds []T) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.String()
	}
	return out
}
