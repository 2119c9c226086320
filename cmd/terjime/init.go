package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func initCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a terjime.toml for a new project",
		Description: `Writes terjime.toml in the project directory (--project, or the working
directory). Locale tags are checked: "tm" is the country code of Turkmenistan,
Turkmen is "tk".

Example:
   terjime init --source en --target ru,tk --document news=articles/news.en.txt`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "source", Value: "en", Usage: "source `LOCALE`"},
			&cli.StringSliceFlag{Name: "target", Usage: "target `LOCALE`s, comma-separated or repeated"},
			&cli.StringFlag{Name: "glossary", Usage: "the glossary `PATH`, e.g. glossary/terms.toml (none by default)"},
			&cli.StringSliceFlag{Name: "document", Usage: "a document as `NAME=PATH`, repeatable"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite an existing terjime.toml"},
		},
		Action: func(c *cli.Context) error {
			dir := a.projectDir
			if dir == "" {
				var err error
				if dir, err = os.Getwd(); err != nil {
					return err
				}
			}
			return workflow.Init(a.env, workflow.InitOptions{
				Dir:       dir,
				Source:    c.String("source"),
				Targets:   c.StringSlice("target"),
				Glossary:  c.String("glossary"),
				Documents: c.StringSlice("document"),
				Force:     c.Bool("force"),
			})
		},
	}
}
