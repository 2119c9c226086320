package workflow

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/merge"
	"github.com/terjime/terjime/workflow/ui"
)

// mergeLimit bounds the files merge reads: an export of 100,000 segments
// is about 40 MB in the most verbose format, and a file of several hundred
// megabytes is a mistake, not a translation.
var mergeLimit = input.Limit{Advice: "split the export by document (--document)"}

// MergeOptions are the options of terjime merge.
type MergeOptions struct {
	Files  []string
	DryRun bool
	// Force takes the file's version where it conflicts with the catalog.
	Force bool
	// Locale is the target locale of files that do not name theirs (a CSV
	// without a locale column, a PO file without a Language header).
	Locale string
}

// Merge reads translations back from interchange files into the catalogs.
// Every file is read and every unit matched before anything is written;
// the changed catalogs are then written together (disk.Plan), or not at all
// when a file is malformed or a conflict stands without --force.
func Merge(ctx context.Context, env *ui.Env, p *Project, opts MergeOptions) error {
	if len(opts.Files) == 0 {
		return fmt.Errorf("name the files to merge: terjime merge FILE…")
	}
	if !opts.DryRun {
		release, err := p.Lock(ctx, env, "merge")
		if err != nil {
			return err
		}
		defer release()
	}
	if opts.Locale != "" {
		l, err := p.selectTargetLocales([]string{opts.Locale})
		if err != nil {
			return err
		}
		opts.Locale = l[0] // RU is ru
	}
	var exchanges []*catalog.Exchange
	for _, f := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if merge.SourceMessages(f, p.SourceLocale) {
			// active.en.toml of a goi18n export: the source messages, which
			// terjime wrote for goi18n and has nothing to take from.
			if _, err := os.Stat(f); err != nil {
				return err
			}
			exchanges = append(exchanges, &catalog.Exchange{Format: "goi18n", Path: f, TargetLocale: p.SourceLocale})
			continue
		}
		xs, err := ReadExchange(f)
		if err != nil {
			return err
		}
		exchanges = append(exchanges, xs...)
	}
	res, err := merge.Run(ctx, exchanges, merge.Options{
		SourceLocale: p.SourceLocale, TargetLocales: p.TargetLocales, Documents: p.documentNames(),
		Locale: opts.Locale, Force: opts.Force,
		Read: func(locale, doc string) (*catalog.Catalog, error) {
			return p.readCatalog(p.CatalogPath(locale, doc))
		},
	})
	if err != nil {
		return err
	}
	report(env, p, res, opts.Force)

	if n := res.Conflicts(); n > 0 && !opts.Force {
		return Findings(env.T("MergeConflictsFound", map[string]any{"Count": n}))
	}
	plan := p.newPlan("merge")
	if opts.DryRun {
		for _, c := range res.Catalogs {
			plan.Write(c.Path, c.Marshal())
		}
		for _, c := range plan.Changed() {
			fmt.Fprintln(env.Out, p.Rel(c))
		}
		env.Info("MergeDryRun", nil)
		return nil
	}
	// Each catalog goes to a temporary file as soon as it is written out,
	// through one buffer: a merge of a whole locale would otherwise hold
	// every catalog twice in memory. Apply renames them all together.
	var buf bytes.Buffer
	for _, c := range res.Catalogs {
		buf.Reset()
		c.MarshalInto(&buf)
		if err := plan.Stage(c.Path, buf.Bytes()); err != nil {
			plan.Discard()
			return err
		}
	}
	changed, err := plan.Apply(ctx)
	if err != nil {
		return err
	}
	for _, c := range changed {
		env.Info("MergeWrote", map[string]any{"Path": p.Rel(c)})
	}
	if len(changed) == 0 {
		env.Info("MergeNothing", nil)
	}
	return nil
}

// report prints the merge's events and, per file, its counts.
func report(env *ui.Env, p *Project, res *merge.Result, force bool) {
	for _, e := range res.Events {
		data := map[string]any{
			"File": e.File, "Line": e.Line, "Locale": e.Locale, "Document": e.Document, "ID": e.ID,
			"State": e.State.String(), "FileState": e.FileState.String(),
			"Locales": strings.Join(p.TargetLocales, ", "), "Documents": strings.Join(p.documentNames(), ", "),
			"Source": p.SourceLocale,
		}
		where := e.File
		if e.Line > 0 {
			where = fmt.Sprintf("%s:%d", e.File, e.Line)
		}
		data["Where"] = where
		msg := env.T(e.Reason, data)
		switch e.Kind {
		case "conflict":
			data["Reason"] = msg
			fmt.Fprintln(env.Err, env.T("MergeConflict", data))
			fmt.Fprintln(env.Err, indent(env.T("MergeCatalogText", map[string]any{"Text": e.Catalog})))
			fmt.Fprintln(env.Err, indent(env.T("MergeFileText", map[string]any{"Text": e.FileText})))
			if force {
				fmt.Fprintln(env.Err, indent(env.T("MergeForced", nil)))
			}
		case "unknown":
			fmt.Fprintln(env.Err, msg)
		default:
			env.Infof("%s", msg)
		}
	}
	for i, c := range res.Counts {
		env.Info("MergeSummary", map[string]any{
			"File": res.Files[i], "Count": c.Units, "Applied": c.Applied, "Unchanged": c.Unchanged,
			"Outdated": c.Outdated, "Conflicts": c.Conflicts, "Unknown": c.Unknown,
		})
	}
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// ReadExchange reads an interchange file, telling its format from its
// content. A TMX file gives one exchange per target language.
func ReadExchange(path string) ([]*catalog.Exchange, error) {
	data, err := input.ReadFile(path, mergeLimit)
	if err != nil {
		return nil, err
	}
	return Formats.Read(path, data)
}
