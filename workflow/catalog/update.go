package catalog

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// UpdateOptions tune Update.
type UpdateOptions struct {
	// Similarity is the lowest similarity (0–1) at which a new sentence
	// inherits the translation of a removed one as outdated.
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
	out.Segments = make([]Segment, 0, len(src.Segments))
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
	for _, s := range src.Segments {
		if s.Verbatim {
			continue
		}
		seg := Segment{ID: s.ID, Source: s.Source}
		if p, ok := prev[s.ID]; ok {
			used[s.ID] = true
			seg.Target, seg.State, seg.Note = p.Target, p.State, p.Note
			seg.ChangedBy, seg.ChangedAt, seg.Conflicts = p.ChangedBy, p.ChangedAt, p.Conflicts
			seg.PreviousSource = p.PreviousSource
			seg.SourceHash = p.SourceHash
			if seg.SourceHash == "" {
				seg.SourceHash = Hash(s.Source)
			}
			if seg.State == Outdated && seg.PreviousSource == "" && p.Source != s.Source {
				seg.PreviousSource = p.Source
			}
			switch {
			case obsolete[s.ID]:
				st.Revived++
			case opts.Propagate != nil && seg.State == Untranslated && seg.Target == "" && seg.Note == "" && len(seg.Conflicts) == 0 && opts.Propagate(&seg):
				st.Propagated++
			default:
				st.Kept++
			}
		} else {
			seg.SourceHash = Hash(s.Source)
			fresh = append(fresh, len(out.Segments))
		}
		out.Segments = append(out.Segments, seg)
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
		idx := newSimilarityIndex(removed)
		for _, i := range fresh {
			seg := &out.Segments[i]
			filled, prefilled := *seg, false
			if opts.Prefill != nil {
				prefilled = opts.Prefill(&filled)
				if prefilled && filled.State.Done() {
					*seg = filled
					st.Prefilled++
					continue
				}
			}
			if p := idx.best(seg.Source, opts.Similarity); p != nil {
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

// similarityIndex finds, among removed sentences with a translation, the
// one most similar to a new sentence without comparing every pair: an
// inverted index of words proposes the few candidates that share the most
// distinctive words, and only those are scored by edit distance.
type similarityIndex struct {
	segs     []*Segment
	tokens   []string // each sentence as a string of token runes (tokenRunes)
	postings map[uint64][]int32
	maxPost  int
	vocab    map[string]rune
	counts   []uint16 // per sentence, keys shared with the query being scored
	touched  []int32
}

const candidatesPerQuery = 24

func newSimilarityIndex(removed []*Segment) *similarityIndex {
	idx := &similarityIndex{postings: map[uint64][]int32{}, vocab: map[string]rune{}}
	for _, r := range removed {
		if r.Target == "" {
			continue
		}
		n := int32(len(idx.segs))
		idx.segs = append(idx.segs, r)
		idx.tokens = append(idx.tokens, tokenRunes(r.Source, idx.vocab))
		for _, k := range indexKeys(r.Source) {
			idx.postings[k] = append(idx.postings[k], n)
		}
	}
	// Keys in more than a tenth of the sentences ("of the", "и в") say
	// nothing about which one is similar; skipping them keeps lookups cheap.
	idx.maxPost = max(len(idx.segs)/10, 64)
	return idx
}

func (idx *similarityIndex) best(source string, threshold float64) *Segment {
	if len(idx.segs) == 0 {
		return nil
	}
	q := tokenRunes(source, idx.vocab)
	qn := utf8.RuneCountInString(q)
	if idx.counts == nil {
		idx.counts = make([]uint16, len(idx.segs))
	}
	touched := idx.touched[:0]
	for _, k := range indexKeys(source) {
		p := idx.postings[k]
		if len(p) > idx.maxPost {
			continue
		}
		for _, c := range p {
			if idx.counts[c] == 0 {
				touched = append(touched, c)
			}
			if idx.counts[c] < 0xffff {
				idx.counts[c]++
			}
		}
	}
	if len(touched) == 0 && len(idx.segs) <= idx.maxPost {
		// Few sentences and no distinctive shared words: score them all.
		for c := range idx.segs {
			touched = append(touched, int32(c))
		}
	}
	// Keep the candidates sharing the most keys, ties to the earlier
	// sentence, without sorting them all.
	var top [candidatesPerQuery]int32
	n := 0
	better := func(a, b int32) bool {
		if idx.counts[a] != idx.counts[b] {
			return idx.counts[a] > idx.counts[b]
		}
		return a < b
	}
	for _, c := range touched {
		if n < len(top) {
			top[n] = c
			n++
		} else if better(c, top[n-1]) {
			top[n-1] = c
		} else {
			continue
		}
		for j := n - 1; j > 0 && better(top[j], top[j-1]); j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	for _, c := range touched {
		idx.counts[c] = 0
	}
	idx.touched = touched

	var best *Segment
	bestScore := threshold
	for _, c := range top[:n] {
		r := idx.tokens[c]
		rn := utf8.RuneCountInString(r)
		longer := max(rn, qn)
		if longer == 0 || float64(min(rn, qn))/float64(longer) < bestScore {
			continue // the length difference alone puts it under the best score
		}
		score := similarity(q, r, qn, rn)
		if score > bestScore || (score == bestScore && best == nil) {
			best, bestScore = idx.segs[c], score
		}
	}
	return best
}

// Similarity is the score Update uses: 1 − edit distance / length of the
// longer text, counted in tokens (words and punctuation marks) of the
// normalised texts, so an edit that changes one word of twenty scores 0.95
// whatever the words' lengths.
func Similarity(a, b string) float64 {
	vocab := map[string]rune{}
	ta, tb := tokenRunes(a, vocab), tokenRunes(b, vocab)
	return similarity(ta, tb, utf8.RuneCountInString(ta), utf8.RuneCountInString(tb))
}

// similarity is Similarity of two texts already turned into token runes,
// na and nb of them.
func similarity(ta, tb string, na, nb int) float64 {
	longer := max(na, nb)
	if longer == 0 {
		return 1
	}
	return 1 - float64(levenshtein.ComputeDistance(ta, tb))/float64(longer)
}

// tokenRunes turns a text into a string with one rune per token, each
// distinct token (case-folded word, number or punctuation mark) getting its
// own rune from vocab, so that a character edit-distance routine computes
// the edit distance in tokens.
func tokenRunes(s string, vocab map[string]rune) string {
	s = strings.ToLower(Normalize(s))
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if unicode.IsSpace(r) {
			s = s[n:]
			continue
		}
		end := n
		if isWordRune(r) {
			for end < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[end:])
				if !isWordRune(r2) {
					break
				}
				end += n2
			}
		}
		tok := s[:end]
		s = s[end:]
		id, ok := vocab[tok]
		if !ok {
			id = rune(0x10000 + len(vocab)) // past the BMP: never a surrogate
			vocab[tok] = id
		}
		b.WriteRune(id)
	}
	return b.String()
}

// indexKeys returns the distinct hashed word bigrams of s (and the single
// word of a one-word text): pairs of neighbouring words are distinctive even
// where single words are common, and an edit of a few words leaves most of
// them in place.
func indexKeys(s string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	keys := make([]uint64, 0, len(words))
	if len(words) == 1 {
		keys = append(keys, hashWords(words[0], ""))
	}
	for i := 1; i < len(words); i++ {
		keys = append(keys, hashWords(words[i-1], words[i]))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func hashWords(a, b string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(a))
	h.Write([]byte{0})
	h.Write([]byte(b))
	return h.Sum64()
}
