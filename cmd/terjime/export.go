package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/interchange"
)

func exportCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write a locale's catalogs as {{.Formats}} for translators and their tools",
		Description: `Writes every segment of the target locale (or, with --only todo, the
untranslated and outdated ones) in one interchange format:

{{.FormatList}}

States, glossary hints, notes and the previous source of outdated segments go
along where the format has room for them. Bring the work back with
"terjime merge FILE".

Example:
   terjime export --locale ru --format xliff -o ru.xlf
   terjime export --locale tk --format po --only todo > tk.po
   terjime export --locale ru --format goi18n -o i18n/
   terjime export --format tmx -o project.tmx`,
		Flags: []cli.Flag{
			localeFlag("the target `LOCALE`; for tmx, any number of them (default: every target locale)"),
			withChoices(&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT`: {{.Names}}", Required: true}, workflow.Formats.Names()),
			withChoices(&cli.StringFlag{Name: "only", Usage: "\"todo\": only untranslated and outdated segments"}, []string{"todo"}),
			documentFlag("only these `DOCUMENTS` (comma-separated or repeated)"),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (- for standard output, the default); a directory for {{.Directories}}"},
			&cli.BoolFlag{Name: "force", Usage: "replace -o's files if they exist (never the project's own)"},
		},
		Action: func(c *cli.Context) error {
			opts := workflow.ExportOptions{
				Locales:   locales(c),
				Format:    c.String("format"),
				Documents: documents(c),
				Output:    c.String("output"),
				Force:     c.Bool("force"),
			}
			opts.OnlyTodo = c.String("only") == "todo"
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Export(c.Context, a.env, p, opts)
		},
	}
}

// formatList is the formats' part of export's help: each format's name and
// what it is for (its Help, in the UI language), wrapped.
func (a *app) formatList() string {
	var b strings.Builder
	for i, f := range workflow.Formats {
		if i > 0 {
			b.WriteByte('\n')
		}
		help, ok := a.env.Lookup(helpID([]string{"export"}, formatField(f)), nil)
		if !ok {
			help = f.Help
		}
		help = wrap(help, 79, strings.Repeat(" ", 13))
		fmt.Fprintf(&b, "   %-9s %s", f.Name, strings.TrimLeft(help, " "))
	}
	return b.String()
}

// formatField is the helpID field of a format's line in export's help:
// CmdExport_formatXliff12.
func formatField(f interchange.Format) string { return "format" + camel(f.Name) }
