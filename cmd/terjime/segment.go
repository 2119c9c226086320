package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func segmentCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "segment",
		Usage:     "cut the source documents into segments and create or update every locale's catalog",
		ArgsUsage: "[DOCUMENT…]",
		Description: `Reads each document's source file (all of them, or the ones named), cuts it into
segments and writes locales/<locale>/<document>.toml for the source locale and
every target locale.

On a changed article, unchanged sentences keep their translations; an edited
sentence inherits the translation of the most similar removed one as
"outdated"; new sentences are pre-filled from the translation memory
(see "terjime tm") or else "untranslated"; removed sentences with a
translation are kept as [[obsolete]] entries (--purge-obsolete drops them).

Translations propagate: every run also fills the untranslated segments (with
no note) that have an identical translation elsewhere in the project or in
the memory. An identical match of reviewed or final work is "translated",
of other work "outdated", for review; [tm] trust = "translated", "final" or
"none" moves that line. The note says where each came from ("tm: 100% exact
match from news#5ce6fa46ab49 (reviewed)"); terjime status counts them.
--no-tm turns the memory off. Running it twice changes nothing.

Example:
   terjime segment                   # every document of terjime.toml
   terjime segment iom-seminar       # one document
   terjime segment --dry-run         # show what would change`,
		Flags: []cli.Flag{
			documentFlag("only these `DOCUMENTS`, as the arguments name them (comma-separated or repeated)"),
			&cli.BoolFlag{Name: "purge-obsolete", Usage: "drop obsolete entries (removed sentences) from the catalogs"},
			&cli.BoolFlag{Name: "dry-run", Usage: "write nothing; list the catalogs that would change"},
			&cli.BoolFlag{Name: "no-tm", Usage: "do not fill sentences from the translation memory"},
			&cli.StringFlag{Name: "encoding", Usage: "read the sources in this `ENCODING` (windows-1251, koi8-r, …) instead of UTF-8"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.SegmentOptions{
				Documents:     append(c.Args().Slice(), documents(c)...),
				PurgeObsolete: c.Bool("purge-obsolete"),
				DryRun:        c.Bool("dry-run"),
				Encoding:      c.String("encoding"),
				NoTM:          c.Bool("no-tm"),
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Segment(c.Context, a.env, p, opts)
		},
	}
}
