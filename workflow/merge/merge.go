package merge

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/goi18nfile"
)

// Options are what a merge knows of the project and how it treats
// conflicts.
type Options struct {
	SourceLocale  string
	TargetLocales []string
	Documents     []string // the project's documents, in order
	// Locale is the target locale of files that do not name theirs (a CSV
	// without a locale column, a PO file without a Language header).
	Locale string
	// Force takes the file's version where it conflicts with the catalog.
	Force bool
	// Read reads the target catalog of document doc in locale; it is
	// called at most once per catalog.
	Read func(locale, doc string) (*catalog.Catalog, error)
}

// Counts is what a merge did with the units of one file.
type Counts struct {
	Units     int
	Applied   int // target or state written to the catalog
	Unchanged int // the catalog already says the same, or the unit holds no translation
	Outdated  int // translations of a source that changed since the export, kept as outdated
	Conflicts int
	Unknown   int // unknown locale, document or segment
}

// Event is one thing the merge reports about a unit.
type Event struct {
	Kind      string // conflict, outdated, unknown, info
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

// Result is the outcome of merging several files into the catalogs.
type Result struct {
	Files  []string
	Counts []Counts
	Events []Event
	// Catalogs are the catalogs the merge changed, with their new content.
	Catalogs []*catalog.Catalog
}

// Conflicts counts the conflicts of every file.
func (r *Result) Conflicts() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Conflicts
	}
	return n
}

// target is a catalog being merged into.
type target struct {
	cat      *catalog.Catalog
	index    map[string]int
	obsolete map[string]bool
	changed  bool
}

type merger struct {
	opts    Options
	targets map[string]*target // by locale/document
	order   []*target
	res     *Result
	docs    map[string]bool // the project's documents
	// last is the catalog the previous unit went to: files list a
	// document's units together, so most lookups end here.
	last             *target
	lastLoc, lastDoc string
}

// Run merges the units of the exchanges, in order, into the catalogs in
// memory, and returns what it did; nothing is written.
func Run(ctx context.Context, exchanges []*catalog.Exchange, opts Options) (*Result, error) {
	m := &merger{opts: opts, targets: map[string]*target{}, res: &Result{}, docs: map[string]bool{}}
	for _, d := range opts.Documents {
		m.docs[d] = true
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

func (m *merger) event(e Event) { m.res.Events = append(m.res.Events, e) }

func (m *merger) exchange(ex *catalog.Exchange) error {
	m.res.Files = append(m.res.Files, ex.Path)
	m.res.Counts = append(m.res.Counts, Counts{Units: len(ex.Units)})
	c := &m.res.Counts[len(m.res.Counts)-1]
	if ex.SourceLocale != "" && !locale.Same(ex.SourceLocale, m.opts.SourceLocale) {
		m.event(Event{Kind: "unknown", Reason: "MergeWrongSourceLocale", File: ex.Path, Locale: ex.SourceLocale})
		c.Unknown = len(ex.Units)
		return nil
	}
	tag := ex.TargetLocale
	if tag == "" {
		tag = m.opts.Locale
	}
	if tag == "" {
		return fmt.Errorf("%s: the file does not say which locale it translates into; pass --locale (%s)", ex.Path, strings.Join(m.opts.TargetLocales, ", "))
	}
	if ex.Format == "goi18n" && locale.Same(tag, m.opts.SourceLocale) {
		// active.en.toml of a goi18n export: the source messages.
		m.event(Event{Kind: "info", Reason: "MergeSourceMessages", File: ex.Path, Locale: tag})
		c.Unchanged = len(ex.Units)
		return nil
	}
	// A PO editor's ru_RU is the project's ru.
	loc, ok := locale.Match(tag, m.opts.TargetLocales)
	if !ok {
		m.event(Event{Kind: "unknown", Reason: "MergeUnknownLocale", File: ex.Path, Locale: tag})
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
		base := Event{File: ex.Path, Line: u.Line, Locale: loc, Document: u.Document, ID: u.ID}
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
			for _, d := range m.opts.Documents {
				t, err := m.target(loc, d)
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
func (m *merger) unit(c *Counts, t *target, s *catalog.Segment, u *catalog.Unit, format string, ev Event) {
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
func (m *merger) note(c *Counts, s *catalog.Segment, u *catalog.Unit, ev Event) (changed, conflict bool) {
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
	c, err := m.opts.Read(locale, doc)
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

// SourceMessages reports whether path names a go-i18n message file of the
// source locale (active.en.toml): the source messages of a goi18n export,
// which terjime wrote for goi18n and a merge has nothing to take from.
func SourceMessages(path, sourceLocale string) bool {
	base := filepath.Base(path)
	return strings.HasSuffix(base, ".toml") && locale.Same(goi18nfile.FileLocale(base), sourceLocale)
}
