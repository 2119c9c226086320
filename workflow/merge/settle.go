package merge

import (
	"iter"
	"slices"

	"github.com/terjime/terjime/workflow/catalog"
)

// Settle settles the open conflicts kept in cat's segments and obsolete
// entries (those of ids only, when given): take "file" puts the other
// side's version in the segment — the last one kept, when several are —
// and "catalog" keeps the segment's own. who and now are recorded as the
// target's changer where a version has none of its own. It returns how
// many segments it settled; it reports whether it changed cat.
func Settle(cat *catalog.Catalog, take string, ids []string, who, now string) (settled int, changed bool) {
	for s := range WithConflicts(cat, ids) {
		switch take {
		case "file":
			TakeConflict(s, len(s.Conflicts)-1, who, now)
		case "catalog":
			s.Conflicts = nil
		default:
			continue
		}
		settled++
		changed = true
	}
	return settled, changed
}

// WithConflicts yields the segments of cat that keep a conflict open, of
// ids only when given: its segments, then its obsolete entries, whose
// conflicts OpenConflicts counts too (a segment whose sentence left the
// source takes its open conflict with it into [[obsolete]]).
func WithConflicts(cat *catalog.Catalog, ids []string) iter.Seq[*catalog.Segment] {
	return func(yield func(*catalog.Segment) bool) {
		for _, segs := range [][]catalog.Segment{cat.Segments, cat.Obsolete} {
			for i := range segs {
				s := &segs[i]
				if len(s.Conflicts) == 0 || len(ids) > 0 && !slices.Contains(ids, s.ID) {
					continue
				}
				if !yield(s) {
					return
				}
			}
		}
	}
}

// TakeConflict puts the k-th version kept with s in its place and settles
// the conflict: the other versions are dropped with it.
func TakeConflict(s *catalog.Segment, k int, who, now string) {
	o := s.Conflicts[k]
	if o.Target != s.Target || o.State != s.State {
		s.ChangedBy, s.ChangedAt = o.ChangedBy, o.ChangedAt
		if s.ChangedBy == "" {
			s.ChangedBy = who
		}
		if s.ChangedAt == "" {
			s.ChangedAt = now
		}
	}
	s.Target, s.State, s.Note = o.Target, o.State, o.Note
	if s.State.Done() {
		s.PreviousSource = ""
		s.SourceHash = catalog.Hash(s.Source)
	}
	s.Conflicts = nil
}

// EditConflict settles the conflict of s with a text written by hand:
// who wrote it, now, in state.
func EditConflict(s *catalog.Segment, text string, state catalog.State, who, now string) {
	if text != s.Target || state != s.State {
		s.ChangedBy, s.ChangedAt = who, now
	}
	s.Target, s.State = text, state
	if state.Done() {
		s.PreviousSource = ""
		s.SourceHash = catalog.Hash(s.Source)
	}
	s.Conflicts = nil
}

// OpenConflicts counts the segments and obsolete entries of cat with a
// conflict kept open, of ids only when given: those WithConflicts yields.
func OpenConflicts(cat *catalog.Catalog, ids []string) int {
	n := 0
	for range WithConflicts(cat, ids) {
		n++
	}
	return n
}

// dropSettled drops the versions kept with s that s now holds: a conflict
// the merge just settled by taking that version.
func dropSettled(s *catalog.Segment) {
	dropConflict(s, catalog.Conflict{Target: s.Target, State: s.State, Note: s.Note})
}

// dropConflict drops the version k kept with s, if it is there.
func dropConflict(s *catalog.Segment, k catalog.Conflict) bool {
	n := len(s.Conflicts)
	s.Conflicts = slices.DeleteFunc(s.Conflicts, func(o catalog.Conflict) bool {
		return o.Target == k.Target && o.State == k.State && o.Note == k.Note
	})
	if len(s.Conflicts) == 0 {
		s.Conflicts = nil
	}
	return len(s.Conflicts) != n
}
