package workflow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/ui"
)

// ExportOptions are the options of terjime export.
type ExportOptions struct {
	// Locales are the target locales: one, but for a translation memory
	// format (TMX), which holds any number, every target locale when none
	// is named.
	Locales []string
	Format  string
	// OnlyTodo exports only untranslated and outdated segments.
	OnlyTodo  bool
	Documents []string // names; all documents when empty
	// Output is the file to write, "-" or "" for standard output; for
	// goi18n, the directory the message files go to ("" is the working
	// directory). It is never one of the project's own files.
	Output string
	// Force lets the export replace files that exist.
	Force bool
}

// Export writes the catalogs of a locale in an interchange format for
// translators and their tools. A file is written atomically; goi18n's
// message files are written together.
func Export(ctx context.Context, env *ui.Env, p *Project, opts ExportOptions) error {
	format, ok := Formats.Lookup(opts.Format)
	if !ok {
		return ui.NewError("ExportUnknownFormat", map[string]any{"Format": opts.Format, "Formats": strings.Join(Formats.Names(), ", ")})
	}
	var locales []string
	switch {
	case format.Memory && opts.OnlyTodo:
		return ui.NewError("ExportOnlyTodoTM", map[string]any{"Format": format.Name})
	case format.Memory && len(opts.Locales) == 0:
		locales = p.TargetLocales
	case !format.Memory && len(opts.Locales) != 1:
		return ui.NewError("ExportOneLocale", map[string]any{"Format": format.Title, "Locales": strings.Join(p.TargetLocales, ", ")})
	default:
		var err error
		if locales, err = p.selectTargetLocales(opts.Locales); err != nil {
			return err
		}
	}
	locale := "" // the one target locale, if one is named; RU is ru
	if len(opts.Locales) == 1 {
		locale = locales[0]
	}
	docs, err := p.selectDocuments(opts.Documents)
	if err != nil {
		return err
	}
	var pairs []catalog.Pair
	for _, loc := range locales {
		ps, err := p.exportPairs(ctx, loc, docs)
		if err != nil {
			return err
		}
		pairs = append(pairs, ps...)
	}
	count := 0
	for _, pr := range pairs {
		for _, s := range pr.Target.Segments {
			switch {
			case format.Memory && !s.Done():
			case opts.OnlyTodo && s.Done():
			default:
				count++
			}
		}
	}

	wopts := interchange.WriteOptions{SourceLocale: p.SourceLocale, TargetLocale: locale, OnlyTodo: opts.OnlyTodo}
	if format.WriteFiles != nil {
		dir := opts.Output
		if dir == "-" {
			return fmt.Errorf("%s writes several message files: give a directory with -o", format.Name)
		}
		if dir == "" {
			dir = "."
		}
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
			return fmt.Errorf("-o %s: %s writes several message files, so -o names a directory", dir, format.Name)
		}
		if format.CheckDir != nil {
			if err := format.CheckDir(dir, wopts); err != nil {
				return err
			}
		}
		var plan disk.Plan
		own := p.owned()
		for _, f := range format.WriteFiles(pairs, wopts) {
			path := filepath.Join(dir, f.Name)
			if err := own.checkOutput(path, opts.Force); err != nil {
				return err
			}
			plan.Write(path, f.Data)
		}
		if _, err := plan.Apply(ctx); err != nil {
			return err
		}
		for _, path := range plan.Paths() {
			env.Info("ExportWrote", map[string]any{"Path": path})
		}
		env.Info("ExportSummary", map[string]any{"Count": count, "Locale": locale})
		return nil
	}

	var b bytes.Buffer
	if err := format.Write(&b, pairs, wopts); err != nil {
		if errors.Is(err, interchange.ErrNothing) {
			return ui.NewError("ExportNothingTodo", map[string]any{"Locale": locale, "Format": format.Title})
		}
		return err
	}
	toFile, err := p.writeOutput(env, opts.Output, b.Bytes(), opts.Force)
	if err != nil {
		return err
	}
	if toFile {
		env.Info("ExportWrote", map[string]any{"Path": opts.Output})
	}
	env.Info("ExportSummary", map[string]any{"Count": count, "Locale": strings.Join(locales, ", ")})
	return nil
}

// exportPairs reads the source and target catalogs of docs in locale.
func (p *Project) exportPairs(ctx context.Context, locale string, docs []Document) ([]catalog.Pair, error) {
	pairs := make([]catalog.Pair, 0, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		src, err := p.readSourceCatalog(d.Name)
		if err != nil {
			return nil, err
		}
		tgt, err := p.readCatalog(p.CatalogPath(locale, d.Name))
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, catalog.Pair{Source: src, Target: tgt})
	}
	return pairs, nil
}
