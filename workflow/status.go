package workflow

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/memory"
	"github.com/terjime/terjime/workflow/ui"
)

// StatusOptions are the options of terjime status.
type StatusOptions struct {
	Locales   []string // target locales; all when empty
	Documents []string // documents; all when empty
	JSON      bool
	// FailUnder makes Status fail (ErrFindings) when a selected locale is
	// less than this percent done; negative: never.
	FailUnder float64
}

// Counts are segments or words by state. The JSON keys are a contract with
// the scripts that read status --json (testdata/script/status_basic.txtar
// pins them): add keys, never rename one.
type Counts struct {
	Total        int `json:"total"`
	Untranslated int `json:"untranslated"`
	Outdated     int `json:"outdated"`
	Translated   int `json:"translated"`
	Reviewed     int `json:"reviewed"`
	Final        int `json:"final"`
}

func (c *Counts) add(s catalog.State, n int) {
	c.Total += n
	switch s {
	case catalog.Untranslated:
		c.Untranslated += n
	case catalog.Outdated:
		c.Outdated += n
	case catalog.Translated:
		c.Translated += n
	case catalog.Reviewed:
		c.Reviewed += n
	case catalog.Final:
		c.Final += n
	}
}

func (c *Counts) plus(o Counts) {
	c.Total += o.Total
	c.Untranslated += o.Untranslated
	c.Outdated += o.Outdated
	c.Translated += o.Translated
	c.Reviewed += o.Reviewed
	c.Final += o.Final
}

// Done is the number of translated, reviewed and final ones.
func (c Counts) Done() int { return c.Translated + c.Reviewed + c.Final }

// percent is done/total × 100; a locale with nothing to translate is done.
func (c Counts) percent() float64 {
	if c.Total == 0 {
		return 100
	}
	return float64(c.Done()) * 100 / float64(c.Total)
}

// byState lists the counts in workflow order, as catalog.States does.
func (c Counts) byState() []int {
	return []int{c.Untranslated, c.Outdated, c.Translated, c.Reviewed, c.Final}
}

// DocumentStatus is the progress of one document in one locale.
type DocumentStatus struct {
	Document string  `json:"document"`
	Segments Counts  `json:"segments"`
	Words    Counts  `json:"words"`
	Percent  float64 `json:"percent"`
	// Prefilled counts segments whose target the translation memory
	// filled in during segment (their note starts with "tm:"), and
	// PrefilledIdentical those of them filled from an identical match.
	Prefilled          int `json:"prefilled"`
	PrefilledIdentical int `json:"prefilled_identical"`
}

// LocaleStatus is the progress of one target locale.
type LocaleStatus struct {
	Locale             string           `json:"locale"`
	Segments           Counts           `json:"segments"`
	Words              Counts           `json:"words"`
	Percent            float64          `json:"percent"`
	Prefilled          int              `json:"prefilled"`
	PrefilledIdentical int              `json:"prefilled_identical"`
	Documents          []DocumentStatus `json:"documents"`
}

// StatusReport is what status --json prints.
type StatusReport struct {
	Locales []LocaleStatus `json:"locales"`
}

// selectTargetLocales returns the named target locales, or all of them.
func (p *Project) selectTargetLocales(names []string) ([]string, error) {
	if len(names) == 0 {
		if len(p.TargetLocales) == 0 {
			return nil, fmt.Errorf("%s lists no target_locales", p.Path(ProjectFile))
		}
		return p.TargetLocales, nil
	}
	var out []string
	for _, n := range names {
		i := slices.IndexFunc(p.TargetLocales, func(l string) bool { return locale.Same(l, n) })
		if i < 0 {
			return nil, fmt.Errorf("unknown locale %q (the project's target locales: %s)", n, strings.Join(p.TargetLocales, ", "))
		}
		out = append(out, p.TargetLocales[i])
	}
	return out, nil
}

// ComputeStatus counts the segments and source words of every selected
// document in every selected locale. A target catalog that does not exist
// yet counts as untranslated throughout; a missing source catalog is an
// error (run terjime segment).
func ComputeStatus(ctx context.Context, p *Project, locales, documents []string) (*StatusReport, error) {
	docs, err := p.selectDocuments(documents)
	if err != nil {
		return nil, err
	}
	locs, err := p.selectTargetLocales(locales)
	if err != nil {
		return nil, err
	}
	rep := &StatusReport{Locales: make([]LocaleStatus, len(locs))}
	for i, l := range locs {
		rep.Locales[i].Locale = l
		rep.Locales[i].Documents = []DocumentStatus{}
	}
	// Read the catalogs a batch of documents at a time, in parallel, and
	// keep only the counts: memory stays flat however large the project.
	const batch = 32
	stride := 1 + len(locs)
	for b := 0; b < len(docs); b += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		chunk := docs[b:min(b+batch, len(docs))]
		paths, cats, err := p.readCatalogs(chunk, locs)
		if err != nil {
			return nil, err
		}
		for k, d := range chunk {
			src := cats[k*stride]
			if src == nil {
				return nil, p.notSegmented(paths[k*stride])
			}
			words := make(map[string]int, len(src.Segments))
			for _, s := range src.Segments {
				if !s.Verbatim {
					words[s.ID] = catalog.Words(s.Source)
				}
			}
			for i := range locs {
				ds := DocumentStatus{Document: d.Name}
				if tgt := cats[k*stride+1+i]; tgt == nil {
					for _, s := range src.Segments {
						if !s.Verbatim {
							ds.Segments.add(catalog.Untranslated, 1)
							ds.Words.add(catalog.Untranslated, words[s.ID])
						}
					}
				} else {
					for _, s := range tgt.Segments {
						w, ok := words[s.ID]
						if !ok {
							w = catalog.Words(s.Source)
						}
						ds.Segments.add(s.State, 1)
						ds.Words.add(s.State, w)
						if memory.Prefilled(&s) {
							ds.Prefilled++
							if memory.PrefilledIdentical(&s) {
								ds.PrefilledIdentical++
							}
						}
					}
				}
				ds.Percent = round2(ds.Segments.percent())
				ls := &rep.Locales[i]
				ls.Documents = append(ls.Documents, ds)
				ls.Segments.plus(ds.Segments)
				ls.Words.plus(ds.Words)
				ls.Prefilled += ds.Prefilled
				ls.PrefilledIdentical += ds.PrefilledIdentical
			}
		}
	}
	for i := range rep.Locales {
		rep.Locales[i].Percent = round2(rep.Locales[i].Segments.percent())
	}
	return rep, nil
}

// round2 keeps two decimals, so that JSON shows 33.33 and not a float's
// last digits.
func round2(f float64) float64 {
	return float64(int64(f*100+0.5)) / 100
}

// Status prints the progress of each selected locale and document: a
// table with progress bars on a terminal, tab-separated rows in a pipe,
// JSON with --json.
func Status(ctx context.Context, env *ui.Env, p *Project, opts StatusOptions) error {
	rep, err := ComputeStatus(ctx, p, opts.Locales, opts.Documents)
	if err != nil {
		return err
	}
	switch {
	case opts.JSON:
		enc := json.NewEncoder(env.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	case env.OutTTY:
		writeStatusTable(env, rep)
	default:
		writeStatusTSV(env.Out, rep)
	}
	if !opts.JSON {
		for _, l := range rep.Locales {
			env.Info("StatusSummary", map[string]any{
				"Locale": l.Locale, "Count": l.Segments.Total, "Done": l.Segments.Done(),
				"Percent": l.Percent, "Words": l.Words.Total, "WordsDone": l.Words.Done(),
			})
			switch {
			case l.PrefilledIdentical > 0:
				env.Info("StatusPrefilledIdentical", map[string]any{"Locale": l.Locale, "Count": l.Prefilled, "Identical": l.PrefilledIdentical})
			case l.Prefilled > 0:
				env.Info("StatusPrefilled", map[string]any{"Locale": l.Locale, "Count": l.Prefilled})
			}
		}
	}
	if opts.FailUnder >= 0 {
		var below []string
		for _, l := range rep.Locales {
			if l.Percent < opts.FailUnder {
				below = append(below, env.T("StatusBelow", map[string]any{"Locale": l.Locale, "Percent": l.Percent, "Want": opts.FailUnder}))
			}
		}
		if len(below) > 0 {
			return Findings(strings.Join(below, "; "))
		}
	}
	return nil
}

// writeStatusTSV prints one row per locale (document "*") and per
// document, for scripts: locale, document, percent, then the segments and
// the words, each as total followed by the five states in workflow order.
// Numbers are plain, whatever the UI language.
func writeStatusTSV(w io.Writer, rep *StatusReport) {
	row := func(loc, doc string, pct float64, seg, words Counts) {
		f := []string{loc, doc, strconv.FormatFloat(pct, 'f', 1, 64), strconv.Itoa(seg.Total)}
		for _, n := range seg.byState() {
			f = append(f, strconv.Itoa(n))
		}
		f = append(f, strconv.Itoa(words.Total))
		for _, n := range words.byState() {
			f = append(f, strconv.Itoa(n))
		}
		fmt.Fprintln(w, strings.Join(f, "\t"))
	}
	for _, l := range rep.Locales {
		row(l.Locale, "*", l.Percent, l.Segments, l.Words)
		for _, d := range l.Documents {
			row(l.Locale, d.Document, d.Percent, d.Segments, d.Words)
		}
	}
}

// barWidth is the width of a progress bar in cells.
const barWidth = 20

// bar draws pct as a bar of eighth blocks.
func bar(pct float64) string {
	eighths := int(pct/100*barWidth*8 + 0.5)
	eighths = min(max(eighths, 0), barWidth*8)
	full, part := eighths/8, eighths%8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if part > 0 {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	b.WriteString(strings.Repeat("░", barWidth-full-min(part, 1)))
	return b.String()
}

// stateColumns are the UI messages that head the table's state columns.
var stateColumns = map[catalog.State]string{
	catalog.Untranslated: "StatusColumnUntranslated",
	catalog.Outdated:     "StatusColumnOutdated",
	catalog.Translated:   "StatusColumnTranslated",
	catalog.Reviewed:     "StatusColumnReviewed",
	catalog.Final:        "StatusColumnFinal",
}

// writeStatusTable prints the table for a terminal: a row per locale and,
// indented under it, per document, with the headers, numbers and percent
// in the UI language. Names and bars are aligned left, numbers right.
func writeStatusTable(env *ui.Env, rep *StatusReport) {
	pr := env.Printer()
	head := []string{env.T("StatusColumnLocale", nil), "", env.T("StatusColumnDone", nil)}
	for _, s := range catalog.States {
		head = append(head, env.T(stateColumns[s], nil))
	}
	head = append(head, env.T("StatusColumnWords", nil))
	rows := [][]string{head}
	pal := env.Palette()
	var paints []func(string) string // per row: how its bar is painted
	row := func(name string, pct float64, seg, words Counts) {
		f := []string{name, bar(pct) + " " + pr.Sprintf("%.1f %%", pct), pr.Sprintf("%d/%d", seg.Done(), seg.Total)}
		paint := pal.Todo
		if pct >= 100 {
			paint = pal.Done
		}
		paints = append(paints, paint)
		for _, n := range seg.byState() {
			f = append(f, pr.Sprint(n))
		}
		f = append(f, pr.Sprintf("%d/%d", words.Done(), words.Total))
		rows = append(rows, f)
	}
	for _, l := range rep.Locales {
		row(l.Locale, l.Percent, l.Segments, l.Words)
		for _, d := range l.Documents {
			row("  "+d.Document, d.Percent, d.Segments, d.Words)
		}
	}
	width := make([]int, len(head))
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for ri, r := range rows {
		b.Reset()
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if i == 1 && ri > 0 && pal.On() {
				bar, rest, _ := strings.Cut(c, " ")
				b.WriteString(paints[ri-1](bar) + " " + rest)
				if i < len(r)-1 {
					b.WriteString(pad)
				}
			} else if i < 2 {
				b.WriteString(c)
				if i < len(r)-1 {
					b.WriteString(pad)
				}
			} else {
				b.WriteString(pad + c)
			}
		}
		fmt.Fprintln(env.Out, b.String())
	}
}
