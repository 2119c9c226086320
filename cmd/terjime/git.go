package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

func gitCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:  "git",
		Usage: "merge and diff catalogs in git segment by segment",
		Description: `Git merges and diffs files line by line; two translators' branches of a catalog
then conflict wherever their lines meet. terjime's drivers work segment by
segment instead: "git merge" takes each side's changed segments, keeps both
versions of a segment changed differently on both sides (an open conflict, as
terjime merge keeps one), and "git diff" and "git log -p" show a catalog's
changes segment by segment.

terjime git setup (or terjime init --git, for a new project) routes the
catalogs to the drivers in .gitattributes and names the commands in the
repository's configuration, saying what it set. .gitattributes is committed;
the configuration is not cloned, so run terjime git setup once in each clone.

Example:
   terjime git setup
   git merge translator-2      # conflicts, if any: terjime merge --interactive; git add`,
		Subcommands: []*cli.Command{
			{
				Name:  "setup",
				Usage: "route the catalogs to terjime's merge and diff drivers (.gitattributes and git config)",
				Action: func(c *cli.Context) error {
					p, err := a.project()
					if err != nil {
						return err
					}
					return workflow.GitSetup(c.Context, a.env, p)
				},
			},
			{
				Name:      "merge-driver",
				Usage:     "git's merge driver for catalogs: git runs it with %O %A %B %P",
				ArgsUsage: "BASE OURS THEIRS PATH",
				Action: func(c *cli.Context) error {
					if c.NArg() != 4 {
						return fmt.Errorf("terjime git merge-driver takes four arguments, as git passes them: %%O %%A %%B %%P (got %d)", c.NArg())
					}
					args := c.Args().Slice()
					return workflow.GitMergeDriver(c.Context, a.env, args[0], args[1], args[2], args[3])
				},
			},
			{
				Name:      "diff-driver",
				Usage:     "git's diff driver (textconv) for catalogs: a catalog segment by segment",
				ArgsUsage: "FILE",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return fmt.Errorf("terjime git diff-driver takes the catalog file git passes (got %d arguments)", c.NArg())
					}
					return workflow.GitDiffDriver(a.env, c.Args().First())
				},
			},
		},
	}
}
