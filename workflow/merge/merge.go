package merge

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
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
	// Take settles conflicts: "file" takes the file's version, "catalog"
	// keeps the catalog's, "" keeps each conflict open in its segment.
	// Segments, when given, limit it to those segment IDs.
	Take     string
	Segments []string
	// Who and Now are recorded with the targets the merge changes when
	// the file names no translator of its own (catalog.Segment.ChangedBy,
	// ChangedAt).
	Who, Now string
	// Read reads the target catalog of document doc in locale; it is
	// called at most once per catalog.
	Read func(locale, doc string) (*catalog.Catalog, error)
	// Formats are the formats the files were read in (Exchange.Format
	// names one): what their files can say.
	Formats interchange.Registry
}

// Counts is what a merge did with the units of one file.
type Counts struct {
	Units     int
	Applied   int // target or state written to the catalog
	Unchanged int // the catalog already says the same, or the unit holds no translation
	Outdated  int // translations of a source that changed since the export, kept as outdated
	Conflicts int // conflicts found (settled by Take or kept open)
	Open      int // conflicts kept open in their segments
	Unknown   int // unknown locale, document or segment
}

// Event is one thing the merge reports about a unit.
type Event struct {
	Kind      string // conflict, outdated, downgrade, unknown, info
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
	// Taken says how a conflict was settled: "file", "catalog", or ""
	// when it was kept open.
	Taken string
	// First is the line of the unit's first occurrence in the file, for
	// a segment the file holds twice.
	First int
}

// Result is the outcome of merging several files into the catalogs.
type Result struct {
	Files  []string
	Counts []Counts
	Events []Event
	// Catalogs are the catalogs the merge changed, with their new content.
	Catalogs []*catalog.Catalog
	// Read are all the catalogs the merge read, changed or not: where the
	// conflicts it found are kept.
	Read []*catalog.Catalog
}

// Conflicts counts the conflicts of every file.
func (r *Result) Conflicts() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Conflicts
	}
	return n
}

// Open counts the conflicts the merge kept open.
func (r *Result) Open() int {
	n := 0
	for _, c := range r.Counts {
		n += c.Open
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
		m.res.Read = append(m.res.Read, t.cat)
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
	format, _ := m.opts.Formats.Lookup(ex.Format)
	if format.SourceFile != nil && locale.Same(tag, m.opts.SourceLocale) {
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
	// The unit each segment first got from this file: a file that holds
	// a segment twice, with different translations, contradicts itself.
	first := map[hit]*catalog.Unit{}
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
			s := &h.t.cat.Segments[h.i]
			if f, ok := first[h]; ok {
				m.again(c, h.t, s, f, u, base)
				continue
			}
			first[h] = u
			m.unit(c, h.t, s, u, format, base)
		}
	}
	return nil
}

// fileVersion is what unit u says of segment s: its target, none when
// it is the source copied over (as CAT tools leave segments nobody
// translated), and its state, a target without one being translated and
// one marked untranslated a draft.
func fileVersion(s *catalog.Segment, u *catalog.Unit) (target string, st catalog.State) {
	target, st = u.Target, u.State
	if target != "" && catalog.SameNormal(target, s.Source) {
		return "", catalog.Untranslated
	}
	if !u.StateSet {
		st = catalog.Untranslated
		if target != "" {
			st = catalog.Translated
		}
	}
	if target != "" && st == catalog.Untranslated {
		st = catalog.Outdated
	}
	return target, st
}

// again handles unit u, which brings segment s a second time in one file
// after f: the same translation (or none) is no news; another is a
// conflict, kept open in the segment whatever --take says, since the file
// does not say which of its two versions it means.
func (m *merger) again(c *Counts, t *target, s *catalog.Segment, f, u *catalog.Unit, ev Event) {
	ft, _ := fileVersion(s, f)
	ut, ust := fileVersion(s, u)
	// The same text in another state is no contradiction worth a
	// conflict: the first unit's state stands.
	sameText := ut == "" || ut == ft
	if sameText && (u.Note == "" || u.Note == f.Note) {
		c.Unchanged++
		return
	}
	ev.Kind, ev.Reason, ev.First = "conflict", "MergeConflictTwice", f.Line
	ev.Catalog, ev.FileText, ev.State, ev.FileState = s.Target, ut, s.State, ust
	if sameText {
		ev.Catalog, ev.FileText = s.Note, u.Note
	}
	m.event(ev)
	c.Conflicts++
	c.Open++
	other := catalog.Conflict{Target: s.Target, State: s.State, Note: s.Note, From: where(ev)}
	if !sameText {
		other.Target, other.State = ut, ust
		other.ChangedBy, other.ChangedAt = m.who(s, u)
	}
	if u.Note != "" {
		other.Note = u.Note
	}
	if addConflict(s, other) {
		t.changed = true
	}
}

// unit merges one unit into segment s of t's catalog: it decides what
// becomes of the target and state (three-way when the file records its
// base, else two-way) and of the note, applies what it can, and keeps a
// conflict open in the segment, so that the rest of the file still goes
// in.
func (m *merger) unit(c *Counts, t *target, s *catalog.Segment, u *catalog.Unit, format interchange.Format, ev Event) {
	target, fst := fileVersion(s, u)
	if target != u.Target {
		// The source copied into the target: never a translation. A note
		// may still be news.
		cu := *u
		cu.Target, cu.StateSet = "", false
		u = &cu
	}
	var d decision
	if u.Target != "" { // a merge never clears a translation
		sameSource, known := unitSource(u, s.Source, format)
		if !known {
			ev.Kind, ev.Reason = "unknown", "MergeNoSource"
			m.event(ev)
			c.Unknown++
			return
		}
		if u.Base.Known() {
			d = threeWay(s, u, fst, sameSource, format)
		} else {
			d = twoWay(s, u, fst, sameSource)
		}
	}
	n := noteDecision(s, u)

	open := d.what == conflict || n.what == conflict
	// The version of the segment the file wants where the two conflict:
	// its target, state and note as they would be if the file's side were
	// taken. An open conflict keeps it with the segment until somebody
	// decides.
	var other catalog.Conflict
	taken := ""
	if open {
		taken = m.take(s.ID)
		ev.Kind, ev.Taken = "conflict", taken
		ev.Reason, ev.Catalog, ev.FileText, ev.State, ev.FileState = d.reason, s.Target, u.Target, s.State, d.state
		if d.what != conflict {
			ev.Reason, ev.Catalog, ev.FileText, ev.FileState = n.reason, s.Note, u.Note, s.State
		}
		m.event(ev)
		c.Conflicts++
		other = catalog.Conflict{Target: s.Target, State: s.State, Note: s.Note, From: where(ev)}
		if d.what == conflict {
			other.Target, other.State = d.target, d.state
			other.ChangedBy, other.ChangedAt = m.who(s, u)
		}
		if n.what == conflict {
			other.Note = u.Note
		}
		switch taken {
		case "file":
			d.what, n.what = settle(d.what, apply), settle(n.what, apply)
		case "catalog":
			d.what, n.what = settle(d.what, keep), settle(n.what, keep)
		}
	}
	changed := false
	if d.what == apply {
		from := s.State
		m.applyTarget(s, u, d)
		changed = true
		if s.State < from && !d.outdated {
			// The file's state rules, but never silently.
			m.event(Event{Kind: "downgrade", Reason: "MergeDowngraded", File: ev.File, Line: ev.Line, Locale: ev.Locale,
				Document: ev.Document, ID: ev.ID, State: from, FileState: s.State})
		}
	}
	if n.what == apply {
		s.Note = u.Note
		changed = true
	}
	switch {
	case open && taken == "":
		if n.what != conflict {
			other.Note = s.Note // the file's note went in
		}
		if addConflict(s, other) {
			changed = true
		}
		c.Open++
	case open && taken == "catalog":
		// The same conflict kept open by an earlier merge is settled too.
		if dropConflict(s, other) {
			changed = true
		}
	case changed && len(s.Conflicts) > 0:
		dropSettled(s)
	}
	if changed {
		t.changed = true
	}
	switch {
	case d.what == apply && d.outdated:
		ev.Kind, ev.Reason = "outdated", "MergeKeptOutdated"
		m.event(ev)
		c.Outdated++
	case d.what == apply || n.what == apply:
		c.Applied++
	case !open:
		c.Unchanged++
	}
}

// applyTarget writes the decided target and state into s, with who
// changed them and when.
func (m *merger) applyTarget(s *catalog.Segment, u *catalog.Unit, d decision) {
	if s.Target != d.target || s.State != d.state {
		s.ChangedBy, s.ChangedAt = m.who(s, u)
	}
	s.Target, s.State = d.target, d.state
	if d.outdated {
		if u.Source != "" {
			s.PreviousSource = u.Source
			s.SourceHash = catalog.Hash(u.Source)
		}
		return
	}
	s.SourceHash = catalog.Hash(s.Source)
	if s.State == catalog.Outdated {
		if s.PreviousSource == "" && u.PreviousSource != "" && !catalog.SameNormal(u.PreviousSource, s.Source) {
			s.PreviousSource = u.PreviousSource
		}
	} else {
		s.PreviousSource = ""
	}
}

// who is the translator and time a change from u is recorded with: those
// the file names, when they are newer than what the catalog records of s
// (a tool that leaves the exported changeid as it was names nobody new),
// else the person running the merge, now.
func (m *merger) who(s *catalog.Segment, u *catalog.Unit) (by, at string) {
	if u.ChangedBy != "" && (u.ChangedAt == "" || catalog.Later(u.ChangedAt, s.ChangedAt)) {
		at = u.ChangedAt
		if at == "" {
			at = m.opts.Now
		}
		return u.ChangedBy, at
	}
	return m.opts.Who, m.opts.Now
}

// take says how the options settle a conflict in segment id: "file",
// "catalog", or "" to keep it open.
func (m *merger) take(id string) string {
	if len(m.opts.Segments) > 0 && !slices.Contains(m.opts.Segments, id) {
		return ""
	}
	return m.opts.Take
}

func where(ev Event) string {
	if ev.Line > 0 {
		return fmt.Sprintf("%s:%d", ev.File, ev.Line)
	}
	return ev.File
}

// unitSource reports whether the unit was translated from source, and
// whether the file says at all: by hash when it carries one (the format's,
// go-i18n's for go-i18n files), else by the normalised text.
func unitSource(u *catalog.Unit, source string, format interchange.Format) (same, known bool) {
	switch {
	case u.SourceHash != "" && format.SourceHash != nil:
		return format.SourceHash(source) == u.SourceHash, true
	case u.SourceHash != "":
		return catalog.Hash(source) == u.SourceHash, true
	case u.Source == source:
		return true, true
	case u.Source != "":
		return catalog.SameNormal(u.Source, source), true
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
