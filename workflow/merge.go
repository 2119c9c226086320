package workflow

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/language"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/csvfile"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/po"
	"github.com/terjime/terjime/workflow/tmx"
	"github.com/terjime/terjime/workflow/ui"
	"github.com/terjime/terjime/workflow/xliff"
)

// MaxMergeFileSize bounds the files merge reads: an export of 100,000
// segments is about 40 MB in the most verbose format, and a file of several
// hundred megabytes is a mistake, not a translation.
const MaxMergeFileSize = 256 << 20

// MergeOptions are the options of terjime merge.
type MergeOptions struct {
	Files  []string
	DryRun bool
	// Force takes the file's version where it conflicts with the catalog.
	Force bool
	// Locale is the target locale of files that do not name theirs (a CSV
	// without a locale column, a PO file without a Language header).
	Locale string
}

// MergeCounts is what a merge did with the units of one file.
type MergeCounts struct {
	Units     int
	Applied   int // target or state written to the catalog
	Unchanged int // the catalog already says the same, or the unit holds no translation
	Outdated  int // translations of a source that changed since the export, kept as outdated
	Conflicts int
	Unknown   int // unknown locale, document or segment
}

// MergeEvent is one thing the merge reports about a unit.
type MergeEvent struct {
	Kind      string // conflict, outdated, unknown
	Reason    string // the message ID that explains it
	File      string
	Line      int
	Locale    string
	Document  string
	ID        string
	Catalog   string // the catalog's text (conflicts)
	FileText  string // the file's text (conflicts)
	State     catalog.State
	FileState catalog.State
}

// MergeResult is the outcome of merging several files into the catalogs.
type MergeResult struct {
	Files  []string
	Counts []MergeCounts
	Events []MergeEvent
	// Catalogs are the catalogs the merge changed, with their new content.
	Catalogs []*catalog.Catalog
}

// Conflicts counts the conflicts of every file.
func (r *MergeResult) Conflicts() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Conflicts
	}
	return n
}

// Merge reads translations back from interchange files into the catalogs.
// Every file is read and every unit matched before anything is written;
// the changed catalogs are then written together (disk.Plan), or not at all
// when a file is malformed or a conflict stands without --force.
func Merge(ctx context.Context, env *ui.Env, p *Project, opts MergeOptions) error {
	if len(opts.Files) == 0 {
		return fmt.Errorf("name the files to merge: terjime merge FILE…")
	}
	if opts.Locale != "" {
		if _, err := p.selectTargetLocales([]string{opts.Locale}); err != nil {
			return err
		}
	}
	var exchanges []*catalog.Exchange
	for _, f := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if isSourceMessages(f, p.SourceLocale) {
			// active.en.toml of a goi18n export: the source messages, which
			// terjime wrote for goi18n and has nothing to take from.
			if _, err := os.Stat(f); err != nil {
				return err
			}
			exchanges = append(exchanges, &catalog.Exchange{Format: "goi18n", Path: f, TargetLocale: p.SourceLocale})
			continue
		}
		xs, err := ReadExchange(f)
		if err != nil {
			return err
		}
		exchanges = append(exchanges, xs...)
	}
	res, err := MergeExchanges(ctx, p, exchanges, opts)
	if err != nil {
		return err
	}
	report(env, p, res, opts.Force)

	if n := res.Conflicts(); n > 0 && !opts.Force {
		return Findings(env.T("MergeConflictsFound", map[string]any{"Count": n}))
	}
	var plan disk.Plan
	if opts.DryRun {
		for _, c := range res.Catalogs {
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
	for _, c := range res.Catalogs {
		buf.Reset()
		c.MarshalInto(&buf)
		if err := plan.Stage(c.Path, buf.Bytes()); err != nil {
			plan.Discard()
			return err
		}
	}
	changed, err := plan.Apply()
	if err != nil {
		return err
	}
	for _, c := range changed {
		env.Info("MergeWrote", map[string]any{"Path": p.Rel(c)})
	}
	if len(changed) == 0 {
		env.Info("MergeNothing", nil)
	}
	return nil
}

// isSourceMessages reports whether path names a go-i18n message file of the
// source locale (active.en.toml).
func isSourceMessages(path, sourceLocale string) bool {
	base := filepath.Base(path)
	return strings.HasSuffix(base, ".toml") && sameLocale(goi18nfile.FileLocale(base), sourceLocale)
}

// report prints the merge's events and, per file, its counts.
func report(env *ui.Env, p *Project, res *MergeResult, force bool) {
	for _, e := range res.Events {
		data := map[string]any{
			"File": e.File, "Line": e.Line, "Locale": e.Locale, "Document": e.Document, "ID": e.ID,
			"State": e.State.String(), "FileState": e.FileState.String(),
			"Locales": strings.Join(p.TargetLocales, ", "), "Documents": p.documentNames(),
			"Source": p.SourceLocale,
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
			if force {
				fmt.Fprintln(env.Err, indent(env.T("MergeForced", nil)))
			}
		case "unknown":
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
// content. A TMX file gives one exchange per target language.
func ReadExchange(path string) ([]*catalog.Exchange, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxMergeFileSize {
		return nil, fmt.Errorf("%s: %d MB is more than the %d MB terjime merges at once; split the export by document (--document)", path, fi.Size()>>20, MaxMergeFileSize>>20)
	}
	data, err := catalog.ReadAll(f, MaxMergeFileSize+1)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > MaxMergeFileSize {
		return nil, fmt.Errorf("%s: more than the %d MB terjime merges at once; split the export by document (--document)", path, MaxMergeFileSize>>20)
	}
	format, err := DetectFormat(path, data)
	if err != nil {
		return nil, err
	}
	return ParseExchange(path, format, data)
}

// ParseExchange reads data in the given format (as DetectFormat names it).
// It takes data over: the XML readers rewrite it in place.
func ParseExchange(path, format string, data []byte) ([]*catalog.Exchange, error) {
	var ex *catalog.Exchange
	var err error
	switch format {
	case "xliff":
		ex, err = xliff.Parse(path, data)
	case "po":
		ex, err = po.Parse(path, data)
	case "goi18n":
		ex, err = goi18nfile.Parse(path, data)
	case "csv":
		ex, err = csvfile.Parse(path, data)
	case "tmx":
		return readTMXExchanges(path, data)
	default:
		return nil, fmt.Errorf("%s: unknown format %q", path, format)
	}
	if err != nil {
		return nil, err
	}
	return []*catalog.Exchange{ex}, nil
}

// readTMXExchanges groups a TMX file's pairs by language pair.
func readTMXExchanges(path string, data []byte) ([]*catalog.Exchange, error) {
	var out []*catalog.Exchange
	byPair := map[string]*catalog.Exchange{}
	// Scanning, not tmx.Read: the pairs go straight into the exchanges,
	// and a malformed file still returns an error and no exchange.
	err := tmx.ScanBytes(path, data, func(t tmx.TU) error {
		key := t.SourceLocale + "\x00" + t.TargetLocale
		ex := byPair[key]
		if ex == nil {
			ex = &catalog.Exchange{Format: "tmx", Path: path, SourceLocale: t.SourceLocale, TargetLocale: t.TargetLocale}
			byPair[key] = ex
			out = append(out, ex)
		}
		u := catalog.Unit{Document: t.Document, ID: t.ID, Source: t.Source, Target: t.Target, Line: t.Line}
		if t.State != "" {
			st, err := catalog.ParseState(t.State)
			if err != nil {
				return catalog.Errorf(path, t.Line, "x-terjime-state: %v", err)
			}
			u.State, u.StateSet = st, true
		}
		ex.Units = append(ex.Units, u)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

var tomlKeyRE = regexp.MustCompile(`^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=`)

// DetectFormat tells an interchange file's format from its content:
// XML (XLIFF or TMX, by the root element), PO (a msgid or msgctxt line
// before anything else), go-i18n TOML (a table header or key), CSV (a
// header row). The extension decides only for a file of comments alone.
func DetectFormat(path string, data []byte) (string, error) {
	head := data[:min(len(data), 64<<10)]
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		return "", fmt.Errorf("%s: the file is empty", path)
	}
	if trimmed[0] == '<' {
		for _, tag := range []struct{ elem, format string }{{"<xliff", "xliff"}, {"<tmx", "tmx"}} {
			if bytes.Contains(trimmed, []byte(tag.elem)) {
				return tag.format, nil
			}
		}
		return "", fmt.Errorf("%s: an XML file, but neither XLIFF nor TMX", path)
	}
	for _, line := range bytes.Split(trimmed, []byte("\n")) {
		l := bytes.TrimSpace(line)
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		switch {
		case bytes.HasPrefix(l, []byte("msgid")) || bytes.HasPrefix(l, []byte("msgctxt")):
			return "po", nil
		case l[0] == '[' || tomlKeyRE.Match(l):
			return "goi18n", nil
		case bytes.ContainsAny(l, ",;\t"):
			return "csv", nil
		}
		break
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".po", ".pot":
		return "po", nil
	case ".toml":
		return "goi18n", nil
	case ".csv":
		return "csv", nil
	}
	return "", fmt.Errorf("%s: cannot tell the format: not XLIFF, TMX, PO, go-i18n TOML or CSV", path)
}

// target is a catalog being merged into.
type target struct {
	cat      *catalog.Catalog
	index    map[string]int
	obsolete map[string]bool
	changed  bool
}

type merger struct {
	p       *Project
	opts    MergeOptions
	targets map[string]*target // by locale/document
	order   []*target
	res     *MergeResult
	docs    map[string]bool // the project's documents
	// last is the catalog the previous unit went to: files list a
	// document's units together, so most lookups end here.
	last             *target
	lastLoc, lastDoc string
}

// MergeExchanges merges the units of the exchanges, in order, into the
// project's catalogs in memory, and returns what it did; nothing is
// written.
func MergeExchanges(ctx context.Context, p *Project, exchanges []*catalog.Exchange, opts MergeOptions) (*MergeResult, error) {
	m := &merger{p: p, opts: opts, targets: map[string]*target{}, res: &MergeResult{}, docs: map[string]bool{}}
	for _, d := range p.Documents {
		m.docs[d.Name] = true
	}
	for _, ex := range exchanges {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := m.exchange(ex); err != nil {
			return nil, err
		}
	}
	for _, t := range m.order {
		if t.changed {
			m.res.Catalogs = append(m.res.Catalogs, t.cat)
		}
	}
	return m.res, nil
}

func (m *merger) event(e MergeEvent) { m.res.Events = append(m.res.Events, e) }

func (m *merger) exchange(ex *catalog.Exchange) error {
	m.res.Files = append(m.res.Files, ex.Path)
	m.res.Counts = append(m.res.Counts, MergeCounts{Units: len(ex.Units)})
	c := &m.res.Counts[len(m.res.Counts)-1]
	if ex.SourceLocale != "" && !sameLocale(ex.SourceLocale, m.p.SourceLocale) {
		m.event(MergeEvent{Kind: "unknown", Reason: "MergeWrongSourceLocale", File: ex.Path, Locale: ex.SourceLocale})
		c.Unknown = len(ex.Units)
		return nil
	}
	locale := ex.TargetLocale
	if locale == "" {
		locale = m.opts.Locale
	}
	if locale == "" {
		return fmt.Errorf("%s: the file does not say which locale it translates into; pass --locale (%s)", ex.Path, strings.Join(m.p.TargetLocales, ", "))
	}
	if ex.Format == "goi18n" && sameLocale(locale, m.p.SourceLocale) {
		// active.en.toml of a goi18n export: the source messages.
		m.event(MergeEvent{Kind: "info", Reason: "MergeSourceMessages", File: ex.Path, Locale: locale})
		c.Unchanged = len(ex.Units)
		return nil
	}
	loc, ok := m.projectLocale(locale)
	if !ok {
		m.event(MergeEvent{Kind: "unknown", Reason: "MergeUnknownLocale", File: ex.Path, Locale: locale})
		c.Unknown = len(ex.Units)
		return nil
	}
	if m.opts.Locale != "" && ex.TargetLocale != "" && loc != m.opts.Locale {
		return fmt.Errorf("%s: the file is for %s, not %s (--locale)", ex.Path, loc, m.opts.Locale)
	}
	// The segments a unit goes to, each found once: its catalog and its
	// index there.
	type hit struct {
		t *target
		i int
	}
	var hits []hit
	for i := range ex.Units {
		u := &ex.Units[i]
		base := MergeEvent{File: ex.Path, Line: u.Line, Locale: loc, Document: u.Document, ID: u.ID}
		if u.ID == "" {
			base.Kind, base.Reason = "unknown", "MergeNoID"
			m.event(base)
			c.Unknown++
			continue
		}
		hits = hits[:0]
		if u.Document != "" {
			if !m.docs[u.Document] {
				base.Kind, base.Reason = "unknown", "MergeUnknownDocument"
				m.event(base)
				c.Unknown++
				continue
			}
			t, err := m.target(loc, u.Document)
			if err != nil {
				return err
			}
			if si, ok := t.index[u.ID]; ok {
				hits = append(hits, hit{t, si})
			} else if t.obsolete[u.ID] {
				base.Kind, base.Reason = "unknown", "MergeRemovedSegment"
				m.event(base)
				c.Unknown++
				continue
			}
		} else {
			// No document in the file: every document holding the ID
			// (the same ID is the same sentence).
			for _, d := range m.p.Documents {
				t, err := m.target(loc, d.Name)
				if err != nil {
					return err
				}
				if si, ok := t.index[u.ID]; ok {
					hits = append(hits, hit{t, si})
				}
			}
		}
		if len(hits) == 0 {
			base.Kind, base.Reason = "unknown", "MergeUnknownSegment"
			if u.Document == "" {
				base.Reason = "MergeUnknownSegmentAnyDoc"
			}
			m.event(base)
			c.Unknown++
			continue
		}
		for _, h := range hits {
			base.Document = h.t.cat.Document
			m.unit(c, h.t, &h.t.cat.Segments[h.i], u, ex.Format, base)
		}
	}
	return nil
}

// unit merges one unit into segment s of t's catalog.
func (m *merger) unit(c *MergeCounts, t *target, s *catalog.Segment, u *catalog.Unit, format string, ev MergeEvent) {
	fst := u.State
	if !u.StateSet {
		fst = catalog.Untranslated
		if u.Target != "" {
			fst = catalog.Translated
		}
	}
	if u.Target == "" {
		// Nothing translated (a merge never clears a translation); a note
		// may still be news.
		switch changed, conflict := m.note(c, s, u, ev); {
		case changed:
			t.changed = true
			c.Applied++
		case !conflict:
			c.Unchanged++
		}
		return
	}
	if fst == catalog.Untranslated {
		fst = catalog.Outdated // a target without a state is a draft
	}
	conflict := func(reason string) {
		ev.Kind, ev.Reason = "conflict", reason
		ev.Catalog, ev.FileText, ev.State, ev.FileState = s.Target, u.Target, s.State, fst
		m.event(ev)
		c.Conflicts++
	}
	sameSource, known := unitSource(u, s.Source, format)
	if !known {
		ev.Kind, ev.Reason = "unknown", "MergeNoSource"
		m.event(ev)
		c.Unknown++
		return
	}
	if !sameSource {
		switch {
		case u.Target == s.Target:
			c.Unchanged++
			return
		case s.Target != "" && !(s.State == catalog.Outdated && u.Source != "" && catalog.Normalize(u.Source) == catalog.Normalize(s.PreviousSource)):
			// The catalog holds another translation; the file's was made
			// for a source that no longer stands.
			conflict("MergeConflictStale")
			if !m.opts.Force {
				return
			}
		}
		s.Target, s.State = u.Target, catalog.Outdated
		if u.Source != "" {
			s.PreviousSource = u.Source
			s.SourceHash = catalog.Hash(u.Source)
		}
		m.note(c, s, u, ev)
		t.changed = true
		ev.Kind, ev.Reason = "outdated", "MergeKeptOutdated"
		m.event(ev)
		c.Outdated++
		return
	}

	changed := false
	switch {
	case u.Target == s.Target && fst == s.State:
	case u.Target == s.Target && fst > s.State:
		s.State = fst
		changed = true
	case u.Target == s.Target && fst.Done():
		// A lower done state with the same text: PO, CSV and goi18n cannot
		// say reviewed or final, so this is no news.
	case u.Target == s.Target && s.State >= catalog.Reviewed:
		conflict("MergeConflictDowngrade")
		if !m.opts.Force {
			return
		}
		s.State = fst
		changed = true
	case u.Target == s.Target:
		s.State = fst // a translator flagged a translated segment as needing work
		changed = true
	case s.Target == "" || s.State == catalog.Outdated || s.State == catalog.Untranslated:
		s.Target, s.State = u.Target, fst
		changed = true
	default:
		conflict("MergeConflictTarget")
		if !m.opts.Force {
			return
		}
		s.Target, s.State = u.Target, fst
		changed = true
	}
	if changed {
		s.SourceHash = catalog.Hash(s.Source)
		if s.State == catalog.Outdated {
			if s.PreviousSource == "" && u.PreviousSource != "" && catalog.Normalize(u.PreviousSource) != catalog.Normalize(s.Source) {
				s.PreviousSource = u.PreviousSource
			}
		} else {
			s.PreviousSource = ""
		}
	}
	noteChanged, noteConflict := m.note(c, s, u, ev)
	switch {
	case changed || noteChanged:
		t.changed = true
		c.Applied++
	case !noteConflict:
		c.Unchanged++
	}
}

// note merges the unit's note: a file may add a note or add to one, never
// remove or replace one without --force. It reports whether it changed the
// segment and whether the notes conflict.
func (m *merger) note(c *MergeCounts, s *catalog.Segment, u *catalog.Unit, ev MergeEvent) (changed, conflict bool) {
	switch {
	case u.Note == "" || u.Note == s.Note:
		return false, false
	case s.Note == "" || strings.Contains(u.Note, s.Note):
		s.Note = u.Note
		return true, false
	}
	ev.Kind, ev.Reason = "conflict", "MergeConflictNote"
	ev.Catalog, ev.FileText, ev.State, ev.FileState = s.Note, u.Note, s.State, s.State
	m.event(ev)
	c.Conflicts++
	if m.opts.Force {
		s.Note = u.Note
		return true, true
	}
	return false, true
}

// unitSource reports whether the unit was translated from source, and
// whether the file says at all: by hash when it carries one (goi18n's for
// go-i18n files), else by the normalised text.
func unitSource(u *catalog.Unit, source, format string) (same, known bool) {
	switch {
	case u.SourceHash != "" && strings.HasPrefix(u.SourceHash, "sha1-"):
		return goi18nfile.Hash(source) == u.SourceHash, true
	case u.SourceHash != "" && format != "goi18n":
		return catalog.Hash(source) == u.SourceHash, true
	case u.Source == source:
		return true, true
	case u.Source != "":
		return catalog.Normalize(u.Source) == catalog.Normalize(source), true
	}
	return false, false
}

// target returns the catalog of doc in locale, read on first use.
func (m *merger) target(locale, doc string) (*target, error) {
	if m.last != nil && m.lastLoc == locale && m.lastDoc == doc {
		return m.last, nil
	}
	t, err := m.load(locale, doc)
	if err == nil {
		m.last, m.lastLoc, m.lastDoc = t, locale, doc
	}
	return t, err
}

func (m *merger) load(locale, doc string) (*target, error) {
	key := locale + "/" + doc
	if t, ok := m.targets[key]; ok {
		return t, nil
	}
	c, err := m.p.readCatalog(m.p.CatalogPath(locale, doc))
	if err != nil {
		return nil, err
	}
	t := &target{cat: c, index: c.Index(), obsolete: map[string]bool{}}
	for _, o := range c.Obsolete {
		t.obsolete[o.ID] = true
	}
	m.targets[key] = t
	m.order = append(m.order, t)
	return t, nil
}

// projectLocale finds the project's target locale a file's locale names:
// the same tag, or the same language when the file adds a region the
// project leaves out (a PO editor's ru_RU for the project's ru).
func (m *merger) projectLocale(loc string) (string, bool) {
	for _, l := range m.p.TargetLocales {
		if sameLocale(l, loc) {
			return l, true
		}
	}
	ft, err := language.Parse(strings.ReplaceAll(loc, "_", "-"))
	if err != nil {
		return "", false
	}
	fb, _ := ft.Base()
	var match []string
	for _, l := range m.p.TargetLocales {
		pt, err := language.Parse(l)
		if err != nil {
			continue
		}
		pb, _ := pt.Base()
		if _, conf := pt.Region(); pb == fb && conf != language.Exact {
			match = append(match, l)
		}
	}
	if len(match) == 1 {
		return match[0], true
	}
	return "", false
}

func sameLocale(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	ta, err1 := language.Parse(strings.ReplaceAll(a, "_", "-"))
	tb, err2 := language.Parse(strings.ReplaceAll(b, "_", "-"))
	return err1 == nil && err2 == nil && ta == tb
}
