package workflow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/glossarycheck"
	"github.com/terjime/terjime/workflow/ui"
)

// loadGlossary reads the project's glossary and fails when it names none.
func (p *Project) loadGlossary() (*glossary.Glossary, error) {
	if p.Glossary == "" {
		return nil, fmt.Errorf("%s names no glossary: add glossary = \"glossary/terms.toml\"", p.Rel(p.Path(ProjectFile)))
	}
	return p.readGlossary()
}

// readGlossary reads the project's glossary, nil when it names none, with
// the file named relative to the project in errors and findings.
func (p *Project) readGlossary() (*glossary.Glossary, error) {
	if p.Glossary == "" {
		return nil, nil
	}
	path := p.Path(p.Glossary)
	data, err := input.ReadFile(path, input.Limit{})
	if err != nil {
		return nil, fmt.Errorf("glossary: %w", err)
	}
	return glossary.Parse(p.Rel(path), data)
}

// GlossaryCheck checks the project's catalogs against its glossary and
// prints the findings like terjime check does (same formats, same exit
// codes).
func GlossaryCheck(ctx context.Context, env *ui.Env, p *Project, opts CheckOptions) error {
	g, err := p.loadGlossary()
	if err != nil {
		return err
	}
	if err := p.Check.Validate(); err != nil {
		return fmt.Errorf("%s: %w", p.Rel(p.Path(ProjectFile)), err)
	}
	gp := glossarycheck.New(g)
	files, err := p.eachDocumentPairs(ctx, opts.Locales, opts.Documents, func(pairs []check.Pair, _ int) {
		gp.Add(pairs)
	})
	if err != nil {
		return err
	}
	findings := p.Check.Apply(gp.Findings())
	return WriteReport(env, check.NewReport(findings, files), opts.Format, opts.FailOn)
}

// GlossaryListOptions are the options of terjime glossary list.
type GlossaryListOptions struct {
	Locale string // sort and lead with this locale; the source locale when empty
	JSON   bool
}

type listTerm struct {
	Term          string `json:"term"`
	Status        string `json:"status"`
	CaseSensitive bool   `json:"case_sensitive,omitempty"`
	Exact         bool   `json:"exact,omitempty"`
	Note          string `json:"note,omitempty"`
}

type listConcept struct {
	ID             string                `json:"id"`
	Subject        string                `json:"subject,omitempty"`
	DoNotTranslate bool                  `json:"do_not_translate,omitempty"`
	Note           string                `json:"note,omitempty"`
	Terms          map[string][]listTerm `json:"terms"`
}

// GlossaryList prints the glossary's concepts in the alphabetical order of
// a locale (its collation; Turkmen in the Turkmen alphabet): one line per
// concept with that locale's approved terms first, then the other
// locales'; or, with JSON, every concept with all its terms.
func GlossaryList(env *ui.Env, p *Project, opts GlossaryListOptions) error {
	g, err := p.loadGlossary()
	if err != nil {
		return err
	}
	loc := opts.Locale
	if loc == "" {
		loc = p.SourceLocale
	}
	loc, err = locale.Canonical(loc)
	if err != nil {
		return fmt.Errorf("--locale: %w", err)
	}
	locales := []string{loc}
	for _, l := range append([]string{p.SourceLocale}, append(p.TargetLocales, g.Locales()...)...) {
		if !slices.Contains(locales, l) {
			locales = append(locales, l)
		}
	}
	concepts := g.Sorted(loc)
	if opts.JSON {
		out := struct {
			Locale   string        `json:"locale"`
			Concepts []listConcept `json:"concepts"`
		}{Locale: loc, Concepts: []listConcept{}}
		for _, c := range concepts {
			lc := listConcept{ID: c.ID, Subject: c.Subject, DoNotTranslate: c.DoNotTranslate, Note: c.Note, Terms: map[string][]listTerm{}}
			for _, t := range c.Terms {
				lc.Terms[t.Locale] = append(lc.Terms[t.Locale], listTerm{t.Text, t.Status.String(), t.CaseSensitive, t.Exact, t.Note})
			}
			out.Concepts = append(out.Concepts, lc)
		}
		return writeJSON(env.Out, out)
	}
	tw := tabwriter.NewWriter(env.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(locales, "\t"))
	for _, c := range concepts {
		var cols []string
		for _, l := range locales {
			var ts []string
			for _, t := range c.Approved(l) {
				ts = append(ts, t.Text)
			}
			col := strings.Join(ts, " / ")
			if col == "" {
				col = "—"
			}
			cols = append(cols, col)
		}
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	}
	return tw.Flush()
}

// GlossaryLint prints the glossary's own problems as file:line: severity:
// message, and fails with ErrFindings when one is an error.
func GlossaryLint(env *ui.Env, p *Project) error {
	g, err := p.loadGlossary()
	if err != nil {
		return err
	}
	return lintReport(env, g)
}

func lintReport(env *ui.Env, g *glossary.Glossary) error {
	return lintReportIn(env, g, func(glossary.LintProblem) string { return g.Path })
}

// lintReportIn is lintReport for a glossary whose concepts come from more
// than one file: fileOf names the file of a problem's concept, in which
// its line is.
func lintReportIn(env *ui.Env, g *glossary.Glossary, fileOf func(glossary.LintProblem) string) error {
	ps := g.Lint()
	errs := 0
	for _, lp := range ps {
		if lp.Severity == glossary.SeverityError {
			errs++
		}
		sev := env.T("CheckSeverityWarning", nil)
		if lp.Severity == glossary.SeverityError {
			sev = env.T("CheckSeverityError", nil)
		}
		fmt.Fprintf(env.Out, "%s:%d: %s: %s [%s]\n", fileOf(lp), lp.Line, sev, lp.Message, lp.Check)
	}
	summary := env.T("GlossaryLintSummary", map[string]any{
		"Errors":   env.T("CheckErrors", map[string]any{"Count": errs}),
		"Warnings": env.T("CheckWarnings", map[string]any{"Count": len(ps) - errs}),
	})
	if errs > 0 {
		return Findings(summary)
	}
	if len(ps) == 0 {
		env.Info("GlossaryLintClean", map[string]any{"Count": len(g.Concepts)})
	} else {
		env.Infof("%s", summary)
	}
	return nil
}

// hasLintError reports whether lint finds an error in g.
func hasLintError(g *glossary.Glossary) bool {
	return slices.ContainsFunc(g.Lint(), func(lp glossary.LintProblem) bool { return lp.Severity == glossary.SeverityError })
}

// GlossaryImportOptions are the options of terjime glossary import.
type GlossaryImportOptions struct {
	File string
	// Format is tbx or csv; empty: from the file name, else its content.
	Format string
	// Replace makes the imported glossary the whole glossary instead of
	// merging it into the existing one.
	Replace bool
}

// GlossaryImport reads a TBX (v3 or 2008 martif) or CSV file and merges its
// concepts into the project's glossary (same ID: replaced; new: appended),
// then writes the glossary atomically in canonical form, keeping the
// file's header comment. Nothing is written when the file cannot be read
// or the result has lint errors.
func GlossaryImport(env *ui.Env, p *Project, opts GlossaryImportOptions) error {
	if p.Glossary == "" {
		return fmt.Errorf("%s names no glossary: add glossary = \"glossary/terms.toml\"", p.Rel(p.Path(ProjectFile)))
	}
	release, err := p.Lock(context.Background(), env, "glossary import")
	if err != nil {
		return err
	}
	defer release()
	path := p.Path(p.Glossary)
	g := &glossary.Glossary{Header: glossary.FileHeader}
	if data, err := os.ReadFile(path); err == nil {
		old, err := glossary.Parse(p.Rel(path), data)
		switch {
		case !opts.Replace && err != nil:
			return err
		case !opts.Replace:
			g = old
		case err == nil && old.Header != "":
			g.Header = old.Header // --replace keeps the file's header comment
		}
	} else if !opts.Replace && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	in, from, err := readImport(env, opts)
	if err != nil {
		return err
	}
	if hasLintError(in) {
		// Its own problems at its own lines, not at lines of a glossary
		// that is not written.
		return fmt.Errorf("%s: nothing written: %w", from, lintReport(env, in))
	}
	added, replaced := g.Merge(in)
	data := g.Marshal()
	// check what will be written, as it will be read back
	back, err := glossary.Parse(p.Rel(path), data)
	if err != nil {
		return fmt.Errorf("the imported glossary would not read back: %w", err)
	}
	if hasLintError(back) {
		// An error the merge made (two terms of the files at odds): every
		// problem is told at the line of the file its concept comes from,
		// not of the merged glossary, which is not written.
		merged, fileOf := mergedLines(g, in, p.Rel(path), from)
		return fmt.Errorf("%s: nothing written: %w", from, lintReportIn(env, merged, fileOf))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	plan := p.newPlan("glossary import")
	plan.Write(path, data)
	if _, err := plan.Apply(context.Background()); err != nil {
		return err
	}
	env.Info("GlossaryImported", map[string]any{
		"File": from, "Path": p.Rel(path), "Count": len(in.Concepts), "New": added, "Replaced": replaced,
	})
	return nil
}

// mergedLines is the merged glossary g with the lines its concepts have
// in the files they come from: the imported glossary in's (the file named
// from) for those with in's IDs, which replaced or joined the glossary's,
// the glossary file's (path) for the others; and the function that names
// a lint problem's file by its concept.
func mergedLines(g, in *glossary.Glossary, path, from string) (*glossary.Glossary, func(glossary.LintProblem) string) {
	imported := map[string]*glossary.Concept{}
	for i := range in.Concepts {
		imported[in.Concepts[i].ID] = &in.Concepts[i]
	}
	out := &glossary.Glossary{Path: path, Concepts: slices.Clone(g.Concepts)}
	for i, c := range out.Concepts {
		if ic, ok := imported[c.ID]; ok {
			out.Concepts[i] = *ic
		}
	}
	return out, func(lp glossary.LintProblem) string {
		if _, ok := imported[lp.Concept]; ok {
			return from
		}
		return path
	}
}

// readImport reads the file to import, or standard input for "-", and
// returns it with the name to call it by ("<stdin>" for "-").
func readImport(env *ui.Env, opts GlossaryImportOptions) (*glossary.Glossary, string, error) {
	name, data, err := readInput(env, opts.File)
	if err != nil {
		return nil, name, err
	}
	format := strings.ToLower(opts.Format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(opts.File)) {
		case ".tbx", ".xml":
			format = "tbx"
		case ".csv", ".tsv", ".txt":
			format = "csv"
		default:
			// sniff: XML starts with '<' (after a BOM and spaces)
			if bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n"), []byte("<")) {
				format = "tbx"
			} else {
				format = "csv"
			}
		}
	}
	var g *glossary.Glossary
	switch format {
	case "tbx":
		g, err = glossary.ImportTBX(name, bytes.NewReader(data))
	case "csv":
		g, err = glossary.ImportCSV(name, bytes.NewReader(data))
	default:
		err = ui.NewError("CLIFlagChoice", map[string]any{"Flag": "--format", "Value": opts.Format, "Choices": "tbx, csv"})
	}
	return g, name, err
}

// GlossaryExportOptions are the options of terjime glossary export.
type GlossaryExportOptions struct {
	Format string // tbx or csv
	Output string // file; stdout when empty or "-"
	// Force lets Output replace a file that exists (never one of the
	// project's own).
	Force bool
}

// GlossaryExport writes the glossary as TBX v3 (TBX-Basic) or CSV.
func GlossaryExport(env *ui.Env, p *Project, opts GlossaryExportOptions) error {
	g, err := p.loadGlossary()
	if err != nil {
		return err
	}
	var b bytes.Buffer
	switch strings.ToLower(opts.Format) {
	case "tbx", "":
		err = g.ExportTBX(&b, p.SourceLocale)
	case "csv":
		err = g.ExportCSV(&b)
	default:
		return ui.NewError("CLIFlagChoice", map[string]any{"Flag": "--format", "Value": opts.Format, "Choices": "tbx, csv"})
	}
	if err != nil {
		return err
	}
	if toFile, err := p.writeOutput(env, opts.Output, b.Bytes(), opts.Force); err != nil || !toFile {
		return err
	}
	env.Info("GlossaryExported", map[string]any{"Path": opts.Output, "Count": len(g.Concepts)})
	return nil
}
