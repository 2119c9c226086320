package main

import (
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/edition"
)

func splitCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "split",
		Usage:     "print the sentence segments of a text, one per line",
		ArgsUsage: "[FILE|-]",
		Description: `Cuts a text into segments as "terjime segment" does, and prints them: one per
line (a hard-wrapped sentence on one line), or with --json a JSON array of
objects, one per line: {"block": 0, "kind": "paragraph", "text": "…"}, the
index of the segment's block (paragraph) from 0, its kind (date, title,
heading, paragraph, item…) and its exact text, line breaks included. The
output is written as it goes. Reads standard input when FILE is "-" or
missing. Writes no file.

A Markdown or HTML file (known by its extension, or named by --format) is
cut as a document of that format: inline markup shows as codes (<1>…</1>,
<2/>), and link titles and attributes are segments of their own. A file
that is one of the project's documents is read with that document's
settings.

The text's locale decides the abbreviation lists: en, ru or tk (others get
the rules common to all). It defaults to the project's source locale, or en
outside a project; the project's [segment.abbreviations] are added.

Example:
   terjime split testdata/iom-seminar.en.txt
   terjime split -l ru --json news.ru.txt
   echo "Kanun 2019 ý. kabul edildi. Ol güýje girdi." | terjime split -l tk
   terjime split -l ru --encoding windows-1251 old.txt
   terjime split --format markdown - < post.md`,
		Flags: []cli.Flag{
			localeFlag("the `LOCALE` of the text: en, ru or tk (default: the project's source locale, or en)"),
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array of {block, kind, text} objects"},
			&cli.StringFlag{Name: "encoding", Usage: "read the text in this `ENCODING` (windows-1251, koi8-r, …) instead of UTF-8"},
			withParsed(&cli.StringFlag{Name: "format", Usage: "the text's `FORMAT`: markdown, html or text (default: what the file's extension says; standard input is text)"}, kindNames(edition.Formats), workflow.ParseSourceFormat),
		},
		Action: func(c *cli.Context) error {
			if err := maxArgs(c, 1); err != nil {
				return err
			}
			locale, err := oneLocale(c)
			if err != nil {
				return err
			}
			opts := workflow.SplitOptions{
				File:     c.Args().First(),
				Lang:     locale,
				JSON:     c.Bool("json"),
				Encoding: c.String("encoding"),
				Format:   c.String("format"),
			}
			p, err := a.optionalProject()
			if err != nil {
				return err
			}
			return workflow.Split(c.Context, a.env, p, opts)
		},
	}
}
