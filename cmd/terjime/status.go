package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func statusCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show how far each locale is: segments and source words by state",
		Description: `Counts, per target locale and per document, the segments and the source words
that are untranslated, outdated, translated, reviewed and final, and the
percent done (translated + reviewed + final).

On a terminal it prints a table with progress bars; in a pipe, one
tab-separated row per locale (document "*") and per document:
   locale  document  percent  segments  untranslated outdated translated reviewed final
           words  untranslated outdated translated reviewed final
With --json it prints {"locales":[{"locale":…,"segments":{…},"words":{…},
"percent":…,"documents":[…]}]}.

--fail-under PCT exits with status 1 when a selected locale is less than PCT
percent done, so CI can hold a release back.

Example:
   terjime status
   terjime status --locale ru --json
   terjime status --fail-under 100`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "locale", Aliases: []string{"l"}, Usage: "only this target `LOCALE` (repeatable)"},
			&cli.StringSliceFlag{Name: "document", Aliases: []string{"d"}, Usage: "only this `DOCUMENT` (repeatable)"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.Float64Flag{Name: "fail-under", Usage: "exit 1 when a selected locale is less than `PCT` percent done"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.StatusOptions{
				Locales:   c.StringSlice("locale"),
				Documents: c.StringSlice("document"),
				JSON:      c.Bool("json"),
				FailUnder: -1,
			}
			if c.IsSet("fail-under") {
				opts.FailUnder = c.Float64("fail-under")
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Status(c.Context, a.env, p, opts)
		},
	}
}
