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
	"text/tabwriter"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/ui"
)

// The glossary's checks, as they appear in findings and in [check].
const (
	CheckGlossaryMissing      = "glossary-missing"      // no approved term for a concept of the source
	CheckGlossaryForbidden    = "glossary-forbidden"    // a forbidden term in a translation
	CheckGlossaryUnchanged    = "glossary-dnt"          // a do-not-translate name changed
	CheckGlossarySource       = "glossary-source"       // the source uses a forbidden form
	CheckGlossaryInconsistent = "glossary-inconsistent" // admitted and other terms mixed in a locale
)

// GlossaryMessages are the English texts of the glossary findings by UI
// message ID; locales/active.*.toml hold them in every UI language.
var GlossaryMessages = map[string]string{
	"GlossaryMissing":      `the source has "{{.Term}}" ({{.Concept}}); the translation should use "{{.Expected}}" but has none of it`,
	"GlossaryForbidden":    `"{{.Found}}" is a forbidden term for {{.Concept}}; use "{{.Expected}}"`,
	"GlossaryForbiddenFor": `"{{.Found}}" is a forbidden term for {{.Concept}} (the source has "{{.Term}}"); use "{{.Expected}}"`,
	"GlossaryUnchanged":    `"{{.Term}}" ({{.Concept}}) must appear in the translation as written`,
	"GlossarySource":       `the source writes "{{.Term}}", a forbidden form of {{.Concept}}; the glossary has "{{.Expected}}"`,
	"GlossaryInconsistent": `{{.Concept}} is rendered "{{.Found}}" here but "{{.Others}}" elsewhere in {{.Locale}}; use one form`,
}

func glossaryFinding(name, key string, sev check.Severity, args map[string]any) check.Finding {
	return check.Finding{
		Check: name, Severity: sev, Key: key, Args: args,
		Message: check.Render(GlossaryMessages[key], args),
	}
}

// glossaryPass checks the done (translated, reviewed, final) segments of
// each pair against the glossary: a concept named in the source needs an
// approved term in the translation, forbidden terms are errors, names that
// stay as written must, and an admitted term mixed with other renderings
// of its concept in a locale (across all documents) is a warning. A
// forbidden form in the source itself is a warning, reported once on the
// source catalog. A segment's note can switch a check off
// ("no-glossary-forbidden-check").
//
// It takes the pairs one document at a time, so that a large project is
// read document by document: what the consistency check needs across
// documents is kept as small references, never the catalogs.
type glossaryPass struct {
	g          *glossary.Glossary
	out        []check.Finding
	uses       map[string][]glossary.Use // by target locale
	locales    []string
	sourceDone map[string]bool // source catalogs whose source findings are made
}

// useRef is where a term was used, for a consistency finding.
type useRef struct {
	document, id, path string
	line               int
	off                bool // the segment's note switches the consistency check off
}

func newGlossaryPass(g *glossary.Glossary) *glossaryPass {
	return &glossaryPass{g: g, uses: map[string][]glossary.Use{}, sourceDone: map[string]bool{}}
}

func (gp *glossaryPass) addAll(pairs []check.Pair) {
	for i := range pairs {
		gp.add(&pairs[i])
	}
}

func (gp *glossaryPass) add(pr *check.Pair) {
	src, tgt := pr.Source, pr.Target
	ch := gp.g.Checker(src.Locale, tgt.Locale)
	if _, ok := gp.uses[tgt.Locale]; !ok {
		gp.uses[tgt.Locale] = nil
		gp.locales = append(gp.locales, tgt.Locale)
	}
	srcIndex := src.Index()
	reportSource := !gp.sourceDone[src.Path]
	gp.sourceDone[src.Path] = true
	for si := range tgt.Segments {
		seg := &tgt.Segments[si]
		source := seg.Source
		srcLine := 0
		if i, ok := srcIndex[seg.ID]; ok {
			source = src.Segments[i].Source
			srcLine = src.Segments[i].Line
			if src.Segments[i].Verbatim {
				continue
			}
		}
		// A done segment's check finds the source's forbidden forms too;
		// only an untranslated one needs the source looked at alone.
		var problems []glossary.Problem
		var used []glossary.Match
		done := seg.State.Done() && strings.TrimSpace(seg.Target) != ""
		if done {
			problems, used = ch.CheckPair(source, seg.Target)
		}
		if reportSource {
			sp := problems
			if !done {
				sp = gp.g.SourceProblems(src.Locale, source)
			}
			for _, p := range sp {
				if p.Kind != glossary.SourceForbidden || check.Flagged(seg.Note, CheckGlossarySource) {
					continue
				}
				f := glossaryFinding(CheckGlossarySource, "GlossarySource", check.Warning, map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
				f.Locale, f.Document, f.Segment, f.File, f.Line = src.Locale, src.Document, seg.ID, src.Path, srcLine
				gp.out = append(gp.out, f)
			}
		}
		if !done {
			continue
		}
		for _, p := range problems {
			var f check.Finding
			switch p.Kind {
			case glossary.Missing:
				f = glossaryFinding(CheckGlossaryMissing, "GlossaryMissing", check.Error, map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
			case glossary.ForbiddenTerm:
				key := "GlossaryForbidden"
				if p.SourceTerm != "" {
					key = "GlossaryForbiddenFor"
				}
				f = glossaryFinding(CheckGlossaryForbidden, key, check.Error, map[string]any{
					"Found": p.Found, "Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
			case glossary.Changed:
				f = glossaryFinding(CheckGlossaryUnchanged, "GlossaryUnchanged", check.Error, map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID,
				})
			default:
				continue // source problems are reported once, above
			}
			if check.Flagged(seg.Note, f.Check) {
				continue
			}
			f.Locale, f.Document, f.Segment, f.File, f.Line = tgt.Locale, tgt.Document, seg.ID, tgt.Path, seg.Line
			gp.out = append(gp.out, f)
		}
		if len(used) == 0 {
			continue
		}
		ref := &useRef{tgt.Document, seg.ID, tgt.Path, seg.Line, check.Flagged(seg.Note, CheckGlossaryInconsistent)}
		for _, u := range used {
			gp.uses[tgt.Locale] = append(gp.uses[tgt.Locale], glossary.Use{Concept: u.Concept, Term: u.Term, Ref: ref})
		}
	}
}

// finish adds the consistency findings, which need every pair, and
// returns all findings.
func (gp *glossaryPass) finish() []check.Finding {
	for _, loc := range gp.locales {
		for _, inc := range glossary.Consistency(gp.uses[loc]) {
			r := inc.Ref.(*useRef)
			if r.off {
				continue
			}
			var others []string
			for _, o := range inc.Others {
				others = append(others, fmt.Sprintf("%s (%d×)", o.Term.Text, o.Count))
			}
			f := glossaryFinding(CheckGlossaryInconsistent, "GlossaryInconsistent", check.Warning, map[string]any{
				"Concept": inc.Concept.ID, "Found": inc.Term.Text, "Others": strings.Join(others, " / "), "Locale": loc,
			})
			f.Locale, f.Document, f.Segment, f.File, f.Line = loc, r.document, r.id, r.path, r.line
			gp.out = append(gp.out, f)
		}
	}
	return gp.out
}

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
	data, err := os.ReadFile(path)
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
	gp := newGlossaryPass(g)
	files, err := p.eachDocumentPairs(ctx, opts.Locales, opts.Documents, func(pairs []check.Pair, _ int) {
		gp.addAll(pairs)
	})
	if err != nil {
		return err
	}
	findings := p.Check.Apply(gp.finish())
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
		fmt.Fprintf(env.Out, "%s:%d: %s: %s [%s]\n", g.Path, lp.Line, sev, lp.Message, lp.Check)
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
	path := p.Path(p.Glossary)
	g := &glossary.Glossary{Header: "# terjime glossary (see glossary/doc.go for the format)"}
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
	in, err := readImport(opts)
	if err != nil {
		return err
	}
	added, replaced := g.Merge(in)
	data := g.Marshal()
	// check what will be written, as it will be read back
	back, err := glossary.Parse(p.Rel(path), data)
	if err != nil {
		return fmt.Errorf("the imported glossary would not read back: %w", err)
	}
	if slices.ContainsFunc(back.Lint(), func(lp glossary.LintProblem) bool { return lp.Severity == glossary.SeverityError }) {
		// lintReport prints every problem and fails: one is an error.
		return fmt.Errorf("%s: nothing written: %w", opts.File, lintReport(env, back))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := disk.WriteFile(path, data); err != nil {
		return err
	}
	env.Info("GlossaryImported", map[string]any{
		"File": opts.File, "Path": p.Rel(path), "Count": len(in.Concepts), "New": added, "Replaced": replaced,
	})
	return nil
}

func readImport(opts GlossaryImportOptions) (*glossary.Glossary, error) {
	f, err := os.Open(opts.File)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	format := strings.ToLower(opts.Format)
	if format == "" {
		switch strings.ToLower(filepath.Ext(opts.File)) {
		case ".tbx", ".xml":
			format = "tbx"
		case ".csv", ".tsv", ".txt":
			format = "csv"
		default:
			// sniff: XML starts with '<' (after a BOM and spaces)
			head := make([]byte, 512)
			n, _ := io.ReadFull(f, head)
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, err
			}
			if bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\uFEFF")), " \t\r\n"), []byte("<")) {
				format = "tbx"
			} else {
				format = "csv"
			}
		}
	}
	switch format {
	case "tbx":
		return glossary.ImportTBX(opts.File, f)
	case "csv":
		return glossary.ImportCSV(opts.File, f)
	}
	return nil, fmt.Errorf("--format %q: want tbx or csv", opts.Format)
}

// GlossaryExportOptions are the options of terjime glossary export.
type GlossaryExportOptions struct {
	Format string // tbx or csv
	Output string // file; stdout when empty or "-"
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
		return fmt.Errorf("--format %q: want tbx or csv", opts.Format)
	}
	if err != nil {
		return err
	}
	if toFile, err := writeOutput(env, opts.Output, b.Bytes()); err != nil || !toFile {
		return err
	}
	env.Info("GlossaryExported", map[string]any{"Path": opts.Output, "Count": len(g.Concepts)})
	return nil
}
