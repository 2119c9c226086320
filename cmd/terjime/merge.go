package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func mergeCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "bring translations back from {{.Formats}} files into the catalogs",
		ArgsUsage: "[FILE…]",
		Description: `Reads each file (its format is told from its content), matches its segments to
the catalogs by document and segment ID, and checks that each was translated
from the catalog's current source.

A file exported by terjime records, for each segment, what it exported (the
target's hash and state): the merge then sees what changed since, in the file
and in the catalog, and
   the file changed it, the catalog did not    the file's version goes in,
                                               whatever the state (a
                                               reviewer's correction of
                                               reviewed work stays reviewed)
   both changed it to the same text            it stands, in the higher state
   both changed it differently                 a conflict
   the file did not change it                  nothing to do
A lower state from the file is reported, and a "final" segment is never
lowered without a conflict. A file from another tool (no such record) is
merged two-way: done work is never lowered or replaced without a conflict;
untranslated and outdated segments take the file's translation.

When the source changed since the export, the file's translation is kept as
"outdated" with its source as previous_source, never applied as current.
Locales, documents and segment IDs the project does not have are reported.

A conflict does not stop the rest of the file: it is shown with both texts
and their differences, and kept open in the catalog (the file's version is
stored with the segment), so that check reports it and no text is lost. The
exit status is 1 while conflicts are open. Settle them with --take (during
the merge, or later without files), --interactive, or by editing the catalog
(delete the [[segment.conflict]] table you do not want).

Who changed a target is recorded with it: the translator the file names (PO
Last-Translator, TMX changeid, XLIFF change tracking) if newer, else --who,
TERJIME_USER or git's user.name.

All files are read and checked before anything is written; the changed
catalogs are then written together. A malformed file names file:line and
changes nothing (exit status 2).

Example:
   terjime merge ru.xlf
   terjime merge --dry-run tk.po translate.ru.toml
   terjime merge --locale tk sheet.csv            # a sheet without a locale column
   terjime merge --take file --segment 5ce6fa46ab49   # settle one open conflict
   terjime merge --interactive                    # walk through the open conflicts`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "dry-run", Usage: "write nothing; list the catalogs that would change"},
			withChoices(&cli.StringFlag{Name: "take", Usage: "settle conflicts: `SIDE` file takes the file's version, catalog keeps the catalog's"}, []string{"file", "catalog"}),
			&cli.StringSliceFlag{Name: "segment", Usage: "settle only the conflicts of this segment `ID` (repeatable)"},
			&cli.BoolFlag{Name: "interactive", Aliases: []string{"i"}, Usage: "walk through the conflicts on the terminal: keep, take or edit each"},
			&cli.BoolFlag{Name: "force", Usage: "the same as --take file"},
			localeFlag("the target `LOCALE` of files that do not name theirs; without files, whose conflicts to settle"),
			documentFlag("without files: settle the conflicts of these `DOCUMENTS` only (comma-separated or repeated)"),
			&cli.StringFlag{Name: "who", Usage: "the `NAME` recorded as having changed the targets (default: TERJIME_USER, else git's user.name)"},
		},
		Action: func(c *cli.Context) error {
			locale, err := oneLocale(c)
			if err != nil {
				return err
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			editor := a.getenv("VISUAL")
			if editor == "" {
				editor = a.getenv("EDITOR")
			}
			opts := workflow.MergeOptions{
				Files:       c.Args().Slice(),
				DryRun:      c.Bool("dry-run"),
				Take:        c.String("take"),
				Segments:    c.StringSlice("segment"),
				Force:       c.Bool("force"),
				Interactive: c.Bool("interactive"),
				Locale:      locale,
				Documents:   documents(c),
				Who:         workflow.Whoami(c.Context, p, c.String("who"), a.getenv),
				Now:         workflow.Now(a.getenv),
				Editor:      editor,
			}
			return workflow.Merge(c.Context, a.env, p, opts)
		},
	}
}
