package fuzzy

import (
	"hash/fnv"
	"slices"
)

// AppendKeys appends the index keys of a text's tokens to keys: the hashes
// of its distinct folded word bigrams, or of its one word.
func AppendKeys(keys []uint32, toks []Token) []uint32 {
	start := len(keys)
	prev := ""
	words := 0
	for _, t := range toks {
		if !t.Word {
			continue
		}
		if words > 0 {
			keys = append(keys, hashPair(prev, t.Fold))
		}
		prev = t.Fold
		words++
	}
	if words == 1 {
		keys = append(keys, hashPair(prev, ""))
	}
	s := keys[start:]
	slices.Sort(s)
	return keys[:start+len(slices.Compact(s))]
}

// hashPair hashes a word pair to 32 bits. Two pairs sharing a hash only add
// a candidate that exact scoring then rejects.
func hashPair(a, b string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(a))
	h.Write([]byte{0})
	h.Write([]byte(b))
	return h.Sum32()
}

// Counts counts, for one query at a time, the keys each candidate shares
// with it, and keeps the candidates sharing the most.
type Counts struct {
	n       []uint16
	touched []uint32
}

// Reset prepares c for a query among size candidates (numbered from 0).
func (c *Counts) Reset(size int) {
	for _, id := range c.touched {
		if int(id) < len(c.n) {
			c.n[id] = 0
		}
	}
	c.touched = c.touched[:0]
	if len(c.n) != size {
		c.n = make([]uint16, size)
	}
}

// Add counts one shared key for candidate id.
func (c *Counts) Add(id uint32) {
	if c.n[id] == 0 {
		c.touched = append(c.touched, id)
	}
	if c.n[id] < 0xffff {
		c.n[id]++
	}
}

// Count returns the keys candidate id shares with the query.
func (c *Counts) Count(id uint32) int { return int(c.n[id]) }

// Touched returns the candidates that share a key, in the order first seen.
func (c *Counts) Touched() []uint32 { return c.touched }

// Top appends to dst the (at most) k candidates sharing the most keys, ties
// to the lower number, best first. keep, when not nil, is asked about a
// candidate only when it would enter the top as it stands, so that costly
// checks run for few of them; it returns false to leave it out.
func (c *Counts) Top(dst []uint32, k int, keep func(id uint32) bool) []uint32 {
	start := len(dst)
	better := func(a, b uint32) bool {
		if c.n[a] != c.n[b] {
			return c.n[a] > c.n[b]
		}
		return a < b
	}
	for _, id := range c.touched {
		top := dst[start:]
		if len(top) == k && !better(id, top[k-1]) {
			continue
		}
		if keep != nil && !keep(id) {
			continue
		}
		if len(top) < k {
			dst = append(dst, id)
			top = dst[start:]
		}
		top[len(top)-1] = id
		for j := len(top) - 1; j > 0 && better(top[j], top[j-1]); j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	return dst
}

// Index finds, among texts added to it, the one most similar to a query
// without comparing every pair: the inverted index of word bigrams proposes
// the candidates that share the most of them, and only those are scored.
// It holds its texts in memory; the translation memory stores the same
// keys in its index file.
type Index struct {
	s        *Scorer
	texts    []*Text
	postings map[uint32][]uint32
	maxPost  int
	counts   Counts
	keys     []uint32
	top      []uint32
}

// candidates is how many texts sharing the most keys with a query are
// scored.
const candidates = 24

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{s: NewScorer(), postings: map[uint32][]uint32{}}
}

// Add adds a normalised text and returns its number, from 0.
func (x *Index) Add(norm string) int {
	t := x.s.Text(norm)
	id := uint32(len(x.texts))
	x.texts = append(x.texts, t)
	x.keys = AppendKeys(x.keys[:0], t.Tokens)
	for _, k := range x.keys {
		x.postings[k] = append(x.postings[k], id)
	}
	// Keys in more than a tenth of the texts ("of the", "и в") say nothing
	// about which one is similar; skipping them keeps lookups cheap.
	x.maxPost = max(len(x.texts)/10, 64)
	return int(id)
}

// Best returns the number of the added text most similar to norm, a
// normalised text, with its score, or -1 when none scores min or more.
// Of texts with the same score, the one sharing more keys wins, then the
// one added first.
func (x *Index) Best(norm string, min int) (int, int) {
	if len(x.texts) == 0 {
		return -1, 0
	}
	q := x.s.Text(norm)
	x.counts.Reset(len(x.texts))
	x.keys = AppendKeys(x.keys[:0], q.Tokens)
	for _, k := range x.keys {
		p := x.postings[k]
		if len(p) > x.maxPost {
			continue
		}
		for _, id := range p {
			x.counts.Add(id)
		}
	}
	x.top = x.top[:0]
	if len(x.counts.Touched()) == 0 && len(x.texts) <= x.maxPost {
		// Few texts and no distinctive shared words: score them all.
		for id := range x.texts {
			x.top = append(x.top, uint32(id))
		}
	} else {
		x.top = x.counts.Top(x.top, candidates, nil)
	}
	best, bestScore := -1, min
	for _, id := range x.top {
		c := x.texts[id]
		// The difference in length alone bounds the score.
		if longer := max(q.n, c.n); longer > 0 && 100*(longer-abs(q.n-c.n))/longer < bestScore {
			continue
		}
		score := x.s.Score(q, c)
		if score > bestScore || (score == bestScore && best < 0) {
			best, bestScore = int(id), score
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, bestScore
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
