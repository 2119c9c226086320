package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func glossaryCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "glossary",
		Usage: "check the translations against the terminology glossary; list, lint, import and export it",
		Description: `The glossary (glossary = "…" in terjime.toml; this repository's is
glossary/terms.toml) names each concept's preferred, admitted and forbidden
terms per locale. Terms are found with their inflections: Russian and English
by Snowball stems, Turkmen by its case, possessive and plural endings
(Mejlisiň, MHG-niň).

Example:
   terjime glossary check
   terjime glossary check --locale tk --format json
   terjime glossary list --locale tk
   terjime glossary lint
   terjime glossary export --format tbx -o terms.tbx
   terjime glossary import terms.tbx`,
		Subcommands: []*cli.Command{
			glossaryCheckCommand(a),
			glossaryListCommand(a),
			glossaryLintCommand(a),
			glossaryImportCommand(a),
			glossaryExportCommand(a),
		},
	}
}

func glossaryCheckCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "check the translated segments against the glossary",
		Description: `For each translated segment whose source names a concept of the glossary,
the translation must use one of the concept's approved terms
(glossary-missing); a forbidden term anywhere is an error (glossary-forbidden);
a do-not-translate name must appear unchanged (glossary-dnt). A concept
rendered with an admitted term in one place and another term elsewhere in a
locale is a warning (glossary-inconsistent), and so is a forbidden form in the
source itself (glossary-source). terjime check reports the same findings.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 when the glossary or the catalogs could not be read.

Example:
   terjime glossary check --format github --fail-on warning`,
		Flags: findingFlags(),
		Action: func(c *cli.Context) error {
			opts, err := findingOptions(c)
			if err != nil {
				return err
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.GlossaryCheck(c.Context, a.env, p, opts)
		},
	}
}

func glossaryListCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "list the concepts in a locale's alphabetical order",
		Description: `One line per concept: the approved terms of --locale (default: the source
locale) first, then the other locales'. Sorted by the locale's collation; for
Turkmen, in the Turkmen alphabet (Ç after C, Ä after E, Ž after J, Ň after N,
Ö after O, Ş after S, Ü after U, Ý after Y). --json prints every concept with
all its terms, statuses and flags.`,
		Flags: []cli.Flag{
			localeFlag("sort by this `LOCALE`"),
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		},
		Action: func(c *cli.Context) error {
			locale, err := oneLocale(c)
			if err != nil {
				return err
			}
			opts := workflow.GlossaryListOptions{Locale: locale, JSON: c.Bool("json")}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.GlossaryList(a.env, p, opts)
		},
	}
}

func glossaryLintCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "lint",
		Usage: "find problems in the glossary itself",
		Description: `Duplicate concepts, a term both approved and forbidden (or a forbidden term
that matches like an approved one), empty terms, bad locale tags, an approved
term shared by two concepts, admitted terms without a preferred one.
Exit status 1 when one of them is an error.`,
		Action: func(c *cli.Context) error {
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.GlossaryLint(a.env, p)
		},
	}
}

func glossaryImportCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "merge a TBX or CSV glossary into the project's glossary",
		ArgsUsage: "FILE",
		Description: `Reads TBX v3 (TBX-Basic), TBX 2008 (martif) or CSV, and merges its concepts
into the glossary: a concept with an existing ID replaces it, new ones are
added. The glossary file is rewritten in canonical form (its header comment
kept) in one atomic step; nothing is written when FILE cannot be read or the
result has lint errors. TBX files with a DOCTYPE or entity declarations are
refused.

CSV: either one term per row with columns concept, locale, term, status,
case_sensitive, exact, note, subject, concept_note, do_not_translate (what
export --format csv writes), or one concept per row with a column per locale
(en,ru,tk), each cell a preferred term.`,
		Flags: []cli.Flag{
			withChoices(&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT` of FILE: tbx or csv (default: from its name or content)"}, glossaryFormats),
			&cli.BoolFlag{Name: "replace", Usage: "replace the whole glossary instead of merging"},
		},
		Action: func(c *cli.Context) error {
			if err := needArgs(c, 1); err != nil {
				return err
			}
			if err := maxArgs(c, 1); err != nil {
				return err
			}
			opts := workflow.GlossaryImportOptions{File: c.Args().First(), Format: c.String("format"), Replace: c.Bool("replace")}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.GlossaryImport(a.env, p, opts)
		},
	}
}

func glossaryExportCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the glossary as TBX v3 (TBX-Basic) or CSV",
		Description: `TBX v3, dialect TBX-Basic, DCA style (ISO 30042:2019): a status per term
(administrativeStatus; forbidden terms are deprecated), acronyms marked, and
terjime's flags in notes. CSV: one term per row.`,
		Flags: []cli.Flag{
			withChoices(&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "tbx", Usage: "`FORMAT`: tbx or csv"}, glossaryFormats),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "force", Usage: "replace -o's file if it exists (never one of the project's own)"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.GlossaryExportOptions{Format: c.String("format"), Output: c.String("output"), Force: c.Bool("force")}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.GlossaryExport(a.env, p, opts)
		},
	}
}
