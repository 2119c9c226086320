package catalog

import (
	"math"

	"github.com/terjime/terjime/workflow/fuzzy"
)

// UpdateOptions tune Update.
type UpdateOptions struct {
	// Similarity is the lowest similarity (0–1, the fuzzy match score
	// over 100) at which a new sentence inherits the translation of a
	// removed one as outdated.
	Similarity float64
	// PurgeObsolete drops obsolete entries instead of keeping them.
	PurgeObsolete bool
	// Hints, if set, gives the glossary hints for a source text.
	Hints func(source string) []string
	// Prefill, if set, may fill a segment that would otherwise be new and
	// untranslated (from a translation memory). It reports whether it did.
	// A done translation it gives (an identical match of trusted work)
	// comes before the one a removed sentence would leave as outdated.
	Prefill func(s *Segment) bool
	// Propagate, if set, may fill a kept segment that is still
	// untranslated, with neither target nor note (from an identical
	// translation elsewhere). It reports whether it did.
	Propagate func(s *Segment) bool
	// Reuse is memory the new catalog's segments may take: the segments
	// of a catalog nobody reads any more (one already written out). A
	// long article's catalog is tens of MB, and fresh memory costs more
	// to touch than to fill.
	Reuse []Segment
}

// UpdateStats counts what Update did.
type UpdateStats struct {
	Kept      int // same source, target and state kept
	New       int // new, untranslated
	Inherited int // new, inheriting a removed sentence's target as outdated
	Prefilled int // new, filled by Prefill
	// Propagated counts kept untranslated segments that Propagate filled.
	Propagated int
	Obsoleted  int // removed from the source with work to keep
	Revived    int // back from the obsolete entries
	Purged     int // obsolete entries dropped
}

// Update brings the target catalog old (nil for a new one) in line with the
// source catalog src, never losing a translation:
//
//   - a segment whose ID is still in the source keeps target, state and note;
//   - a new sentence takes a done translation opts.Prefill gives, or else
//     the target of the most similar removed sentence (at or above
//     opts.Similarity) as outdated, with PreviousSource, or else another
//     that opts.Prefill gives, or else stays untranslated;
//   - a kept sentence that is still untranslated may take one that
//     opts.Propagate gives;
//   - a removed sentence with a target or a note becomes obsolete (unless a
//     new sentence inherited its target); an obsolete entry whose sentence
//     returns is revived.
func Update(old *Catalog, src *Catalog, locale string, opts UpdateOptions) (*Catalog, UpdateStats) {
	var st UpdateStats
	out := &Catalog{Document: src.Document, Locale: locale, SourceLocale: src.Locale}
	// Sized once: a catalog of 200,000 segments would otherwise be copied
	// at every regrowth.
	if cap(opts.Reuse) >= len(src.Segments) {
		out.Segments = opts.Reuse[:0]
	} else {
		out.Segments = make([]Segment, 0, len(src.Segments))
	}
	prev := map[string]*Segment{}
	obsolete := map[string]bool{}
	if old != nil {
		out.Path = old.Path
		for i := range old.Obsolete {
			prev[old.Obsolete[i].ID] = &old.Obsolete[i]
			obsolete[old.Obsolete[i].ID] = true
		}
		for i := range old.Segments {
			prev[old.Segments[i].ID] = &old.Segments[i]
			delete(obsolete, old.Segments[i].ID)
		}
	}
	used := map[string]bool{}
	var fresh []int // indexes into out.Segments of sentences with no previous entry
	for i := range src.Segments {
		s := &src.Segments[i]
		if s.Verbatim {
			continue
		}
		// Made in place: a segment whose address the options take would
		// otherwise be allocated once per sentence.
		out.Segments = append(out.Segments, Segment{ID: s.ID, Source: s.Source})
		seg := &out.Segments[len(out.Segments)-1]
		if p, ok := prev[s.ID]; ok {
			used[s.ID] = true
			seg.Target, seg.State, seg.Note = p.Target, p.State, p.Note
			seg.ChangedBy, seg.ChangedAt, seg.Conflicts = p.ChangedBy, p.ChangedAt, p.Conflicts
			seg.PreviousSource = p.PreviousSource
			seg.SourceHash = p.SourceHash
			if seg.SourceHash == "" {
				seg.SourceHash = s.Hash()
			}
			if seg.State == Outdated && seg.PreviousSource == "" && p.Source != s.Source {
				seg.PreviousSource = p.Source
			}
			switch {
			case obsolete[s.ID]:
				st.Revived++
			case opts.Propagate != nil && seg.State == Untranslated && seg.Target == "" && seg.Note == "" && len(seg.Conflicts) == 0 && opts.Propagate(seg):
				st.Propagated++
			default:
				st.Kept++
			}
		} else {
			seg.SourceHash = s.Hash()
			fresh = append(fresh, len(out.Segments)-1)
		}
	}
	if len(out.Segments) == 0 {
		out.Segments = nil // as a catalog without segments reads
	}

	// Removed sentences: those of the old catalog not in the source.
	var removed []*Segment
	if old != nil {
		for i := range old.Segments {
			if !used[old.Segments[i].ID] {
				removed = append(removed, &old.Segments[i])
			}
		}
	}
	inherited := map[string]bool{}
	if len(fresh) > 0 {
		// The removed sentences with a translation, indexed for the fresh
		// ones to find the most similar: scored as the translation memory
		// scores matches.
		idx := fuzzy.NewIndex()
		var candidates []*Segment
		for _, r := range removed {
			if r.Target != "" {
				idx.Add(Normalize(r.Source))
				candidates = append(candidates, r)
			}
		}
		min := int(math.Ceil(opts.Similarity*100 - 1e-9))
		var filled Segment // one, not one per sentence: Prefill takes its address
		for _, i := range fresh {
			seg := &out.Segments[i]
			prefilled := false
			if opts.Prefill != nil {
				filled = *seg
				prefilled = opts.Prefill(&filled)
				if prefilled && filled.State.Done() {
					*seg = filled
					st.Prefilled++
					continue
				}
			}
			if c := best(idx, candidates, seg.Source, min); c >= 0 {
				p := candidates[c]
				inherited[p.ID] = true
				seg.Target, seg.Note, seg.State = p.Target, p.Note, Outdated
				seg.ChangedBy, seg.ChangedAt, seg.Conflicts = p.ChangedBy, p.ChangedAt, p.Conflicts
				seg.SourceHash = p.SourceHash
				seg.PreviousSource = p.PreviousSource
				if seg.PreviousSource == "" {
					seg.PreviousSource = p.Source
				}
				st.Inherited++
				continue
			}
			if prefilled {
				*seg = filled
				st.Prefilled++
				continue
			}
			st.New++
		}
	}

	if old != nil {
		for _, o := range old.Obsolete {
			if used[o.ID] {
				continue
			}
			if opts.PurgeObsolete {
				st.Purged++
				continue
			}
			out.Obsolete = append(out.Obsolete, o)
		}
		for _, r := range removed {
			if inherited[r.ID] || (r.Target == "" && r.Note == "" && len(r.Conflicts) == 0) {
				continue
			}
			if opts.PurgeObsolete {
				st.Purged++
				continue
			}
			out.Obsolete = append(out.Obsolete, *r)
			st.Obsoleted++
		}
	}
	// Obsolete entries keep no hints and have no place in the new file yet.
	for i := range out.Obsolete {
		out.Obsolete[i].Terms = nil
		out.Obsolete[i].Line = 0
	}
	if opts.Hints != nil {
		for i := range out.Segments {
			out.Segments[i].Terms = opts.Hints(out.Segments[i].Source)
		}
	}
	return out, st
}

// best is the candidate most like source at or above min, -1 if none
// (without normalising source when there is no candidate at all).
func best(idx *fuzzy.Index, candidates []*Segment, source string, min int) int {
	if len(candidates) == 0 {
		return -1
	}
	c, _ := idx.Best(Normalize(source), min)
	return c
}
