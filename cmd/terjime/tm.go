package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func tmCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "tm",
		Usage: "the translation memory: look up, import and export translations",
		Description: `The translation memory holds every translated, reviewed and final segment of
every catalog of the project, and the TMX files added with "terjime tm import".
Its index (.terjime/tm/index.tmi, a cache) is brought up to date whenever a
catalog or an imported file has changed, and rebuilt when it is damaged.
"terjime segment" pre-fills new sentences from it: a context or exact match
from a reviewed or final segment as translated, a match at or above the
[tm] threshold of terjime.toml (75% unless set) as outdated, with a note
starting "tm:" saying where it came from.`,
		Subcommands: []*cli.Command{
			{
				Name:      "lookup",
				Usage:     "print the best matches for a sentence, with their match percentage",
				ArgsUsage: "TEXT…|-",
				Description: `Looks TEXT up in the translation memory (the arguments joined by spaces, or
standard input with "-") and prints the best matches: percentage, where the
translation came from (document#segment, state, file), the memory's source
with its differences from TEXT marked, and the translation.

100% is an identical source (after normalising Unicode and white space); a
change of case or punctuation costs a point each; otherwise the percentage is
100 × (1 − changed words / words of the longer sentence). 101% is a context
match: identical, and the sentences before and after are too (give them with
--prev and --next). Differences are coloured on a terminal and marked
[-only in the memory-] {+only in TEXT+} elsewhere.

Example:
   terjime tm lookup "The seminar took place in Ashgabat."
   terjime tm lookup --locale ru --min 90 --json "The seminar took place in Mary."`,
				Flags: []cli.Flag{
					localeFlag("only translations into `LOCALE` (default: every locale)"),
					&cli.IntFlag{Name: "min", Usage: "the lowest match `PERCENT` shown (default: the [tm] threshold of terjime.toml, 75 unless set)"},
					&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 5, Usage: "show at most `N` matches"},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
					&cli.StringFlag{Name: "prev", Usage: "the `SENTENCE` before TEXT, for context matches"},
					&cli.StringFlag{Name: "next", Usage: "the `SENTENCE` after TEXT, for context matches"},
				},
				Action: func(c *cli.Context) error {
					locale, err := oneLocale(c)
					if err != nil {
						return err
					}
					opts := workflow.TMLookupOptions{
						Text: strings.Join(c.Args().Slice(), " "), Locale: locale, Min: -1, Limit: c.Int("limit"),
						JSON: c.Bool("json"), Prev: c.String("prev"), Next: c.String("next"),
					}
					if c.IsSet("min") {
						opts.Min = c.Int("min")
					}
					p, err := a.project()
					if err != nil {
						return err
					}
					return workflow.TMLookup(c.Context, a.env, p, opts)
				},
			},
			{
				Name:      "import",
				Usage:     "add TMX files to the translation memory",
				ArgsUsage: "FILE.tmx…",
				Description: `Reads and checks each TMX file, copies it into .terjime/tm/imports/ (keep
that directory under version control: it is data, not a cache) and indexes
its translations. Importing a file of the same name again replaces it.
Translations without a state count as "translated".

Example:
   terjime tm import agency-2024.tmx`,
				Action: func(c *cli.Context) error {
					p, err := a.project()
					if err != nil {
						return err
					}
					return workflow.TMImport(c.Context, a.env, p, c.Args().Slice())
				},
			},
			{
				Name:  "export",
				Usage: "write the translation memory as a TMX file",
				Description: `Writes every translation of the memory, from the catalogs and the imported
files, as TMX 1.4, with the document, segment ID and state of each.

Example:
   terjime tm export -o newsroom.tmx
   terjime tm export --locale tk > tk.tmx`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
					&cli.BoolFlag{Name: "force", Usage: "replace -o's file if it exists (never one of the project's own)"},
					localeFlag("only translations into these `LOCALES` (comma-separated or repeated)"),
				},
				Action: func(c *cli.Context) error {
					p, err := a.project()
					if err != nil {
						return err
					}
					return workflow.TMExport(c.Context, a.env, p, workflow.TMExportOptions{Output: c.String("output"), Locales: locales(c), Force: c.Bool("force")})
				},
			},
			{
				Name:  "rebuild",
				Usage: "rebuild the translation memory's index from the catalogs and imported files",
				Description: `Reads every catalog and imported file again and writes a new index, trusting
nothing of the old one. Never needed in normal work: the index is brought up
to date by itself.`,
				Action: func(c *cli.Context) error {
					p, err := a.project()
					if err != nil {
						return err
					}
					return workflow.TMRebuild(c.Context, a.env, p)
				},
			},
		},
	}
}
