package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/ui"
)

func statusCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show how far each locale is: segments and source words by state",
		Description: `Counts, per target locale and per document, the segments and the source words
that are untranslated, outdated, translated, reviewed and final, and the
percent done (translated + reviewed + final).

On a terminal it prints a table with progress bars that fits the terminal's
width (COLUMNS, if set): shorter bars and fewer columns on a narrow one. In a
pipe it prints tab-separated rows, a header row first, then one per locale
(document "*") and per document:
   locale document percent segments segments_untranslated segments_outdated
   segments_translated segments_reviewed segments_final words words_untranslated
   words_outdated words_translated words_reviewed words_final
With --json it prints {"locales":[{"locale":…,"segments":{…},"words":{…},
"percent":…,"documents":[…]}]}.

--fail-under PCT exits with status 1 when a selected locale is less than PCT
percent done, so CI can hold a release back.

--by-person counts, per locale, the segments with a translation and their
source words by who last changed the translation (merge records it: the
translator a file names, --who, TERJIME_USER or git's user.name); the rows
under each locale are people instead of documents, and the tab-separated
header says "person". --since REF counts only the segments added or changed
since a git revision: with --by-person, who did what in a pull request.

Example:
   terjime status
   terjime status --locale ru --json
   terjime status --fail-under 100
   terjime status --by-person --since origin/main`,
		Flags: []cli.Flag{
			localeFlag("only these target `LOCALES` (comma-separated or repeated)"),
			documentFlag("only these `DOCUMENTS` (comma-separated or repeated)"),
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.Float64Flag{Name: "fail-under", Usage: "exit 1 when a selected locale is less than `PCT` percent done"},
			&cli.BoolFlag{Name: "by-person", Usage: "segments and words by who last changed the translation, per locale"},
			&cli.StringFlag{Name: "since", Usage: "only the segments added or changed since the git revision `REF`"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.StatusOptions{
				Locales:   locales(c),
				Documents: documents(c),
				JSON:      c.Bool("json"),
				FailUnder: -1,
				ByPerson:  c.Bool("by-person"),
				Since:     c.String("since"),
			}
			if c.IsSet("fail-under") {
				opts.FailUnder = c.Float64("fail-under")
				if opts.FailUnder < 0 || opts.FailUnder > 100 {
					return ui.PercentError("--fail-under", opts.FailUnder, 100)
				}
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Status(c.Context, a.env, p, opts)
		},
	}
}
