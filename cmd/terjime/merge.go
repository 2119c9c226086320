package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/interchange"
)

func mergeCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "bring translations back from " + interchange.OrList(readable()) + " files into the catalogs",
		ArgsUsage: "FILE…",
		Description: `Reads each file (its format is told from its content), matches its segments to
the catalogs by document and segment ID, and checks that each was translated
from the catalog's current source:

   same source      the target and state are applied (a CAT tool's "final"
                    stays final; PO and go-i18n cannot say "reviewed", so an
                    unchanged text keeps the catalog's higher state)
   source changed   the translation is kept as "outdated" with its source as
                    previous_source, never applied as current
   unknown          locales, documents and segment IDs the project does not
                    have are reported and skipped

A merge never lowers "reviewed" or "final" work, and never replaces a done
translation or a note with a different one without saying so: that is a
conflict, shown with both texts. (Untranslated and outdated segments take
the file's translation: that is what they wait for.) Conflicts stop the merge (exit status 1, nothing written)
unless --force takes the file's version.

All files are read and checked before anything is written; the changed
catalogs are then written together. A malformed file names file:line and
changes nothing (exit status 2).

Example:
   terjime merge ru.xlf
   terjime merge --dry-run tk.po translate.ru.toml
   terjime merge --locale tk sheet.csv     # a sheet without a locale column`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "dry-run", Usage: "write nothing; list the catalogs that would change"},
			&cli.BoolFlag{Name: "force", Usage: "take the file's version where it conflicts with the catalog"},
			&cli.StringFlag{Name: "locale", Aliases: []string{"l"}, Usage: "the target `LOCALE` of files that do not name theirs"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.MergeOptions{
				Files:  c.Args().Slice(),
				DryRun: c.Bool("dry-run"),
				Force:  c.Bool("force"),
				Locale: c.String("locale"),
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Merge(c.Context, a.env, p, opts)
		},
	}
}

// readable lists the titles of the formats merge reads.
func readable() []string {
	var titles []string
	for _, f := range workflow.Formats {
		if f.Read != nil {
			titles = append(titles, f.Title)
		}
	}
	return titles
}
