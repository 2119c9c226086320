package workflow

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/merge"
	"github.com/terjime/terjime/workflow/tm"
	"github.com/terjime/terjime/workflow/ui"
	"github.com/terjime/terjime/workflow/ui/palette"
)

// mergeLimit bounds the files merge reads: an export of 100,000 segments
// is about 40 MB in the most verbose format, and a file of several hundred
// megabytes is a mistake, not a translation.
var mergeLimit = input.Limit{Advice: "split the export by document (--document)"}

// MergeOptions are the options of terjime merge.
type MergeOptions struct {
	Files  []string
	DryRun bool
	// Take settles conflicts: "file" takes the file's version (or, with
	// no files, the version kept with the segment), "catalog" keeps the
	// catalog's; "" keeps each conflict open in its segment. Segments
	// limits it to those segment IDs. Force is Take "file".
	Take     string
	Segments []string
	Force    bool
	// Interactive walks through the open conflicts on the terminal.
	Interactive bool
	// Locale is the target locale of files that do not name theirs (a CSV
	// without a locale column, a PO file without a Language header); with
	// no files, the locale whose conflicts are settled.
	Locale string
	// Documents limits the settling of stored conflicts (no files) to
	// these documents.
	Documents []string
	// Who and Now are recorded with the targets the merge changes when a
	// file names no translator (Whoami, Now).
	Who, Now string
	// Editor is the command --interactive edits a text with (VISUAL or
	// EDITOR); without one the text is typed on the terminal.
	Editor string
}

// Merge reads translations back from interchange files into the catalogs.
// Every file is read and every unit matched before anything is written;
// the changed catalogs are then written together (disk.Plan), or not at all
// when a file is malformed. A conflict does not stop the rest of a file:
// it is kept open in its segment, and Merge returns ErrFindings while any
// stays open. Without files, Merge settles the conflicts the catalogs hold.
func Merge(ctx context.Context, env *ui.Env, p *Project, opts MergeOptions) error {
	if opts.Force {
		opts.Take = "file"
	}
	switch opts.Take {
	case "", "file", "catalog":
	default:
		return fmt.Errorf("--take %s: take either file or catalog", opts.Take)
	}
	if len(opts.Files) == 0 && opts.Take == "" && !opts.Interactive {
		return ui.NewError("MergeNoFiles", nil)
	}
	if len(opts.Segments) > 0 && opts.Take == "" && !opts.Interactive {
		return ui.NewError("MergeSegmentNeedsTake", nil)
	}
	if opts.Interactive && opts.Take != "" {
		return ui.NewError("MergeInteractiveAndTake", nil)
	}
	if opts.Interactive && !(env.InTTY && env.ErrTTY) {
		return ui.NewError("MergeNoTerminal", nil)
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
	if len(opts.Files) == 0 {
		return settleStored(ctx, env, p, opts)
	}
	if i := slices.Index(opts.Files, "-"); i >= 0 && slices.Contains(opts.Files[i+1:], "-") {
		return ui.NewError("FileStdinTwice", nil)
	}
	var exchanges []*catalog.Exchange
	for _, f := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if f == "-" {
			xs, err := readExchange("<stdin>", env.In)
			if err != nil {
				return err
			}
			exchanges = append(exchanges, xs...)
			continue
		}
		if format, ok := Formats.SourceFile(f, p.SourceLocale); ok {
			// active.en.toml of a goi18n export: the source messages, which
			// terjime wrote for goi18n and has nothing to take from.
			if _, err := os.Stat(f); err != nil {
				return err
			}
			exchanges = append(exchanges, &catalog.Exchange{Format: format.Name, Path: f, TargetLocale: p.SourceLocale})
			continue
		}
		xs, err := ReadExchange(f)
		if err != nil {
			return err
		}
		exchanges = append(exchanges, xs...)
	}
	res, err := merge.Run(ctx, exchanges, merge.Options{
		SourceLocale: p.SourceLocale, TargetLocales: p.TargetLocales, Documents: p.DocumentNames(),
		Locale: opts.Locale, Take: opts.Take, Segments: opts.Segments, Who: opts.Who, Now: opts.Now,
		Formats: Formats,
		Read: func(locale, doc string) (*catalog.Catalog, error) {
			return p.readCatalog(p.CatalogPath(locale, doc))
		},
	})
	if err != nil {
		return err
	}
	report(env, p, res)
	cats := res.Catalogs
	if opts.Interactive {
		// Every catalog the merge read: a conflict it found again may be
		// in one it did not change.
		if cats, err = walkConflicts(ctx, env, p, res.Read, opts); err != nil {
			return err
		}
	}
	if err := writeMerged(ctx, env, p, cats, opts.DryRun, "MergeNothing"); err != nil {
		return err
	}
	if err := openConflicts(env, res.Read); err != nil {
		return err
	}
	return allUnknown(env, res)
}

// allUnknown returns ErrFindings when a file brought nothing the project
// knows (another locale, another project, segments long gone): most likely
// the wrong file, which "nothing to change" would hide.
func allUnknown(env *ui.Env, res *merge.Result) error {
	var files []string
	for i, c := range res.Counts {
		if c.Units > 0 && c.Unknown == c.Units {
			files = append(files, res.Files[i])
		}
	}
	if len(files) == 0 {
		return nil
	}
	return Findings(env.T("MergeAllUnknown", map[string]any{"Count": len(files), "Files": strings.Join(files, ", ")}))
}

// settleStored settles the conflicts kept in the catalogs of the selected
// locale (all, by default) and documents.
func settleStored(ctx context.Context, env *ui.Env, p *Project, opts MergeOptions) error {
	locs := p.TargetLocales
	if opts.Locale != "" {
		locs = []string{opts.Locale}
	}
	docs, err := p.selectDocuments(opts.Documents)
	if err != nil {
		return err
	}
	var withConflicts []*catalog.Catalog
	for _, d := range docs {
		for _, l := range locs {
			if err := ctx.Err(); err != nil {
				return err
			}
			c, err := p.readCatalog(p.CatalogPath(l, d.Name))
			if err != nil {
				return err
			}
			if merge.OpenConflicts(c, nil) > 0 {
				withConflicts = append(withConflicts, c)
			}
		}
	}
	asked := 0
	for _, c := range withConflicts {
		asked += merge.OpenConflicts(c, opts.Segments)
	}
	if asked == 0 {
		// Nothing was merged, so "the catalogs already hold these
		// translations" would not be true: say there is nothing to settle.
		if len(opts.Segments) > 0 {
			env.Info("MergeNoConflictsSegment", map[string]any{"IDs": strings.Join(opts.Segments, ", ")})
		} else {
			env.Info("MergeNoConflicts", nil)
		}
		return openConflicts(env, withConflicts)
	}
	var changed []*catalog.Catalog
	if opts.Interactive {
		if changed, err = walkConflicts(ctx, env, p, withConflicts, opts); err != nil {
			return err
		}
	} else {
		settled := 0
		for _, c := range withConflicts {
			n, ch := merge.Settle(c, opts.Take, opts.Segments, opts.Who, opts.Now)
			settled += n
			if ch {
				changed = append(changed, c)
			}
		}
		side := env.T("MergeSide_file", nil)
		if opts.Take == "catalog" {
			side = env.T("MergeSide_catalog", nil)
		}
		env.Info("MergeSettled", map[string]any{"Count": settled, "Side": side})
	}
	// No file was merged: a walk that skipped every conflict settled
	// nothing, which is what to say.
	if err := writeMerged(ctx, env, p, changed, opts.DryRun, "MergeNothingSettled"); err != nil {
		return err
	}
	return openConflicts(env, withConflicts)
}

// writeMerged writes the catalogs a merge changed, all or none, or with
// dryRun lists those that would change; nothing is the message that says
// no catalog changed.
func writeMerged(ctx context.Context, env *ui.Env, p *Project, cats []*catalog.Catalog, dryRun bool, nothing string) error {
	plan := p.newPlan("merge")
	if dryRun {
		for _, c := range cats {
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
	for _, c := range cats {
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
		env.Info(nothing, nil)
	}
	return nil
}

// openConflicts returns ErrFindings, with what to do, while conflicts
// stay open in cats.
func openConflicts(env *ui.Env, cats []*catalog.Catalog) error {
	n := 0
	for _, c := range cats {
		n += merge.OpenConflicts(c, nil)
	}
	if n == 0 {
		return nil
	}
	return Findings(env.T("MergeConflictsOpen", map[string]any{"Count": n}))
}

// report prints the merge's events and, per file, its counts.
func report(env *ui.Env, p *Project, res *merge.Result) {
	pal := palette.New(env.Color && env.ErrTTY)
	for _, e := range res.Events {
		data := map[string]any{
			"File": e.File, "Line": e.Line, "Locale": e.Locale, "Document": e.Document, "ID": e.ID,
			"State": e.State.String(), "FileState": e.FileState.String(),
			"Locales": strings.Join(p.TargetLocales, ", "), "Documents": strings.Join(p.DocumentNames(), ", "),
			"Source": p.SourceLocale, "First": e.First,
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
			fmt.Fprintln(env.Err, indent(env.T("MergeDiffText", map[string]any{"Text": highlight(tm.Diff(e.FileText, e.Catalog), pal)})))
			switch e.Taken {
			case "file":
				fmt.Fprintln(env.Err, indent(env.T("MergeTookFile", nil)))
			case "catalog":
				fmt.Fprintln(env.Err, indent(env.T("MergeKeptCatalog", nil)))
			default:
				fmt.Fprintln(env.Err, indent(env.T("MergeKeptOpen", map[string]any{"ID": e.ID})))
			}
		case "unknown", "downgrade":
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
// content. A TMX file gives one exchange per target language. A file whose
// translations or notes hold control characters is refused.
func ReadExchange(path string) ([]*catalog.Exchange, error) {
	data, err := input.ReadFile(path, mergeLimit)
	if err != nil {
		return nil, err
	}
	return readChecked(path, data)
}

// readChecked reads an interchange file's data (name is what messages call
// it) and refuses it when its translations or notes hold control
// characters.
func readChecked(name string, data []byte) ([]*catalog.Exchange, error) {
	xs, err := Formats.Read(name, data)
	if err != nil {
		return nil, err
	}
	for _, x := range xs {
		if err := checkControls(x); err != nil {
			return nil, err
		}
	}
	return xs, nil
}

// checkControls refuses an exchange whose units would bring a control
// character (ESC, NUL, BEL…; tab and line feed are text) into a catalog,
// and from there into an edition and onto a terminal: a returned file is
// taken whole or not at all, so the error names the first one.
func checkControls(x *catalog.Exchange) error {
	for _, u := range x.Units {
		for _, f := range [...]struct{ what, text string }{{"translation", u.Target}, {"note", u.Note}} {
			if i, r := ctlchar.Find(f.text); i >= 0 {
				return input.Errorf(x.Path, u.Line, "the %s of segment %s holds the control character %s: remove it (text may hold tabs and line breaks, no other control character); nothing was merged",
					f.what, u.ID, ctlchar.Name(r))
			}
		}
	}
	return nil
}

// readExchange reads an interchange file from r as ReadExchange reads one
// from disk; name is what messages call it.
func readExchange(name string, r io.Reader) ([]*catalog.Exchange, error) {
	data, err := input.Read(name, r, mergeLimit)
	if err != nil {
		return nil, err
	}
	return readChecked(name, data)
}
