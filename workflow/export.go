package workflow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/csvfile"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/po"
	"github.com/terjime/terjime/workflow/tmx"
	"github.com/terjime/terjime/workflow/ui"
	"github.com/terjime/terjime/workflow/xliff"
)

// ExportFormats are the formats terjime export writes.
var ExportFormats = []string{"xliff", "xliff12", "po", "goi18n", "csv", "tmx"}

// ExportOptions are the options of terjime export.
type ExportOptions struct {
	// Locale is the target locale. TMX holds every target locale when it
	// is empty.
	Locale string
	Format string
	// OnlyTodo exports only untranslated and outdated segments.
	OnlyTodo  bool
	Documents []string // names; all documents when empty
	// Output is the file to write, "-" or "" for standard output; for
	// goi18n, the directory the message files go to ("" is the working
	// directory).
	Output string
}

// Export writes the catalogs of a locale in an interchange format for
// translators and their tools. A file is written atomically; goi18n's
// message files are written together.
func Export(ctx context.Context, env *ui.Env, p *Project, opts ExportOptions) error {
	if !slices.Contains(ExportFormats, opts.Format) {
		return fmt.Errorf("unknown format %q (want %s)", opts.Format, strings.Join(ExportFormats, ", "))
	}
	var locales []string
	switch {
	case opts.Format == "tmx" && opts.OnlyTodo:
		return errors.New("--only todo does not apply to tmx: a translation memory holds done translations")
	case opts.Format == "tmx" && opts.Locale == "":
		locales = p.TargetLocales
	case opts.Locale == "":
		return fmt.Errorf("--locale is required for %s (the project's target locales: %s)", opts.Format, strings.Join(p.TargetLocales, ", "))
	default:
		var err error
		if locales, err = p.selectTargetLocales([]string{opts.Locale}); err != nil {
			return err
		}
		opts.Locale = locales[0] // RU is ru
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
			case opts.Format == "tmx" && (!s.State.Done() || s.Target == ""):
			case opts.OnlyTodo && s.State.Done():
			default:
				count++
			}
		}
	}

	if opts.Format == "goi18n" {
		dir := opts.Output
		if dir == "-" {
			return errors.New("goi18n writes several message files: give a directory with -o")
		}
		if dir == "" {
			dir = "."
		}
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
			return fmt.Errorf("-o %s: goi18n writes several message files, so -o names a directory", dir)
		}
		if err := checkGoi18nDir(dir, p.SourceLocale, opts.Locale); err != nil {
			return err
		}
		var plan disk.Plan
		for _, f := range goi18nfile.Write(p.SourceLocale, opts.Locale, pairs, goi18nfile.Options{OnlyTodo: opts.OnlyTodo}) {
			plan.Write(filepath.Join(dir, f.Name), f.Data)
		}
		if _, err := plan.Apply(ctx); err != nil {
			return err
		}
		for _, path := range plan.Paths() {
			env.Info("ExportWrote", map[string]any{"Path": path})
		}
		env.Info("ExportSummary", map[string]any{"Count": count, "Locale": opts.Locale})
		return nil
	}

	var b bytes.Buffer
	if err := WriteExport(&b, p.SourceLocale, opts.Locale, opts.Format, pairs, opts.OnlyTodo); err != nil {
		if errors.Is(err, xliff.ErrNothing) {
			return fmt.Errorf("nothing to export: every selected segment of %s is done (XLIFF needs at least one)", opts.Locale)
		}
		return err
	}
	toFile, err := writeOutput(env, opts.Output, b.Bytes())
	if err != nil {
		return err
	}
	if toFile {
		env.Info("ExportWrote", map[string]any{"Path": opts.Output})
	}
	env.Info("ExportSummary", map[string]any{"Count": count, "Locale": strings.Join(locales, ", ")})
	return nil
}

// checkGoi18nDir refuses to write a goi18n export into a directory that
// holds another locale's: the source messages record one locale's bases,
// and goi18n would take the other locale's translations for stale.
func checkGoi18nDir(dir, srcLocale, locale string) error {
	path := filepath.Join(dir, "active."+srcLocale+".toml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil // nothing there yet (or unreadable: the write says why)
	}
	for _, l := range goi18nfile.BaseLocales(data) {
		if l != locale {
			return fmt.Errorf("-o %s: the directory holds the go-i18n export of %s (%s); each locale's goi18n export needs a directory of its own, e.g. -o %s", dir, l, path, filepath.Join(dir, locale))
		}
	}
	return nil
}

// WriteExport writes pairs in one of the single-file formats (all but
// goi18n).
func WriteExport(w io.Writer, srcLocale, tgtLocale, format string, pairs []catalog.Pair, onlyTodo bool) error {
	switch format {
	case "xliff":
		return xliff.Write(w, srcLocale, tgtLocale, pairs, xliff.Options{OnlyTodo: onlyTodo})
	case "xliff12":
		return xliff.Write12(w, srcLocale, tgtLocale, pairs, xliff.Options{OnlyTodo: onlyTodo})
	case "po":
		return po.Write(w, srcLocale, tgtLocale, pairs, po.Options{OnlyTodo: onlyTodo})
	case "csv":
		return csvfile.Write(w, srcLocale, tgtLocale, pairs, csvfile.Options{OnlyTodo: onlyTodo})
	case "tmx":
		return tmx.Write(w, srcLocale, tmx.FromPairs(pairs))
	}
	return fmt.Errorf("format %q is not a single-file format", format)
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
