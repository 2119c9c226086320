package merge

import (
	"slices"

	"github.com/terjime/terjime/workflow/catalog"
)

// Catalogs merges two versions of a target catalog that grew apart from a
// common base — two translators' branches — segment by segment: what one
// side changed and the other did not is taken, the same change on both
// sides stands, and where both changed a segment's translation (or note)
// differently the result keeps ours and stores theirs with the segment as
// an open conflict, labelled from. A segment one side removed and the
// other changed is kept; where it lives (segments or obsolete entries)
// follows the side that moved it. No target either side wrote is lost.
// It returns the merged catalog and the number of segments left with a
// new conflict. base may be nil (a catalog both sides added).
func Catalogs(base, ours, theirs *catalog.Catalog, from string) (*catalog.Catalog, int) {
	if base == nil {
		base = &catalog.Catalog{}
	}
	out := &catalog.Catalog{
		Document: ours.Document, Locale: ours.Locale, SourceLocale: ours.SourceLocale,
		SourceFile: ours.SourceFile, Encoding: ours.Encoding, BOM: ours.BOM, Lead: ours.Lead, Path: ours.Path,
	}
	b, o, t := index(base), index(ours), index(theirs)
	conflicts := 0
	merged := map[string]*entry{}
	for _, side := range []map[string]*entry{o, t} {
		for id := range side {
			if merged[id] != nil {
				continue
			}
			e, conflict := mergeEntry(b[id], o[id], t[id], from)
			if conflict {
				conflicts++
			}
			if e != nil {
				merged[id] = e
			}
		}
	}
	for _, obsolete := range []bool{false, true} {
		for _, id := range order(base, ours, theirs, obsolete) {
			if e := merged[id]; e != nil && e.obsolete == obsolete {
				seg := e.seg
				seg.Line = 0
				if obsolete {
					out.Obsolete = append(out.Obsolete, seg)
				} else {
					out.Segments = append(out.Segments, seg)
				}
			}
		}
	}
	return out, conflicts
}

// entry is a segment of one version of a catalog, and where it lives.
type entry struct {
	seg      catalog.Segment
	obsolete bool
}

func index(c *catalog.Catalog) map[string]*entry {
	m := make(map[string]*entry, len(c.Segments)+len(c.Obsolete))
	for i := range c.Obsolete {
		m[c.Obsolete[i].ID] = &entry{seg: c.Obsolete[i], obsolete: true}
	}
	for i := range c.Segments {
		m[c.Segments[i].ID] = &entry{seg: c.Segments[i]}
	}
	return m
}

// mergeEntry merges one segment's three versions (nil where a version
// lacks it); nil means the segment is gone.
func mergeEntry(b, o, t *entry, from string) (*entry, bool) {
	switch {
	case same(o, b):
		return t, false
	case same(t, b), same(o, t):
		return o, false
	case o == nil:
		return t, false // removed on our side, changed on theirs: kept
	case t == nil:
		return o, false
	}
	var bs catalog.Segment
	bObsolete := false
	if b != nil {
		bs, bObsolete = b.seg, b.obsolete
	}
	os, ts := o.seg, t.seg
	r := &entry{seg: os, obsolete: o.obsolete}
	if o.obsolete == bObsolete {
		r.obsolete = t.obsolete
	}
	s := &r.seg
	if os.Source == bs.Source {
		s.Source = ts.Source
	}
	if slices.Equal(os.Terms, bs.Terms) {
		s.Terms = ts.Terms
	}
	// The translation: target, state and what goes with them.
	conflict := false
	var other *catalog.Conflict
	switch {
	case sameWork(os, bs):
		takeWork(s, ts)
	case sameWork(ts, bs):
	case os.Target == ts.Target:
		if ts.State > os.State {
			takeWork(s, ts)
		}
	default:
		other = &catalog.Conflict{Target: ts.Target, State: ts.State, Note: ts.Note,
			ChangedBy: ts.ChangedBy, ChangedAt: ts.ChangedAt, From: from}
	}
	switch {
	case os.Note == bs.Note:
		s.Note = ts.Note
	case ts.Note == bs.Note, ts.Note == os.Note:
	case other != nil:
		// other already holds their note
	default:
		other = &catalog.Conflict{Target: s.Target, State: s.State, Note: ts.Note,
			ChangedBy: s.ChangedBy, ChangedAt: s.ChangedAt, From: from}
	}
	if other != nil && other.Note == bs.Note {
		other.Note = s.Note // their side left the note alone: the merged one goes with it
	}
	s.Conflicts = mergeConflicts(bs.Conflicts, os.Conflicts, ts.Conflicts)
	if other != nil && addConflict(s, *other) {
		conflict = true
	}
	return r, conflict
}

// same reports whether two versions of a segment are the same (both
// absent, or equal in everything a catalog writes).
func same(a, b *entry) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := a.seg, b.seg
	x.Line, y.Line = 0, 0
	return a.obsolete == b.obsolete && x.ID == y.ID && x.Source == y.Source && sameWork(x, y) && x.Note == y.Note &&
		slices.Equal(x.Terms, y.Terms) && slices.Equal(x.Conflicts, y.Conflicts)
}

// sameWork reports whether two versions hold the same translation work.
func sameWork(a, b catalog.Segment) bool {
	return a.Target == b.Target && a.State == b.State && a.SourceHash == b.SourceHash &&
		a.PreviousSource == b.PreviousSource && a.ChangedBy == b.ChangedBy && a.ChangedAt == b.ChangedAt
}

func takeWork(s *catalog.Segment, from catalog.Segment) {
	s.Target, s.State, s.SourceHash, s.PreviousSource = from.Target, from.State, from.SourceHash, from.PreviousSource
	s.ChangedBy, s.ChangedAt = from.ChangedBy, from.ChangedAt
}

// mergeConflicts merges the open conflicts of three versions: a conflict
// one side settled is gone, one either side added is kept.
func mergeConflicts(b, o, t []catalog.Conflict) []catalog.Conflict {
	var out []catalog.Conflict
	add := func(k catalog.Conflict) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for _, k := range o {
		if !slices.Contains(b, k) || slices.Contains(t, k) {
			add(k)
		}
	}
	for _, k := range t {
		if !slices.Contains(b, k) {
			add(k)
		}
	}
	return out
}

// order lists the IDs of one list (segments, or obsolete entries) in the
// merged order: the order of the side that changed it, then the other
// side's own IDs after the ID they follow there.
func order(base, ours, theirs *catalog.Catalog, obsolete bool) []string {
	ids := func(c *catalog.Catalog) []string {
		segs := c.Segments
		if obsolete {
			segs = c.Obsolete
		}
		out := make([]string, len(segs))
		for i := range segs {
			out[i] = segs[i].ID
		}
		return out
	}
	b, o, t := ids(base), ids(ours), ids(theirs)
	first, second := o, t
	if slices.Equal(o, b) {
		first, second = t, o
	}
	out := slices.Clone(first)
	pos := make(map[string]int, len(out))
	for i, id := range out {
		pos[id] = i
	}
	for i, id := range second {
		if _, ok := pos[id]; ok {
			continue
		}
		at := 0 // after the nearest ID before it that the order has
		for j := i - 1; j >= 0; j-- {
			if p, ok := pos[second[j]]; ok {
				at = p + 1
				break
			}
		}
		out = slices.Insert(out, at, id)
		for k := at; k < len(out); k++ {
			pos[out[k]] = k
		}
	}
	// An ID moved from one list to the other on one side is listed here
	// too; the caller keeps it where its entry lives.
	return out
}
