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
directory), with a commented example of another [[document]]. Locale tags are
checked and written canonical (RU is ru, eng is en, tk_TM is tk-TM); "tm" is
the country code of Turkmenistan, Turkmen is "tk". A document's source file
must exist, relative to the project directory.

--glossary PATH names the glossary; when the file does not exist yet, init
starts one: the format explained and an example concept, commented out.

init adds to .gitignore (creating it if needed) what is no project data: the
translation memory's cache (.terjime/tm/*.tmi) and a running command's lock
and journal. With --git it also runs git init where the project is in
no repository, and terjime git setup: the catalogs are then merged and diffed
segment by segment.

Example:
   terjime init --source en --target ru,tk --document news=articles/news.en.txt
   terjime init --target ru,tk --glossary glossary/terms.toml`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "source", Value: "en", Usage: "source `LOCALE`"},
			&cli.StringSliceFlag{Name: "target", Usage: "target `LOCALE`s, comma-separated or repeated"},
			&cli.StringFlag{Name: "glossary", Usage: "the glossary `PATH`, e.g. glossary/terms.toml; started when it does not exist (none by default)"},
			&cli.StringSliceFlag{Name: "document", Usage: "a document as `NAME=PATH`, repeatable"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite an existing terjime.toml"},
			&cli.BoolFlag{Name: "git", Usage: "also set up git (git init if need be) to merge and diff the catalogs segment by segment (terjime git setup)"},
		},
		Action: func(c *cli.Context) error {
			dir := a.projectDir
			if dir == "" {
				var err error
				if dir, err = os.Getwd(); err != nil {
					return err
				}
			}
			err := workflow.Init(c.Context, a.env, workflow.InitOptions{
				Dir:       dir,
				Source:    c.String("source"),
				Targets:   c.StringSlice("target"),
				Glossary:  c.String("glossary"),
				Documents: c.StringSlice("document"),
				Force:     c.Bool("force"),
			})
			if err == nil && c.Bool("git") {
				err = workflow.InitGit(c.Context, a.env, dir)
			}
			return err
		},
	}
}
