package workflow

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/memory"
	"github.com/terjime/terjime/workflow/segment"
	"github.com/terjime/terjime/workflow/ui"
)

// SegmentOptions are the options of terjime segment.
type SegmentOptions struct {
	Documents     []string // names; all documents when empty
	PurgeObsolete bool
	DryRun        bool
	// Encoding overrides the documents' encoding (terjime.toml's
	// [[document]] encoding): windows-1251, koi8-r, …
	Encoding string
	// NoTM turns off filling sentences from the translation memory.
	NoTM bool
}

// Segment cuts the project's documents into segments and writes the source
// catalog and every target catalog of each. All catalogs are read and
// checked before anything is written, and written together: a malformed
// catalog stops the run with nothing changed.
func Segment(ctx context.Context, env *ui.Env, p *Project, opts SegmentOptions) error {
	if !opts.DryRun {
		release, err := p.Lock(ctx, env, "segment")
		if err != nil {
			return err
		}
		defer release()
	}
	docs, err := p.selectDocuments(opts.Documents)
	if err != nil {
		return err
	}
	gloss, err := p.LoadGlossary()
	if err != nil {
		return err
	}
	var mem *memory.Memory
	if !opts.NoTM {
		if mem, err = OpenMemory(ctx, env, p, !opts.DryRun); err != nil {
			return err
		}
	}
	plan := p.newPlan("segment")
	// Each catalog goes to a temporary file as it is written out, a piece
	// at a time, and is let go: a long article's three catalogs would
	// otherwise be held in memory twice over until the end. A dry run
	// writes nothing, so it keeps them.
	write := func(path string, c *catalog.Catalog) error {
		if opts.DryRun {
			plan.Write(path, c.Marshal())
			return nil
		}
		return plan.StageFrom(path, func(w io.Writer) error {
			_, err := c.WriteTo(w)
			return err
		})
	}
	written := false
	defer func() {
		if !written {
			plan.Discard()
		}
	}()
	type summary struct {
		path  string
		count int
		st    catalog.UpdateStats
	}
	var sums []summary
	var spare []catalog.Segment // the last target catalog's, once written
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if opts.Encoding != "" {
			d.Encoding = opts.Encoding
		}
		src, err := p.SourceCatalog(d)
		if err != nil {
			return err
		}
		if err := write(src.Path, src); err != nil {
			return err
		}
		for _, loc := range p.TargetLocales {
			path := p.CatalogPath(loc, d.Name)
			old, err := p.readTargetCatalog(path)
			if err != nil {
				return err
			}
			trust := p.TM.trust()
			uopts := catalog.UpdateOptions{
				Similarity:    p.Similarity(),
				PurgeObsolete: opts.PurgeObsolete,
				Prefill:       mem.Prefill(src, loc, memory.PrefillOptions{Threshold: p.TMThreshold(), Trust: trust}),
				// Every run, not only for new sentences: a sentence
				// translated since in another place fills the same one
				// here. Only identical matches, and only for the
				// sentences the memory holds, which HasSource finds for
				// a fraction of a lookup's cost.
				Propagate: mem.Prefill(src, loc, memory.PrefillOptions{Threshold: 100, Trust: trust, Known: mem.HasSource}),
				Reuse:     spare,
			}
			if gloss != nil {
				uopts.Hints = func(s string) []string { return gloss.Hints(p.SourceLocale, loc, s) }
			}
			cat, st := catalog.Update(old, src, loc, uopts)
			cat.Path = path
			if err := write(path, cat); err != nil {
				return err
			}
			sums = append(sums, summary{path, len(cat.Segments), st})
			spare = cat.Segments
		}
	}
	var changed []string
	if opts.DryRun {
		changed = plan.Changed()
	} else {
		written = true // Apply removes its temporary files when it fails
		if changed, err = plan.Apply(ctx); err != nil {
			return err
		}
	}
	isChanged := map[string]bool{}
	for _, c := range changed {
		isChanged[c] = true
		if opts.DryRun {
			fmt.Fprintln(env.Out, p.Rel(c))
		}
	}
	for _, s := range sums {
		if isChanged[s.path] {
			env.Info("SegmentSummary", map[string]any{
				"Path": p.Rel(s.path), "Count": s.count, "New": s.st.New,
				"Outdated": s.st.Inherited, "Obsolete": s.st.Obsoleted,
			})
			if s.st.Prefilled > 0 {
				env.Info("SegmentPrefilled", map[string]any{"Path": p.Rel(s.path), "Count": s.st.Prefilled})
			}
			if s.st.Propagated > 0 {
				env.Info("SegmentPropagated", map[string]any{"Path": p.Rel(s.path), "Count": s.st.Propagated})
			}
		}
	}
	if len(changed) == 0 {
		env.Info("SegmentUnchanged", nil)
	}
	return nil
}

// SourceCatalog reads document d's source file and cuts it into the source
// catalog.
func (p *Project) SourceCatalog(d Document) (*catalog.Catalog, error) {
	path := p.Path(d.Source)
	data, err := input.ReadFile(path, articleLimit)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", d.Name, err)
	}
	text, err := DecodeText(path, data, d.Encoding)
	if err != nil && d.Encoding == "" {
		// segment --encoding windows-1251 is remembered in the source
		// catalog: build and the next segment read the article as it did.
		if enc := p.recordedEncoding(d); enc != "" {
			// Its error, not the UTF-8 one, says what is wrong.
			text, err = DecodeText(path, data, enc)
		}
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text.Body) == "" {
		return nil, input.Errorf(path, 1, "the article is empty")
	}
	lang := locale.Base(p.SourceLocale)
	sopt := segment.Options{Lang: lang, Abbreviations: p.Segment.Abbreviations[lang]}
	var c *catalog.Catalog
	if f := d.SourceFormat(); f != FormatText {
		if c, err = marked(d, f, path, text, sopt); err != nil {
			return nil, err
		}
		c.Locale, c.SourceLocale = p.SourceLocale, p.SourceLocale
	} else {
		c = SourceCatalogFrom(d.Name, p.SourceLocale, segment.Split(text.Body, sopt), text)
	}
	c.SourceFile = d.Source
	c.Path = p.CatalogPath(p.SourceLocale, d.Name)
	return c, nil
}

// recordedEncoding is the encoding the source catalog of d says its
// article was read in (segment --encoding), "" when none or no catalog.
func (p *Project) recordedEncoding(d Document) string {
	c, err := catalog.ReadFile(p.CatalogPath(p.SourceLocale, d.Name))
	if err != nil {
		return ""
	}
	return c.Encoding
}

// SourceCatalogFrom turns a segmented document into its source catalog.
func SourceCatalogFrom(name, locale string, doc segment.Document, text Text) *catalog.Catalog {
	c := &catalog.Catalog{
		Document: name, Locale: locale, SourceLocale: locale,
		Encoding: text.Encoding, BOM: text.BOM, Lead: doc.Lead,
		Segments: make([]catalog.Segment, len(doc.Segments)),
	}
	for i, s := range doc.Segments {
		c.Segments[i] = catalog.Segment{
			Source: s.Text, State: catalog.Final,
			Kind: string(s.Kind), Block: s.Block, Verbatim: s.Verbatim, Sep: s.Sep,
		}
	}
	catalog.IdentifySegments(c.Segments)
	return c
}

func readCatalogIfExists(path string) (*catalog.Catalog, error) {
	c, err := catalog.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	return c, err
}

// readTargetCatalog reads a target catalog, nil when there is none yet, and
// checks that it translates from the project's source locale.
func (p *Project) readTargetCatalog(path string) (*catalog.Catalog, error) {
	c, err := readCatalogIfExists(path)
	if err != nil || c == nil {
		return nil, err
	}
	if c.SourceLocale != p.SourceLocale {
		return nil, input.Errorf(path, 0, "source_locale is %q but the project's is %q", c.SourceLocale, p.SourceLocale)
	}
	return c, nil
}
