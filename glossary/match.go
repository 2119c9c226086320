package glossary

import (
	"hash/maphash"
	"slices"
	"sync"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Match is a glossary term found in a text.
type Match struct {
	Concept *Concept
	Term    *Term
	// Start and End are byte offsets of the match in the NFC form of the
	// text (the text itself when it is NFC already, as catalogs are).
	Start, End int
	// Text is the matched text as written: "Меджлиса", "MHG-niň".
	Text string
}

// Matcher finds the terms of one locale in texts. All terms are compiled
// into one trie over word keys, so a text is read once, word by word,
// whatever the number of terms: at each word the trie is followed as far as
// the next words allow. A Matcher is safe for concurrent use (calls are
// serialised).
type Matcher struct {
	locale string
	lang   *lang

	ids   map[string]int32 // word key → id; exact keys start with "="
	root  []int32          // word id → child of the root (0: none); most walks end here
	edges map[uint64]int32 // (node, word id) → child node, below the root
	final [][]int32        // node → indexes into terms
	terms []termInfo

	mu   sync.Mutex
	fold cases.Caser
	// The word cache maps the hash of a text word to -1 (no key of the
	// word is a term word, by far the common case) or to its index in
	// entries. Small integer slots keep the table dense; see wordIDs.
	seed    maphash.Seed
	l1      *[l1Size]l1Slot // direct-mapped front of cache for frequent words
	cache   wordTable
	entries [][]int32
	buf     []span
	wids    [][]int32 // per word of the text being scanned
	hits    []hit
	sel     []hit
	kbuf    []string
}

// l1Size slots of 16 bytes make a 64 KiB table that stays in the
// processor's cache: text words follow Zipf's law, so most lookups are of
// a few thousand words and end here without touching the map.
const l1Size = 1 << 12

type l1Slot struct {
	hash uint64
	val  int32 // as in cache
	used bool
}

type termInfo struct {
	concept *Concept
	term    *Term
	words   []string // the term's words as written, for case checks
}

type hit struct {
	start, end int // word indexes
	term       int32
}

// cacheLimit bounds the word cache; past it the cache starts again, so a
// huge text of distinct words cannot grow memory without end.
const cacheLimit = 1 << 18

// Matcher returns the matcher for a locale's terms (all statuses), built on
// first use.
func (g *Glossary) Matcher(locale string) *Matcher {
	g.mu.Lock()
	defer g.mu.Unlock()
	if m, ok := g.matchers[locale]; ok {
		return m
	}
	if g.matchers == nil {
		g.matchers = map[string]*Matcher{}
	}
	m := newMatcher(g, locale)
	g.matchers[locale] = m
	return m
}

// resetMatchers drops the compiled matchers (and their word caches).
func (g *Glossary) resetMatchers() {
	g.mu.Lock()
	g.matchers = nil
	g.mu.Unlock()
}

func newMatcher(g *Glossary, locale string) *Matcher {
	m := &Matcher{
		locale: locale,
		lang:   langFor(locale),
		ids:    map[string]int32{},
		edges:  map[uint64]int32{},
		final:  [][]int32{nil},
		fold:   cases.Fold(),
		seed:   maphash.MakeSeed(),
		l1:     new([l1Size]l1Slot),
	}
	for ci := range g.Concepts {
		c := &g.Concepts[ci]
		for ti := range c.Terms {
			t := &c.Terms[ti]
			if t.Locale != locale {
				continue
			}
			keys, ws := termKeys(t, m.lang, m.fold)
			if len(keys) == 0 {
				continue
			}
			node := int32(0)
			for _, k := range keys {
				id, ok := m.ids[k]
				if !ok {
					id = int32(len(m.ids))
					m.ids[k] = id
					m.root = append(m.root, 0)
				}
				child := m.child(node, id)
				if child == 0 {
					child = int32(len(m.final))
					m.final = append(m.final, nil)
					if node == 0 {
						m.root[id] = child
					} else {
						m.edges[edge(node, id)] = child
					}
				}
				node = child
			}
			m.final[node] = append(m.final[node], int32(len(m.terms)))
			m.terms = append(m.terms, termInfo{concept: c, term: t, words: ws})
		}
	}
	return m
}

func edge(node, id int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(id)) }

// child returns the trie node below node by word id, 0 if none.
func (m *Matcher) child(node, id int32) int32 {
	if node == 0 {
		return m.root[id]
	}
	return m.edges[edge(node, id)]
}

// termKeys returns the word keys a term of language l is matched by, and
// its words: two terms with the same keys cannot be told apart in a text.
func termKeys(t *Term, l *lang, fold cases.Caser) ([]string, []string) {
	text := norm.NFC.String(t.Text)
	ws := words(text, l)
	keys := make([]string, len(ws))
	for i, w := range ws {
		f := foldWord(fold, w)
		if t.Exact {
			keys[i] = "=" + casePrefix(f)
		} else {
			keys[i] = l.termKey(f)
		}
	}
	return keys, ws
}

// wordIDs returns the ids of a text word's candidate keys, cached by the
// word's 64-bit hash (maphash, with a seed per matcher): two distinct words
// with the same hash would share an entry, a chance of about one in 2⁶⁴
// per pair of words, which the cache accepts so that a lookup is one hash
// and one probe, nearly always in the small direct-mapped table in front of
// the map.
func (m *Matcher) wordIDs(w string) []int32 {
	h := maphash.String(m.seed, w)
	slot := &m.l1[h&(l1Size-1)]
	if slot.used && slot.hash == h {
		return m.entry(slot.val)
	}
	if i, ok := m.cache.get(h); ok {
		*slot = l1Slot{h, i, true}
		return m.entry(i)
	}
	ids := m.computeIDs(w)
	if m.cache.n >= cacheLimit {
		m.cache = wordTable{}
		clear(m.l1[:])
		m.entries = m.entries[:0]
	}
	v := int32(-1)
	if len(ids) > 0 {
		v = int32(len(m.entries))
		m.entries = append(m.entries, ids)
	}
	m.cache.put(h, v)
	*slot = l1Slot{h, v, true}
	return ids
}

// wordTable is the word cache behind the l1 table: open addressing with
// linear probing over 16-byte slots (hash, value), so that a probe usually
// reads one cache line where a Go map reads two. Hash 0 is stored as 1 (0
// marks an empty slot).
type wordTable struct {
	slots []wordSlot
	n     int
}

type wordSlot struct {
	h uint64
	v int32
}

func (t *wordTable) get(h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h = max(h, 1)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.h == h {
			return s.v, true
		}
		if s.h == 0 {
			return 0, false
		}
	}
}

func (t *wordTable) put(h uint64, v int32) {
	if t.n*2 >= len(t.slots) {
		old := t.slots
		t.slots = make([]wordSlot, max(1<<12, 2*len(old)))
		t.n = 0
		for _, s := range old {
			if s.h != 0 {
				t.put(s.h, s.v)
			}
		}
	}
	h = max(h, 1)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.slots[i].h == 0 {
			t.slots[i] = wordSlot{h, v}
			t.n++
			return
		}
	}
}

func (m *Matcher) entry(v int32) []int32 {
	if v < 0 {
		return nil
	}
	return m.entries[v]
}

func (m *Matcher) computeIDs(w string) []int32 {
	f := foldWord(m.fold, w)
	var ids []int32
	if id, ok := m.ids["="+casePrefix(f)]; ok {
		ids = append(ids, id)
	}
	m.kbuf = m.lang.stems(m.kbuf[:0], f)
	for _, k := range m.kbuf {
		if id, ok := m.ids[k]; ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// scan finds every term occurrence in text (overlapping ones included) and
// leaves them in m.hits, the words in m.buf. Called with m.mu held.
func (m *Matcher) scan(text string) {
	m.buf = tokenize(m.buf[:0], text, m.lang)
	m.hits = m.hits[:0]
	if len(m.terms) == 0 {
		return
	}
	m.wids = m.wids[:0]
	for _, s := range m.buf {
		m.wids = append(m.wids, m.wordIDs(text[s.start:s.end]))
	}
	for i := range m.buf {
		if len(m.wids[i]) > 0 {
			m.walk(text, i, i, 0)
		}
	}
}

func (m *Matcher) walk(text string, start, i int, node int32) {
	if i >= len(m.buf) {
		return
	}
	for _, id := range m.wids[i] {
		child := m.child(node, id)
		if child == 0 {
			continue
		}
		for _, ti := range m.final[child] {
			if m.caseOK(text, start, &m.terms[ti]) {
				m.hits = append(m.hits, hit{start, i + 1, ti})
			}
		}
		m.walk(text, start, i+1, child)
	}
}

func (m *Matcher) caseOK(text string, start int, ti *termInfo) bool {
	if !ti.term.CaseSensitive {
		return true
	}
	for k, w := range ti.words {
		s := m.buf[start+k]
		if !sameCase(w, text[s.start:s.end]) {
			return false
		}
	}
	return true
}

func (m *Matcher) match(text string, h hit) Match {
	ti := &m.terms[h.term]
	a, b := m.buf[h.start].start, m.buf[h.end-1].end
	return Match{Concept: ti.concept, Term: ti.term, Start: a, End: b, Text: text[a:b]}
}

// FindAll returns every occurrence of every term in text, overlapping ones
// included, ordered by position.
func (m *Matcher) FindAll(text string) []Match {
	text = nfc(text)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.scan(text)
	out := make([]Match, 0, len(m.hits))
	for _, h := range m.hits {
		out = append(out, m.match(text, h))
	}
	return out
}

// Find returns the terms in text, leftmost-longest and without overlaps:
// "Türkmenistanyň Adalat ministrligi" is one match, not three. When one
// span is a term of several concepts, each gets a Match.
func (m *Matcher) Find(text string) []Match {
	sel, _ := m.collect(nfc(text), nil, nil, false)
	return sel
}

// collect scans text once and appends the leftmost-longest matches to sel
// and, when wantAll, every match to all.
func (m *Matcher) collect(text string, sel, all []Match, wantAll bool) ([]Match, []Match) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.scan(text)
	if wantAll {
		for _, h := range m.hits {
			all = append(all, m.match(text, h))
		}
	}
	m.sel = selectLongestInto(m.sel[:0], m.hits)
	for _, h := range m.sel {
		sel = append(sel, m.match(text, h))
	}
	return sel, all
}

// selectLongestInto appends to out, from hits ordered by start, the longest at each
// start that does not overlap an earlier choice, with every term of that
// span.
func selectLongestInto(out, hits []hit) []hit {
	end := 0
	for i := 0; i < len(hits); {
		j := i
		best := hits[i].end
		for j < len(hits) && hits[j].start == hits[i].start {
			best = max(best, hits[j].end)
			j++
		}
		if hits[i].start >= end {
			for k := i; k < j; k++ {
				if hits[k].end == best {
					out = append(out, hits[k])
				}
			}
			end = best
		}
		i = j
	}
	return out
}

func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}
