package main

import (
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/check"
)

// wrap breaks a text into indented lines shorter than width characters
// (wrapWords with the indent).
func wrap(s string, width int, indent string) string {
	lines := wrapWords(s, width-utf8.RuneCountInString(indent)-1)
	for i, l := range lines {
		if l != "" {
			lines[i] = indent + l
		}
	}
	return strings.Join(lines, "\n")
}

const checkHelp = `Checks every target catalog against its source: untranslated and outdated
segments, stale translations, obsolete and unknown entries, numbers and dates,
punctuation, white space, repeated words, brackets and quotes (and the
locale's quote style, «…» in Russian and Turkmen), consistency, URLs and
e-mail addresses, placeholders and markup, length outliers, and the terms of
the project's glossary. The checks, as the output, [check] and note flags
name them:
{{.Checks}}

Missing work — untranslated and outdated segments — is one finding per
catalog, with the numbers and the first lines, so that it does not bury the
other findings; --list-missing reports each segment. Missing work still
fails the run, and the summary says how many segments are not done.

--since REF (a branch, tag or commit, as git names it) looks only at the
segments added or changed since that revision, each finding pointing at the
line that changed: in CI on a pull request, "terjime check --since
origin/main --format github" reports what the pull request did, as
annotations on the lines it changed.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 when the catalogs could not be read.

In terjime.toml, [check] sets severities and switches checks off:
   [check]
   ignore = ["identical"]
   severity = { length = "error", number-added = "warning" }
number-added (a number the translation adds to a source that gives none, or
beside every number of the source kept) is off until [check] gives it a
severity.
A note in a segment switches one check off for it: "no-numbers-check".

--goi18n DIR checks a directory of go-i18n message files (active.<tag>.toml,
.json or .yaml) instead: messages missing in a language, translations whose
hash no longer matches the source message, plural forms a language needs,
tags that do not parse, tables mixing message keys with other keys, and
template placeholders that differ from the source.

Example:
   terjime check
   terjime check --locale ru --format junit > check.xml
   terjime check --list-missing --document news
   terjime check --format github --fail-on warning
   terjime check --since origin/main --format github
   terjime check --goi18n locales`

func checkCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:        "check",
		Usage:       "find problems in the translations (or, with --goi18n, in a go-i18n message directory)",
		Description: checkHelp,
		Flags: append(findingFlags(),
			&cli.StringFlag{Name: "goi18n", Usage: "check the go-i18n message files in `DIR` instead of the project"},
			&cli.StringFlag{Name: "source-locale", Value: "en", Usage: "with --goi18n: the `LOCALE` of the source messages"},
			&cli.BoolFlag{Name: "list-missing", Usage: "report each untranslated and outdated segment, not one summary per catalog"},
			&cli.StringFlag{Name: "since", Usage: "only the segments added or changed since the git revision `REF` (a pull request's base)"},
		),
		Action: func(c *cli.Context) error {
			opts, err := findingOptions(c)
			if err != nil {
				return err
			}
			if dir := c.String("goi18n"); dir != "" {
				return workflow.CheckGoI18n(c.Context, a.env, workflow.GoI18nOptions{
					Dir: dir, SourceLang: c.String("source-locale"), Locales: opts.Locales,
					Format: opts.Format, FailOn: opts.FailOn,
				})
			}
			opts.ListMissing = c.Bool("list-missing")
			opts.Since = c.String("since")
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Check(c.Context, a.env, p, opts)
		},
	}
}

// findingFlags are the flags of the commands that report findings, check
// and glossary check: which catalogs, and how to print and judge them.
func findingFlags() []cli.Flag {
	return []cli.Flag{
		localeFlag("only these target `LOCALES` (comma-separated or repeated)"),
		documentFlag("only these `DOCUMENTS` (comma-separated or repeated)"),
		withChoices(&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text, json, junit or github"}, kindNames(check.Formats)),
		withParsed(&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 on findings of this `SEVERITY` or worse: error or warning"}, []string{"error", "warning"}, check.ParseFailOn),
	}
}

// findingOptions reads the values of findingFlags.
func findingOptions(c *cli.Context) (workflow.CheckOptions, error) {
	format, err := check.ParseFormat(c.String("format"))
	if err != nil {
		return workflow.CheckOptions{}, err
	}
	failOn, err := check.ParseFailOn(c.String("fail-on"))
	if err != nil {
		return workflow.CheckOptions{}, err
	}
	return workflow.CheckOptions{
		Locales:   locales(c),
		Documents: documents(c),
		Format:    format,
		FailOn:    failOn,
	}, nil
}
