package workflow

import (
	"context"
	"fmt"
	"runtime"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/glossarycheck"
	"github.com/terjime/terjime/workflow/ui"
)

// CheckOptions are the options of terjime check.
type CheckOptions struct {
	Locales   []string // target locales; all when empty
	Documents []string // documents; all when empty
	Format    check.Format
	// FailOn is the least severity that makes the run fail (exit 1).
	FailOn check.Severity
	// ListMissing reports every untranslated and outdated segment; by
	// default they are one finding per catalog.
	ListMissing bool
	// Since, a git revision, keeps only the findings about segments added
	// or changed since it, each pointing at the line that changed: what a
	// pull request did.
	Since string
}

// readCatalogs reads and parses, document after document, the source
// catalog and the catalogs in locs of each of docs, and returns their paths
// and the catalogs in that order. It reads on as many goroutines as there
// are processors: parsing is most of the work of check and status on a
// large project. A file that does not exist gives nil; the first other
// error, in the order of paths, is returned.
func (p *Project) readCatalogs(docs []Document, locs []string) ([]string, []*catalog.Catalog, error) {
	paths := make([]string, 0, len(docs)*(1+len(locs)))
	for _, d := range docs {
		paths = append(paths, p.CatalogPath(p.SourceLocale, d.Name))
		for _, l := range locs {
			paths = append(paths, p.CatalogPath(l, d.Name))
		}
	}
	cats := make([]*catalog.Catalog, len(paths))
	err := forEach(context.Background(), len(paths), runtime.GOMAXPROCS(0), func(i int) (err error) {
		cats[i], err = readCatalogIfExists(paths[i])
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return paths, cats, nil
}

// CheckProject runs every configured check over the project's catalogs and
// returns the report, its messages still in English.
func CheckProject(ctx context.Context, p *Project, opts CheckOptions) (check.Report, error) {
	checker, err := check.New(p.Check)
	if err != nil {
		return check.Report{}, fmt.Errorf("%s: %w", p.Rel(p.Path(ProjectFile)), err)
	}
	checker.ListMissing = opts.ListMissing
	var since *Since
	if opts.Since != "" {
		if since, err = p.ChangedSince(ctx, opts.Since, opts.Locales, opts.Documents); err != nil {
			return check.Report{}, err
		}
		checker.ListMissing = true // each segment its own finding, to keep or leave
	}
	g, err := p.readGlossary()
	if err != nil {
		// The catalogs' errors come first, as they always have.
		if _, cerr := p.eachDocumentPairs(ctx, opts.Locales, opts.Documents, func([]check.Pair, int) {}); cerr != nil {
			return check.Report{}, cerr
		}
		return check.Report{}, err
	}
	var gp *glossarycheck.Pass
	if g != nil {
		gp = glossarycheck.New(g)
	}
	s := checker.NewSession()
	first := true
	files, err := p.eachDocumentPairs(ctx, opts.Locales, opts.Documents, func(pairs []check.Pair, docs int) {
		if first {
			s.Expect(docs)
			first = false
		}
		s.Check(pairs)
		if gp != nil {
			gp.Add(pairs)
		}
	})
	if err != nil {
		return check.Report{}, err
	}
	findings := s.Findings()
	if gp != nil {
		// The glossary's findings join here, configured by the same
		// [check] table.
		findings = append(findings, gp.Findings()...)
	}
	if since != nil {
		findings = since.filter(findings)
	}
	return check.NewReport(p.Check.Apply(findings), files), nil
}

// eachDocumentPairs reads the catalogs of each selected document in turn
// and hands its pairs, with the number of documents in all, to each,
// which must keep nothing of them: a large project's catalogs are never
// all in memory. It fails with the first read error, in the order of the
// documents, else with the first missing catalog: the project was not
// segmented.
func (p *Project) eachDocumentPairs(ctx context.Context, locales, documents []string, each func(pairs []check.Pair, docs int)) ([]string, error) {
	docs, locs, err := p.selectCatalogs(locales, documents)
	if err != nil {
		return nil, err
	}
	var files []string
	var missing error
	for k := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		paths, cats, err := p.readCatalogs(docs[k:k+1], locs)
		if err != nil {
			return nil, err
		}
		if missing != nil {
			continue // only a read error can still come first
		}
		var pairs []check.Pair
		for i, c := range cats {
			if c == nil {
				missing = p.notSegmented(paths[i])
				break
			}
			c.Path = p.Rel(paths[i])
			if i > 0 {
				pairs = append(pairs, check.Pair{Source: cats[0], Target: c})
				files = append(files, c.Path)
			}
		}
		if missing == nil {
			each(pairs, len(docs))
		}
	}
	if missing != nil {
		return nil, missing
	}
	return files, nil
}

// Check runs the checks, prints the findings in the chosen format and
// fails with ErrFindings when one is at or above opts.FailOn.
func Check(ctx context.Context, env *ui.Env, p *Project, opts CheckOptions) error {
	rep, err := CheckProject(ctx, p, opts)
	if err != nil {
		return err
	}
	return WriteReport(env, rep, opts.Format, opts.FailOn)
}

// WriteReport prints a check report with its messages in the UI language,
// then a summary on the error stream, and returns ErrFindings when the
// report fails at level failOn. glossary check and check --goi18n share it.
func WriteReport(env *ui.Env, rep check.Report, format check.Format, failOn check.Severity) error {
	check.Localize(rep.Findings, env.T)
	opts := check.Options{
		Palette: env.Palette(),
		SeverityLabel: func(s check.Severity) string {
			if s == check.Error {
				return env.T("CheckSeverityError", nil)
			}
			return env.T("CheckSeverityWarning", nil)
		},
	}
	if err := check.Write(env.Out, format, rep, opts); err != nil {
		return err
	}
	counts := map[string]any{
		"Errors":   env.T("CheckErrors", map[string]any{"Count": rep.Summary.Errors}),
		"Warnings": env.T("CheckWarnings", map[string]any{"Count": rep.Summary.Warnings}),
	}
	summary := env.T("CheckSummary", counts)
	if rep.Summary.Missing > 0 {
		// Gating on missing work says how much is missing, not only how
		// many findings sum it up.
		counts["Missing"] = env.T("CheckMissing", map[string]any{"Count": rep.Summary.Missing})
		summary = env.T("CheckSummaryMissing", counts)
	}
	if rep.Fails(failOn) {
		return Findings(summary)
	}
	if format == check.Text {
		if rep.Summary.Errors+rep.Summary.Warnings == 0 {
			env.Info("CheckClean", map[string]any{"Count": len(rep.Files)})
		} else {
			env.Info("CheckPassed", map[string]any{"Summary": summary})
		}
	}
	return nil
}
