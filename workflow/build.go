package workflow

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/ui"
)

// DefaultOutput is where build writes the editions unless told otherwise.
const DefaultOutput = "dist"

// BuildOptions are the options of terjime build.
type BuildOptions struct {
	Documents []string         // names; all documents when empty
	Locales   []string         // all the project's locales when empty
	Formats   []edition.Format // all formats when empty
	// Output is the directory the editions go to; the project's
	// [build] output, or dist/ in the project directory, when empty.
	Output string
	// Partial lets an incomplete edition be published when at least
	// MinComplete percent of its segments are done, its gaps shown as
	// Fallback says. Without it only complete editions are published.
	Partial     bool
	MinComplete float64
	Fallback    edition.Fallback
	// RemoveStale removes the files an earlier build wrote for an edition
	// that may no longer be published. Without it they stay, stale, and
	// the run says so: a page is not taken down because its source
	// changed and the translation is behind.
	RemoveStale bool
}

// built is one edition and whether it is published.
type built struct {
	ed      *edition.Edition
	opts    edition.Options
	path    string // the target catalog, for messages
	publish bool
	partial bool // published with gaps
}

// Build assembles the editions of the project's documents and writes each
// as DIR/<locale>/<document>.<txt|md|html>. Every catalog is read and
// every edition assembled before anything is written, so a malformed
// catalog changes nothing. An edition that may not be published (gaps,
// without --min-complete, or too many) is skipped, its files from an
// earlier build stay (stale, and said so) unless opts.RemoveStale, and the
// run returns an error wrapping ErrFindings; the other editions are
// written all the same.
func Build(ctx context.Context, env *ui.Env, p *Project, opts BuildOptions) error {
	release, err := p.Lock(ctx, env, "build")
	if err != nil {
		return err
	}
	defer release()
	docs, err := p.selectDocuments(opts.Documents)
	if err != nil {
		return err
	}
	locales, err := p.selectLocales(opts.Locales)
	if err != nil {
		return err
	}
	formats := opts.Formats
	if len(formats) == 0 {
		formats = edition.Formats
	}
	if opts.Partial && (opts.MinComplete < 0 || opts.MinComplete > 100) {
		return ui.PercentError("--min-complete", opts.MinComplete, 100)
	}
	out := opts.Output
	if out == "" {
		out = p.Path(p.Build.outputDir())
	}
	selected := map[string]bool{}
	for _, l := range locales {
		selected[l] = true
	}

	// Read and assemble everything first: the editions of every locale,
	// since the HTML of one links to all the published others.
	all := make([][]built, len(docs))
	unread := make([][]error, len(docs))
	err = forEach(ctx, len(docs), runtime.GOMAXPROCS(0), func(i int) error {
		var err error
		all[i], unread[i], err = p.assemble(docs[i], opts, out, formats, selected)
		return err
	})
	if err != nil {
		return err
	}

	// Decide, report and list in document order; render and write after,
	// in parallel: writing is mostly waiting for the disk.
	type job struct {
		editions []built
		deletes  []string
	}
	jobs := make([]job, len(docs))
	var written, skipped []string
	// An edition never replaces (or removes) an article, a catalog or
	// another of the project's own files: build -o . would otherwise
	// write over an article with the same name.
	own := p.owned()
	for i, d := range docs {
		for _, err := range unread[i] {
			env.Info("BuildOtherUnread", map[string]any{"Error": err.Error()})
		}
		for _, b := range all[i] {
			if !selected[b.ed.Locale] {
				continue
			}
			if !b.publish {
				skipped = append(skipped, b.ed.Locale+"/"+d.Name)
				reportSkipped(env, p, b, opts)
				var stale []string
				for _, ef := range p.editionFiles(out, d, b.ed.Locale, formats) {
					path := ef.path
					if _, err := os.Stat(path); err != nil {
						continue
					}
					if err := own.check(path, p.Rel(path)); err != nil {
						return err
					}
					if opts.RemoveStale {
						jobs[i].deletes = append(jobs[i].deletes, path)
						env.Info("BuildRemoved", map[string]any{"Path": p.Rel(path)})
					} else {
						stale = append(stale, p.Rel(path))
					}
				}
				if len(stale) > 0 {
					env.Info("BuildKeptStale", map[string]any{"Edition": b.ed.Locale + "/" + d.Name, "Paths": strings.Join(stale, ", ")})
				}
				continue
			}
			if b.partial {
				reportPartial(env, p, b, opts)
			}
			jobs[i].editions = append(jobs[i].editions, b)
			for _, ef := range p.editionFiles(out, d, b.ed.Locale, formats) {
				if err := own.check(ef.path, p.Rel(ef.path)); err != nil {
					return err
				}
				written = append(written, ef.path)
			}
		}
		all[i] = nil
	}
	// One plan for the whole build, so that the editions, which link to
	// each other, change together; each is staged as soon as it is
	// rendered. An interrupt stops the staging, or Apply before its first
	// rename: either way every edition stays as the last build left it.
	// Editions are rebuilt from the catalogs at will, so they skip the
	// fsync that catalogs get.
	plan := p.newPlan("build")
	plan.NoSync = true
	err = forEach(ctx, len(docs), 4*runtime.GOMAXPROCS(0), func(i int) error {
		for _, b := range jobs[i].editions {
			for _, ef := range p.editionFiles(out, docs[i], b.ed.Locale, formats) {
				// The source edition goes back to the article's own
				// encoding; a character it cannot hold stops the build
				// before anything is written.
				data, err := EncodeText(p.Path(docs[i].Source), b.ed.Render(ef.format, b.opts), b.ed.Encoding(ef.format))
				if err != nil {
					return err
				}
				if err := plan.Stage(ef.path, data); err != nil {
					return err
				}
			}
		}
		for _, path := range jobs[i].deletes {
			plan.Delete(path)
		}
		jobs[i] = job{} // let the editions go
		return nil
	})
	if err == nil {
		_, err = plan.Apply(ctx)
	}
	if err != nil {
		plan.Discard()
		return err
	}
	for _, w := range written {
		fmt.Fprintln(env.Out, p.Rel(w))
	}
	env.Info("BuildSummary", map[string]any{"Count": len(written), "Dir": p.Rel(out)})
	if len(skipped) > 0 {
		return Findings(env.T("BuildNotPublished", map[string]any{"Count": len(skipped), "Editions": strings.Join(skipped, ", ")}))
	}
	return nil
}

// publishable refuses a catalog whose done translations hold a control
// character (ESC, NUL, BEL…): published, it would act on every terminal
// that shows the text edition. terjime check reports them too.
func publishable(c *catalog.Catalog) error {
	for i := range c.Segments {
		s := &c.Segments[i]
		if !s.State.Done() {
			continue
		}
		if i, r := ctlchar.Find(s.Target); i >= 0 {
			return input.Errorf(c.Path, s.Line, "segment %s: the translation holds the control character %s: remove it; nothing was built", s.ID, ctlchar.Name(r))
		}
	}
	return nil
}

// assemble reads document d's source and the catalogs of every locale, and
// assembles the editions, deciding which may be published. The HTML
// editions link to each other: to those published now, and to those an
// earlier build left in out that this one keeps (stale, or not rebuilt
// since their locale is not selected).
//
// A catalog that cannot be read stops the run when its locale is being
// built; the catalog of a locale that is not (build -l tk while the
// Russian one is broken) is only reported in unread, and its edition is
// linked when an earlier build left one.
func (p *Project) assemble(d Document, opts BuildOptions, out string, formats []edition.Format, selected map[string]bool) (eds []built, unread []error, err error) {
	src, err := p.SourceCatalog(d)
	if err != nil {
		return nil, nil, err
	}
	var unreadLocales []string
	for _, loc := range p.Locales() {
		path := p.CatalogPath(loc, d.Name)
		ed, err := p.assembleLocale(src, d, loc, path)
		if err != nil {
			if selected[loc] {
				return nil, nil, err
			}
			unread = append(unread, err)
			unreadLocales = append(unreadLocales, loc)
			continue
		}
		b := built{ed: ed, path: path}
		switch {
		case ed.Complete():
			b.publish = true
		case opts.Partial && ed.Percent() >= opts.MinComplete:
			b.publish, b.partial = true, true
		}
		eds = append(eds, b)
	}
	// Link the HTML editions to each other.
	var links []edition.Link
	var def string
	removesHTML := opts.RemoveStale && slices.Contains(formats, edition.HTML)
	kept := func(loc string) bool {
		_, err := os.Stat(filepath.Join(out, loc, d.Name+"."+edition.HTML.Ext()))
		return err == nil
	}
	for _, loc := range p.Locales() {
		var b *built
		for i := range eds {
			if eds[i].ed.Locale == loc {
				b = &eds[i]
			}
		}
		switch {
		case b != nil && b.publish:
		case b != nil && !(removesHTML && selected[loc]) && kept(loc):
		case b == nil && slices.Contains(unreadLocales, loc) && kept(loc):
		default:
			continue
		}
		href := p.Build.href(loc, d.Name)
		links = append(links, edition.Link{Locale: loc, Href: href})
		if loc == p.SourceLocale {
			def = href
		}
	}
	for i := range eds {
		o := edition.Options{Fallback: opts.Fallback, Key: d.Name, Alternates: links, Default: def,
			DateStyle: p.Build.dateStyle(eds[i].ed.Locale),
			Links:     p.Build.linkRewriter(p.SourceLocale, eds[i].ed.Locale),
			ByPath:    p.Build.Layout == "hugo"}
		if p.Build.BaseURL != "" {
			o.Canonical = p.Build.href(eds[i].ed.Locale, d.Name)
		}
		eds[i].opts = o
	}
	return eds, unread, nil
}

// assembleLocale reads the catalog of document d in locale loc, at path,
// and assembles its edition; the source locale's comes from src alone.
func (p *Project) assembleLocale(src *catalog.Catalog, d Document, loc, path string) (*edition.Edition, error) {
	if loc == p.SourceLocale {
		return edition.Assemble(src, nil)
	}
	tgt, err := p.readTargetCatalog(path)
	if err != nil {
		return nil, err
	}
	if tgt == nil {
		// No catalog yet: every segment is a gap.
		tgt = &catalog.Catalog{Document: d.Name, Locale: loc, SourceLocale: src.Locale, Path: path}
	}
	if tgt.Locale != loc {
		return nil, input.Errorf(path, 0, "locale is %q but the file is the catalog of %q", tgt.Locale, loc)
	}
	if err := publishable(tgt); err != nil {
		return nil, err
	}
	return edition.Assemble(src, tgt)
}

// forEach calls fn(0)…fn(n-1) on up to workers goroutines and returns the
// error of the lowest index. Indexes are handed out in order and a failure
// only stops new ones from starting, so every index below a failed one has
// run: the error reported is the same on every run.
func forEach(ctx context.Context, n, workers int, fn func(int) error) error {
	errs := make([]error, n)
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if errs[i] = ctx.Err(); errs[i] == nil {
					errs[i] = fn(i)
				}
				if errs[i] != nil {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// selectLocales returns the named locales in the project's order, or all.
func (p *Project) selectLocales(names []string) ([]string, error) {
	all := p.Locales()
	if len(names) == 0 {
		return all, nil
	}
	want := map[string]bool{}
	for _, n := range names {
		i := slices.IndexFunc(all, func(l string) bool { return locale.Same(l, n) })
		if i < 0 {
			return nil, unknownLocale("ProjectUnknownLocale", n, all)
		}
		want[all[i]] = true
	}
	var out []string
	for _, l := range all {
		if want[l] {
			out = append(out, l)
		}
	}
	return out, nil
}

func reportSkipped(env *ui.Env, p *Project, b built, opts BuildOptions) {
	data := map[string]any{
		"Edition": b.ed.Locale + "/" + b.ed.Document, "Count": len(b.ed.Gaps),
		"Total": b.ed.Total, "Percent": env.Percent(b.ed.Percent(), 1), "Min": env.Percent(opts.MinComplete, 1),
	}
	if opts.Partial {
		env.Info("BuildBelowMinimum", data)
	} else {
		env.Info("BuildIncomplete", data)
	}
	reportGaps(env, p, b)
}

func reportPartial(env *ui.Env, p *Project, b built, opts BuildOptions) {
	env.Info("BuildPartial", map[string]any{
		"Edition": b.ed.Locale + "/" + b.ed.Document, "Count": len(b.ed.Gaps),
		"Total": b.ed.Total, "Percent": env.Percent(b.ed.Percent(), 1), "Source": b.ed.SourceLocale,
	})
	reportGaps(env, p, b)
}

// gapsShown is how many of an edition's gaps build names; check
// --list-missing names them all.
const gapsShown = 5

// reportGaps names the first segments missing from an edition: file:line
// of its entry in the target catalog, its ID and state, and the start of
// its source; and how many more there are.
func reportGaps(env *ui.Env, p *Project, b built) {
	gaps := b.ed.Gaps
	if len(gaps) > gapsShown+1 {
		defer env.Info("BuildGapsMore", map[string]any{"Count": len(gaps) - gapsShown, "Locale": b.ed.Locale, "Document": b.ed.Document})
		gaps = gaps[:gapsShown]
	}
	for _, g := range gaps {
		data := map[string]any{
			"Path": p.Rel(b.path), "Line": fmt.Sprint(g.Line), "ID": g.ID,
			"State": g.State.String(), "Source": excerpt(g.Source, 60),
		}
		if g.Line == 0 {
			env.Info("BuildGapNoEntry", data)
		} else {
			env.Info("BuildGap", data)
		}
	}
}

// excerpt shortens s to at most n characters on one line, ending on a word
// when it can.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
		cut = cut[:i] // end on a word
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// BuildCfg is the [build] table of terjime.toml.
type BuildCfg struct {
	// Output is the directory the editions are written to, relative to the
	// project; dist when empty.
	Output string `toml:"output,omitempty"`
	// BaseURL is where the output directory is published
	// (https://example.org/news). With it the HTML editions' hreflang
	// links are absolute, as search engines want, and carry rel=canonical;
	// without it they are relative (../ru/iom-seminar.html).
	BaseURL string `toml:"base_url,omitempty"`
	// DateStyle chooses a locale's date form where its language has more
	// than one: { tk = "compact" } writes «7-nji awgust 2019 ý.» instead
	// of the official «2019-njy ýylyň 7-nji awgusty».
	DateStyle map[string]string `toml:"date_style,omitempty"`
	// Layout is where the editions of Markdown documents go: "" for
	// Output/<locale>/<document>.md, "hugo" for Hugo's translations
	// (content/en/a.md gives content/ru/a.md; a.md or a.en.md gives
	// a.ru.md beside it).
	Layout string `toml:"layout,omitempty"`
	// Links is the form of an internal link to a locale's pages, with
	// {locale} for the locale ("/{locale}/"): in the editions of Markdown
	// and HTML documents a link to the source locale's pages ("/en/…")
	// points to the edition's own ("/ru/…").
	Links string `toml:"links,omitempty"`
}

// dateStyle is the date form configured for a locale.
func (c BuildCfg) dateStyle(locale string) edition.DateStyle {
	st, _ := edition.ParseDateStyle(c.DateStyle[locale])
	return st
}

func (c BuildCfg) outputDir() string {
	if c.Output == "" {
		return DefaultOutput
	}
	return c.Output
}

// href is the address of a document's HTML edition in a locale, from the
// page of another edition.
func (c BuildCfg) href(locale, doc string) string {
	rel := url.PathEscape(locale) + "/" + url.PathEscape(doc) + ".html"
	if c.BaseURL == "" {
		return "../" + rel
	}
	return strings.TrimRight(c.BaseURL, "/") + "/" + rel
}

// check reports a [build] table that cannot work: the key it is about
// (for the line of the error) and what is wrong.
func (c BuildCfg) check() (string, error) {
	for _, loc := range slices.Sorted(maps.Keys(c.DateStyle)) {
		st, ok := edition.ParseDateStyle(c.DateStyle[loc])
		if !ok {
			return "date_style", fmt.Errorf("build.date_style: %s = %q: want \"official\" or \"compact\"", loc, c.DateStyle[loc])
		}
		if st == edition.DateCompact && !edition.HasCompactDate(loc) {
			return "date_style", fmt.Errorf("build.date_style: %s has no compact date form (only Turkmen has one)", loc)
		}
	}
	if c.Layout != "" && c.Layout != "hugo" {
		return "layout", fmt.Errorf("build.layout %q is not a layout terjime knows (want hugo, or nothing)", c.Layout)
	}
	if c.Links != "" && !strings.Contains(c.Links, "{locale}") {
		return "links", fmt.Errorf("build.links %q has no {locale} in it", c.Links)
	}
	if c.BaseURL == "" {
		return "", nil
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "base_url", fmt.Errorf("build.base_url %q is not an absolute http(s) URL", c.BaseURL)
	}
	return "", nil
}
