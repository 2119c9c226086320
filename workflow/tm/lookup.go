package tm

import (
	"cmp"
	"slices"
	"sort"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/fuzzy"
)

// Query is what Lookup looks for.
type Query struct {
	Text string
	// SourceLocale and TargetLocale restrict the matches to a locale pair;
	// empty matches any.
	SourceLocale, TargetLocale string
	// Prev and Next are the ContextHash of the query's neighbouring
	// sources; 0 when the query has no context. An exact match whose unit
	// has the same neighbours is a Context match.
	Prev, Next uint64
	// SkipOrigins, indexed by origin, leaves out the units of the origins
	// set: files whose units another index supersedes.
	SkipOrigins []bool
	// Min is the lowest percentage returned; Limit the most matches
	// returned (DefaultLimit when 0).
	Min, Limit int
}

// Match is a unit with its match percentage.
type Match struct {
	Score int // 0–100, or Context (101)
	Unit
	// Index is the unit's number in the index.
	Index int
}

// DefaultLimit is the number of matches Lookup returns unless told.
const DefaultLimit = 5

const (
	// candidatesPerLookup is how many sources sharing the most keys with
	// the query are scored exactly.
	candidatesPerLookup = 64
	// postingBudget bounds the posting entries one lookup reads. Keys are
	// read rarest first; a key as common as "of the" is skipped once the
	// rarer ones have used the budget, since it would only add candidates
	// the rarer keys already found or that cannot score high.
	postingBudget = 1 << 16
)

type scratch struct {
	counts fuzzy.Counts
	top    []uint32
}

// Lookup returns the best matches for q, best first: highest percentage,
// then the most advanced state, then the earliest unit. A translation that
// repeats one already listed for the same locale is left out.
func (x *Index) Lookup(q Query) []Match {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	sc := fuzzy.NewScorer()
	qt := sc.Text(catalog.Normalize(q.Text))
	keys := fuzzy.AppendKeys(nil, qt.Tokens)
	if len(keys) == 0 || x.nSources == 0 {
		return nil
	}
	srcLoc, tgtLoc := -1, -1
	for i := 0; i < len(x.sec[secLocales])/localeSize; i++ {
		l := x.locale(uint16(i))
		if l == q.SourceLocale {
			srcLoc = i
		}
		if l == q.TargetLocale {
			tgtLoc = i
		}
	}
	if (q.SourceLocale != "" && srcLoc < 0) || (q.TargetLocale != "" && tgtLoc < 0) {
		return nil
	}

	// The posting lists of the query's keys, rarest first.
	type list struct{ first, n uint32 }
	lists := make([]list, 0, len(keys))
	nk := len(x.sec[secKeys]) / keySize
	for _, k := range keys {
		i := sort.Search(nk, func(i int) bool { return le.Uint32(x.sec[secKeys][i*keySize:]) >= k })
		if i < nk {
			if r := x.sec[secKeys][i*keySize:]; le.Uint32(r) == k {
				lists = append(lists, list{le.Uint32(r[4:]), le.Uint32(r[8:])})
			}
		}
	}
	slices.SortFunc(lists, func(a, b list) int { return cmp.Compare(a.n, b.n) })

	scr, _ := x.scratch.Get().(*scratch)
	if scr == nil {
		scr = &scratch{}
	}
	defer x.scratch.Put(scr)
	counts := &scr.counts
	counts.Reset(x.nSources)
	budget := postingBudget
	post := x.sec[secPostings]
	counted := 0 // keys whose whole posting list was counted
	for _, l := range lists {
		n := int(l.n)
		if n > budget {
			if len(counts.Touched()) > 0 {
				continue
			}
			n = budget
		} else {
			counted++
		}
		budget -= n
		for p := int(l.first) * 4; p < int(l.first+uint32(n))*4; p += 4 {
			counts.Add(le.Uint32(post[p:]))
		}
	}

	// Keep the candidates sharing the most keys whose length allows the
	// minimum score and that have a unit in the locale pair.
	qw := qt.WordCount()
	minW, maxW := 0, 1<<30
	if q.Min > 0 && q.Min <= 100 {
		minW = (qw*q.Min + 99) / 100
		maxW = qw * 100 / q.Min
	}
	// A bound on shared keys that holds for every admissible length,
	// checked before reading the candidate's record: most candidates share
	// a common word pair or two and are dropped here.
	floor := 0
	if q.Min > 0 && q.Min <= 100 && counted > 1 {
		floor = counted - 2*(maxW*(100-q.Min)/100)
	}
	top := counts.Top(scr.top[:0], candidatesPerLookup, func(c uint32) bool {
		shared := counts.Count(c)
		if shared < floor {
			return false
		}
		r := x.sec[secSources][int(c)*sourceSize:]
		w := int(le.Uint16(r[10:]))
		if w < minW || w > maxW {
			return false
		}
		// Each changed word removes at most two of the query's bigrams
		// from a candidate: one that keeps fewer cannot reach the minimum.
		if q.Min > 0 && counted > 1 {
			dmax := max(qw, w) * (100 - min(q.Min, 100)) / 100
			if shared < counted-2*dmax {
				return false
			}
		}
		if srcLoc >= 0 && int(le.Uint16(r[8:])) != srcLoc {
			return false
		}
		return x.hasUnit(r, tgtLoc, q.SkipOrigins)
	})
	scr.top = top

	var out []Match
	for _, c := range top {
		r := x.sec[secSources][int(c)*sourceSize:]
		score := sc.Score(qt, sc.Text(x.str(r)))
		if score < q.Min {
			continue
		}
		first, count := le.Uint32(r[12:]), le.Uint32(r[16:])
		for k := first; k < first+count; k++ {
			ui := int(le.Uint32(x.sec[secSrcUnits][k*4:]))
			ur := x.sec[secUnits][ui*unitSize:]
			if tgtLoc >= 0 && int(le.Uint16(ur[28:])) != tgtLoc {
				continue
			}
			if o := int(le.Uint32(ur[32:])); o < len(q.SkipOrigins) && q.SkipOrigins[o] {
				continue
			}
			m := Match{Score: score, Index: ui}
			if score == Exact && q.Prev != 0 && q.Prev == le.Uint64(ur[36:]) && q.Next == le.Uint64(ur[44:]) {
				m.Score = Context
			}
			m.Unit = x.Unit(ui)
			out = append(out, m)
		}
	}
	return Rank(out, limit)
}

// Rank sorts matches best first: highest percentage, then the most
// advanced state, then the earliest unit; leaves out a translation that
// repeats one already listed for the same locale and source; and keeps at
// most limit of them.
func Rank(matches []Match, limit int) []Match {
	slices.SortFunc(matches, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(b.State, a.State); c != 0 {
			return c
		}
		return cmp.Compare(a.Index, b.Index)
	})
	type seen struct{ locale, source, target string }
	dup := map[seen]bool{}
	res := matches[:0]
	for _, m := range matches {
		k := seen{m.TargetLocale, m.Source, m.Target}
		if dup[k] {
			continue
		}
		dup[k] = true
		res = append(res, m)
		if len(res) == limit {
			break
		}
	}
	return res
}

// hasUnit reports whether source record r has a unit in target locale l
// (any, when l < 0) whose origin is not skipped.
func (x *Index) hasUnit(r []byte, l int, skip []bool) bool {
	if l < 0 && skip == nil {
		return true
	}
	first, count := le.Uint32(r[12:]), le.Uint32(r[16:])
	for k := first; k < first+count; k++ {
		ur := x.sec[secUnits][int(le.Uint32(x.sec[secSrcUnits][k*4:]))*unitSize:]
		if l >= 0 && int(le.Uint16(ur[28:])) != l {
			continue
		}
		if o := int(le.Uint32(ur[32:])); o < len(skip) && skip[o] {
			continue
		}
		return true
	}
	return false
}
