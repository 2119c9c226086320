package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func exportCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write a locale's catalogs as XLIFF, PO, go-i18n, CSV or TMX for translators and their tools",
		Description: `Writes every segment of the target locale (or, with --only todo, the
untranslated and outdated ones) in one interchange format:

   xliff     XLIFF 2.0 for CAT tools (OmegaT, Trados, memoQ, Okapi)
   xliff12   XLIFF 1.2 for older tools
   po        gettext PO for Poedit, Lokalize, Weblate (msgctxt = segment ID)
   goi18n    go-i18n message files: active.<locale>.toml (done segments),
             translate.<locale>.toml (the rest) and active.<source>.toml (the
             source messages goi18n merge needs); -o names a directory
   csv       a sheet with id, source, target, state, note, document, … columns
   tmx       TMX 1.4: every done translation pair, of all target locales
             unless --locale names one

States, glossary hints, notes and the previous source of outdated segments go
along where the format has room for them. Bring the work back with
"terjime merge FILE".

Example:
   terjime export --locale ru --format xliff -o ru.xlf
   terjime export --locale tk --format po --only todo > tk.po
   terjime export --locale ru --format goi18n -o i18n/
   terjime export --format tmx -o project.tmx`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "locale", Aliases: []string{"l"}, Usage: "the target `LOCALE`"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "`FORMAT`: xliff, xliff12, po, goi18n, csv or tmx", Required: true},
			&cli.StringFlag{Name: "only", Usage: "\"todo\": only untranslated and outdated segments"},
			&cli.StringSliceFlag{Name: "document", Aliases: []string{"d"}, Usage: "only this `DOCUMENT` (repeatable)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (- for standard output, the default); a directory for goi18n"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return fmt.Errorf("export takes no arguments (got %q): name documents with --document", c.Args().First())
			}
			opts := workflow.ExportOptions{
				Locale:    c.String("locale"),
				Format:    c.String("format"),
				Documents: c.StringSlice("document"),
				Output:    c.String("output"),
			}
			switch c.String("only") {
			case "":
			case "todo":
				opts.OnlyTodo = true
			default:
				return fmt.Errorf("--only %q: the only choice is \"todo\" (untranslated and outdated segments)", c.String("only"))
			}
			p, err := a.project()
			if err != nil {
				return err
			}
			return workflow.Export(c.Context, a.env, p, opts)
		},
	}
}
