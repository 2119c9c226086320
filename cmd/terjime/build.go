package main

import (
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/ui"
)

func buildCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "assemble the editions of the documents as text, Markdown and HTML",
		ArgsUsage: "[DOCUMENT…]",
		Description: `Writes DIR/<locale>/<document>.<txt|md|html> for every locale of the project
(or the ones given with --locale) and prints the files it wrote.

  text      the layout of the source file; the source locale's is the source
            file byte for byte
  markdown  YAML front matter (title, date, lang, translationKey) for Hugo and
            other site generators, the title as a heading, paragraphs, lists
  html      a complete HTML5 page with lang, hreflang links to the other
            editions, the date in <time datetime>; all text escaped; a
            stylesheet of its own (a measure of about 70 characters, system
            fonts, a dark scheme, print rules), a language switcher, the
            related articles set apart

The date line is written in each locale's convention: CLDR's long date
("7 августа 2019 г."), and for Turkmen the official form of state media
("2019-njy ýylyň 7-nji awgusty"; [build] date_style = { tk = "compact" }
gives "7-nji awgust 2019 ý.").

Only complete editions are published: an edition with a segment that is
untranslated or outdated is skipped, with the segments named, and the exit
code is 1. With --min-complete PCT an edition with at least PCT% of its
segments done is published, its gaps in the source language: as they are
(--fallback source) or marked (--fallback mark, the default: "[en] …" in
text and Markdown; in HTML the passages highlighted with the marker, and a
note under the title saying that they are not translated yet).

An edition that is skipped keeps the files an earlier build wrote to DIR: a
page does not go offline because its source changed and the translation is
behind. build names them as stale; --remove-stale removes them instead.

[build] base_url in terjime.toml makes the hreflang links absolute.

Example:
   terjime build                                  # everything to dist/
   terjime build --locale ru --format html -o site
   terjime build --min-complete 90 --fallback mark`,
		Flags: []cli.Flag{
			localeFlag("build only these `LOCALES` (comma-separated or repeated)"),
			documentFlag("only these `DOCUMENTS`, as the arguments name them (comma-separated or repeated)"),
			withParsed(&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Usage: "write only this `FORMAT`: text, markdown or html (repeatable or comma-separated; default all three)"}, kindNames(edition.Formats), edition.ParseFormat),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the editions under `DIR` (default: [build] output of terjime.toml, or dist/ in the project)"},
			&cli.Float64Flag{Name: "min-complete", Usage: "publish an incomplete edition when at least `PCT`% of its segments are done", DefaultText: "only complete editions"},
			&cli.BoolFlag{Name: "remove-stale", Usage: "remove the files an earlier build wrote for an edition that is not published now (by default they stay, stale)"},
			withChoices(&cli.StringFlag{Name: "fallback", Usage: "with --min-complete, the `POLICY` for segments shown in the source language: source (as they are) or mark (marked as untranslated)", DefaultText: "mark"}, kindNames([]edition.Fallback{edition.FallbackSource, edition.FallbackMark})),
		},
		Action: func(c *cli.Context) error {
			opts := workflow.BuildOptions{
				Documents:   append(c.Args().Slice(), documents(c)...),
				Locales:     locales(c),
				RemoveStale: c.Bool("remove-stale"),
			}
			for _, f := range nonEmpty(c.StringSlice("format")) {
				ff, err := edition.ParseFormat(f)
				if err != nil {
					return err
				}
				opts.Formats = append(opts.Formats, ff)
			}
			if c.IsSet("min-complete") {
				opts.Partial, opts.MinComplete = true, c.Float64("min-complete")
				opts.Fallback = edition.FallbackMark
			}
			if c.IsSet("fallback") {
				if !opts.Partial {
					return ui.NewError("BuildFallbackAlone", nil)
				}
				f, err := edition.ParseFallback(c.String("fallback"))
				if err != nil {
					return err
				}
				opts.Fallback = f
			}
			if o := c.String("output"); o != "" {
				abs, err := filepath.Abs(o)
				if err != nil {
					return err
				}
				opts.Output = abs
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Build(c.Context, a.env, p, opts)
		},
	}
}
