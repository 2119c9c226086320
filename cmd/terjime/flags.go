package main

import (
	"fmt"
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

// badChoice is the error for a value outside the fixed set a flag takes.
func badChoice(flag, value string, choices []string) error {
	return ui.NewError("CLIFlagChoice", map[string]any{"Flag": flag, "Value": value, "Choices": strings.Join(choices, ", ")})
}

// kindNames are the names of a list of kinds (formats, fallbacks), as flags
// take them.
func kindNames[T fmt.Stringer](kinds []T) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.String()
	}
	return out
}
