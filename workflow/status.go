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
	// ByPerson counts, per locale, the translated segments and their words
	// by who last changed them instead of by document.
	ByPerson bool
	// Since, a git revision, counts only the segments added or changed
	// since it.
	Since string
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

// Tally is segments and their source words by state.
type Tally struct {
	Segments Counts `json:"segments"`
	Words    Counts `json:"words"`
}

// add counts one segment of words source words in state s.
func (t *Tally) add(s catalog.State, words int) {
	t.Segments.add(s, 1)
	t.Words.add(s, words)
}

// Progress is the progress of a document or a locale: its tally, the
// percent of its segments done, and the segments the translation memory
// filled in.
type Progress struct {
	Tally
	Percent float64 `json:"percent"`
	// Prefilled counts segments whose target the translation memory
	// filled in during segment (their note starts with "tm:"), and
	// PrefilledIdentical those of them filled from an identical match.
	Prefilled          int `json:"prefilled"`
	PrefilledIdentical int `json:"prefilled_identical"`
}

// plus adds a document's progress to a locale's, all but the percent.
func (p *Progress) plus(o Progress) {
	p.Segments.plus(o.Segments)
	p.Words.plus(o.Words)
	p.Prefilled += o.Prefilled
	p.PrefilledIdentical += o.PrefilledIdentical
}

// DocumentStatus is the progress of one document in one locale.
type DocumentStatus struct {
	Document string `json:"document"`
	Progress
}

// LocaleStatus is the progress of one target locale.
type LocaleStatus struct {
	Locale string `json:"locale"`
	Progress
	Documents []DocumentStatus `json:"documents"`
	// People, with --by-person: the segments with a translation and their
	// source words, by who last changed the translation ("" for nobody
	// known), most segments first.
	People []PersonStatus `json:"people,omitempty"`
}

// PersonStatus is what one person last changed in one locale.
type PersonStatus struct {
	Person string `json:"person"`
	Tally
}

// StatusReport is what status --json prints.
type StatusReport struct {
	Locales []LocaleStatus `json:"locales"`
}

// selectTargetLocales returns the named target locales, or all of them.
func (p *Project) selectTargetLocales(names []string) ([]string, error) {
	if len(names) == 0 {
		if len(p.TargetLocales) == 0 {
			return nil, ui.NewError("ProjectNoTargets", map[string]any{"Path": p.Path(ProjectFile)})
		}
		return p.TargetLocales, nil
	}
	var out []string
	for _, n := range names {
		i := slices.IndexFunc(p.TargetLocales, func(l string) bool { return locale.Same(l, n) })
		if i < 0 {
			return nil, unknownLocale("ProjectUnknownTarget", n, p.TargetLocales)
		}
		out = append(out, p.TargetLocales[i])
	}
	return out, nil
}

// selectCatalogs is the documents and the target locales a command was
// given (all of them when none), whose catalogs it reads.
func (p *Project) selectCatalogs(locales, documents []string) ([]Document, []string, error) {
	docs, err := p.selectDocuments(documents)
	if err != nil {
		return nil, nil, err
	}
	locs, err := p.selectTargetLocales(locales)
	return docs, locs, err
}

// ComputeStatus counts the segments and source words of every selected
// document in every selected locale. A target catalog that does not exist
// yet counts as untranslated throughout; a missing source catalog is an
// error (run terjime segment).
func ComputeStatus(ctx context.Context, p *Project, locales, documents []string) (*StatusReport, error) {
	return computeStatus(ctx, p, StatusOptions{Locales: locales, Documents: documents}, nil)
}

// computeStatus is ComputeStatus with status's options: only the segments
// since names (when not nil), and counts by person.
func computeStatus(ctx context.Context, p *Project, opts StatusOptions, since *Since) (*StatusReport, error) {
	docs, locs, err := p.selectCatalogs(opts.Locales, opts.Documents)
	if err != nil {
		return nil, err
	}
	c := newStatusCount(locs, opts.ByPerson, since)
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
			at := k * stride
			if err := c.document(p, d.Name, paths[at:at+stride], cats[at:at+stride]); err != nil {
				return nil, err
			}
		}
	}
	return c.report(), nil
}

// statusCount gathers a status report a document at a time.
type statusCount struct {
	rep   *StatusReport
	since *Since // only the segments it names, when not nil
	// people are, with --by-person, each locale's people by name.
	people []map[string]*PersonStatus
}

func newStatusCount(locs []string, byPerson bool, since *Since) *statusCount {
	c := &statusCount{rep: &StatusReport{Locales: make([]LocaleStatus, len(locs))}, since: since}
	for i, l := range locs {
		c.rep.Locales[i].Locale = l
		c.rep.Locales[i].Documents = []DocumentStatus{}
	}
	if byPerson {
		c.people = make([]map[string]*PersonStatus, len(locs))
		for i := range c.people {
			c.people[i] = map[string]*PersonStatus{}
		}
	}
	return c
}

// document counts one document in each locale: cats are its source catalog
// and then its target catalogs in the order of the locales (nil where there
// is none), read from paths. A target catalog that does not exist yet
// counts as untranslated throughout (or, since a revision, as nothing
// changed).
func (c *statusCount) document(p *Project, name string, paths []string, cats []*catalog.Catalog) error {
	src := cats[0]
	if src == nil {
		return p.notSegmented(paths[0])
	}
	words := sourceWords(src)
	for i, tgt := range cats[1:] {
		ds := DocumentStatus{Document: name}
		switch {
		case tgt == nil && c.since != nil:
			// No catalog, nothing changed.
		case tgt == nil:
			for _, w := range words {
				ds.add(catalog.Untranslated, w)
			}
		default:
			c.target(i, &ds, p.Rel(paths[1+i]), tgt, words)
		}
		ds.Percent = round2(ds.Segments.percent())
		ls := &c.rep.Locales[i]
		ls.Documents = append(ls.Documents, ds)
		ls.plus(ds.Progress)
	}
	return nil
}

// sourceWords are the source words of each segment to translate, by ID.
func sourceWords(src *catalog.Catalog) map[string]int {
	words := make(map[string]int, len(src.Segments))
	for _, s := range src.Segments {
		if !s.Verbatim {
			words[s.ID] = catalog.Words(s.Source)
		}
	}
	return words
}

// target counts the segments of the target catalog of locale i, file as
// the project names it, into ds and the locale's people.
func (c *statusCount) target(i int, ds *DocumentStatus, file string, tgt *catalog.Catalog, words map[string]int) {
	for k := range tgt.Segments {
		s := &tgt.Segments[k]
		if c.since != nil {
			if _, ok := c.since.Line(file, s.ID); !ok {
				continue
			}
		}
		w, ok := words[s.ID]
		if !ok {
			w = catalog.Words(s.Source)
		}
		st := countedState(s)
		ds.add(st, w)
		if c.people != nil && s.Target != "" {
			c.person(i, s.ChangedBy).add(st, w)
		}
		if memory.Prefilled(s) {
			ds.Prefilled++
			if memory.PrefilledIdentical(s) {
				ds.PrefilledIdentical++
			}
		}
	}
}

// countedState is the state status counts a segment in: an empty target
// is not done, whatever its state.
func countedState(s *catalog.Segment) catalog.State {
	if s.State.Done() && !s.Done() {
		return catalog.Untranslated
	}
	return s.State
}

// person is who changed segments in locale i, counted so far.
func (c *statusCount) person(i int, name string) *PersonStatus {
	ps := c.people[i][name]
	if ps == nil {
		ps = &PersonStatus{Person: name}
		c.people[i][name] = ps
	}
	return ps
}

// report is the report once every document is counted.
func (c *statusCount) report() *StatusReport {
	for i := range c.rep.Locales {
		l := &c.rep.Locales[i]
		l.Percent = round2(l.Segments.percent())
		if c.people != nil {
			l.People = sortPeople(c.people[i])
		}
	}
	return c.rep
}

// sortPeople lists the people of a locale, most segments first, then by
// name; nobody known comes last.
func sortPeople(m map[string]*PersonStatus) []PersonStatus {
	out := []PersonStatus{}
	for _, ps := range m {
		out = append(out, *ps)
	}
	slices.SortFunc(out, func(a, b PersonStatus) int {
		switch {
		case (a.Person == "") != (b.Person == ""):
			if a.Person == "" {
				return 1
			}
			return -1
		case a.Segments.Total != b.Segments.Total:
			return b.Segments.Total - a.Segments.Total
		}
		return strings.Compare(a.Person, b.Person)
	})
	return out
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
	var since *Since
	if opts.Since != "" {
		var err error
		if since, err = p.ChangedSince(ctx, opts.Since, opts.Locales, opts.Documents); err != nil {
			return err
		}
	}
	rep, err := computeStatus(ctx, p, opts, since)
	if err != nil {
		return err
	}
	// By person, the people are the rows under each locale.
	rows, column := rep, "document"
	if opts.ByPerson {
		rows, column = peopleRows(env, rep), "person"
	}
	switch {
	case opts.JSON:
		enc := json.NewEncoder(env.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	case env.OutTTY:
		writeStatusTable(env, rows)
	default:
		writeStatusTSV(env.Out, rows, column)
	}
	if since != nil {
		env.Info("StatusSince", map[string]any{"Count": since.Count(), "Rev": since.Rev})
	}
	if !opts.JSON {
		for _, l := range rep.Locales {
			env.Info("StatusSummary", map[string]any{
				"Locale": l.Locale, "Count": l.Segments.Total, "Done": l.Segments.Done(),
				"Percent": env.Percent(l.Percent, 1), "Words": l.Words.Total, "WordsDone": l.Words.Done(),
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
				below = append(below, env.T("StatusBelow", map[string]any{"Locale": l.Locale, "Percent": env.Percent(l.Percent, 1), "Want": env.Percent(opts.FailUnder, 1)}))
			}
		}
		if len(below) > 0 {
			return Findings(strings.Join(below, "; "))
		}
	}
	return nil
}

// peopleRows is rep with the people of each locale in place of its
// documents, for the table and the tab-separated rows of --by-person. The
// locale's row stays the locale's progress, as status without
// --by-person shows it; the people's rows count the segments with a
// translation each last changed, so what they leave is the work nobody
// has done yet.
func peopleRows(env *ui.Env, rep *StatusReport) *StatusReport {
	out := &StatusReport{}
	for _, l := range rep.Locales {
		r := LocaleStatus{Locale: l.Locale, Progress: l.Progress}
		for _, ps := range l.People {
			name := ps.Person
			if name == "" {
				name = env.T("StatusUnknownPerson", nil)
			}
			r.Documents = append(r.Documents, DocumentStatus{Document: name, Progress: Progress{Tally: ps.Tally, Percent: round2(ps.Segments.percent())}})
		}
		out.Locales = append(out.Locales, r)
	}
	return out
}

// statusTSVHeader names the columns of the tab-separated output. The names
// are the same in every UI language: scripts read them.
var statusTSVHeader = []string{
	"locale", "document", "percent",
	"segments", "segments_untranslated", "segments_outdated", "segments_translated", "segments_reviewed", "segments_final",
	"words", "words_untranslated", "words_outdated", "words_translated", "words_reviewed", "words_final",
}

// writeStatusTSV prints a header row, then one row per locale (document
// "*") and per document, for scripts: locale, document, percent, then the
// segments and the words, each as total followed by the five states in
// workflow order. Numbers are plain, whatever the UI language.
func writeStatusTSV(w io.Writer, rep *StatusReport, column string) {
	header := slices.Clone(statusTSVHeader)
	header[1] = column
	fmt.Fprintln(w, strings.Join(header, "\t"))
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

// barWidth is the width of a progress bar in cells, when there is room.
const barWidth = 20

// bar draws pct as a bar of eighth blocks, width cells wide.
func bar(pct float64, width int) string {
	eighths := int(pct/100*float64(width)*8 + 0.5)
	eighths = min(max(eighths, 0), width*8)
	full, part := eighths/8, eighths%8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if part > 0 {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	b.WriteString(strings.Repeat("░", width-full-min(part, 1)))
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

// The columns of the status table, and the layouts that fit it into a
// narrow terminal: the bars shrink first, then the columns that tell least
// go (the done states, whose sum the done column has, then the words),
// then the bars, then the columns of work to do. The name and percent
// columns always stay.
const (
	colName = iota
	colPercent
	colDone
	colUntranslated // the states in workflow order follow
	colOutdated
	colTranslated
	colReviewed
	colFinal
	colWords
	numCols
)

var statusLayouts = []struct {
	bar  int
	drop []int
}{
	{barWidth, nil},
	{10, nil},
	{10, []int{colFinal}},
	{10, []int{colFinal, colReviewed}},
	{10, []int{colFinal, colReviewed, colTranslated}},
	{10, []int{colFinal, colReviewed, colTranslated, colWords}},
	{0, []int{colFinal, colReviewed, colTranslated, colWords}},
	{0, []int{colFinal, colReviewed, colTranslated, colWords, colOutdated}},
	{0, []int{colFinal, colReviewed, colTranslated, colWords, colOutdated, colUntranslated}},
}

// writeStatusTable prints the table for a terminal: a row per locale and,
// indented under it, per document, with the headers, numbers and percent
// in the UI language. Names and bars are aligned left, numbers right. It
// takes the first layout that fits the terminal's width (env.Width; the
// widest when that is unknown).
func writeStatusTable(env *ui.Env, rep *StatusReport) {
	var lines []string
	for _, l := range statusLayouts {
		var width int
		lines, width = statusTable(env, rep, l.bar, l.drop)
		if env.Width <= 0 || width <= env.Width {
			break
		}
	}
	for _, line := range lines {
		fmt.Fprintln(env.Out, line)
	}
}

// statusTable lays the table out with bars barCells wide (none when 0)
// and without the columns in drop, and says how wide it is.
func statusTable(env *ui.Env, rep *StatusReport, barCells int, drop []int) ([]string, int) {
	pr := env.Printer()
	head := make([]string, numCols)
	head[colName], head[colDone] = env.T("StatusColumnLocale", nil), env.T("StatusColumnDone", nil)
	for i, s := range catalog.States {
		head[colUntranslated+i] = env.T(stateColumns[s], nil)
	}
	head[colWords] = env.T("StatusColumnWords", nil)
	rows := [][]string{head}
	pal := env.Palette()
	var paints []func(string) string // per row: how its bar is painted
	row := func(name string, pct float64, seg, words Counts) {
		f := make([]string, numCols)
		f[colName], f[colPercent] = name, env.Percent(pct, 1)
		if barCells > 0 {
			f[colPercent] = bar(pct, barCells) + " " + f[colPercent]
		}
		f[colDone] = pr.Sprintf("%d/%d", seg.Done(), seg.Total)
		paint := pal.Todo
		if pct >= 100 {
			paint = pal.Done
		}
		paints = append(paints, paint)
		for i, n := range seg.byState() {
			f[colUntranslated+i] = pr.Sprint(n)
		}
		f[colWords] = pr.Sprintf("%d/%d", words.Done(), words.Total)
		rows = append(rows, f)
	}
	for _, l := range rep.Locales {
		row(l.Locale, l.Percent, l.Segments, l.Words)
		for _, d := range l.Documents {
			row("  "+d.Document, d.Percent, d.Segments, d.Words)
		}
	}
	var cols []int
	for c := range numCols {
		if !slices.Contains(drop, c) {
			cols = append(cols, c)
		}
	}
	width := make([]int, numCols)
	for _, r := range rows {
		for _, c := range cols {
			width[c] = max(width[c], utf8.RuneCountInString(r[c]))
		}
	}
	var lines []string
	var b strings.Builder
	for ri, r := range rows {
		b.Reset()
		for k, c := range cols {
			cell := r[c]
			pad := strings.Repeat(" ", width[c]-utf8.RuneCountInString(cell))
			last := k == len(cols)-1
			if k > 0 {
				b.WriteString("  ")
			}
			switch {
			case c == colPercent && ri > 0 && barCells > 0 && pal.On():
				bar, rest, _ := strings.Cut(cell, " ")
				b.WriteString(paints[ri-1](bar) + " " + rest)
				if !last {
					b.WriteString(pad)
				}
			case c <= colPercent:
				b.WriteString(cell)
				if !last {
					b.WriteString(pad)
				}
			default:
				b.WriteString(pad + cell)
			}
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	total := 2 * (len(cols) - 1)
	for _, c := range cols {
		total += width[c]
	}
	return lines, total
}
