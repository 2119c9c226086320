package tm

import "github.com/terjime/terjime/workflow/catalog"

// Percentages with a meaning of their own.
const (
	// Exact is an identical source after normalisation.
	Exact = 100
	// Context is an exact match whose neighbouring segments match too (an
	// "in-context exact" match, 101 % in CAT tools).
	Context = 101
)

// text is a tokenised text ready for scoring.
type text struct {
	norm  string
	toks  []Token
	words []string // folded words
	raw   []string // words as written
	punct []string // punctuation marks in order
}

func newText(s string) *text { return normText(catalog.Normalize(s)) }

// normText is newText of a text already normalised, as the index stores
// its sources: a lookup scores dozens of them and need not normalise them
// again.
func normText(norm string) *text {
	t := &text{norm: norm, toks: tokens(norm, nil)}
	for _, k := range t.toks {
		if k.Word {
			t.words = append(t.words, k.Fold)
			t.raw = append(t.raw, t.norm[k.Start:k.End])
		} else {
			t.punct = append(t.punct, k.Fold)
		}
	}
	return t
}

// Score is the match percentage of candidate against query, the way CAT
// tools score fuzzy matches: 100 × (1 − d / n), rounded down, where d is the
// edit distance in words (case-folded) and n the word count of the longer
// text. A change of punctuation costs one point, and so does a change of
// case, so that a source identical but for case or punctuation scores 98 or
// 99, never 100: only an identical normalised text scores Exact.
func Score(query, candidate string) int {
	return score(newText(query), newText(candidate))
}

func score(q, c *text) int {
	if q.norm == c.norm {
		return Exact
	}
	n := max(len(q.words), len(c.words))
	d := distance(q.words, c.words)
	pct := 100
	if n > 0 {
		pct = 100 * (n - d) / n
	}
	penalty := 0
	if !equal(q.punct, c.punct) {
		penalty++
	}
	if d == 0 && !equal(q.raw, c.raw) {
		penalty++
	}
	if pct == 100 {
		// The texts differ (spacing around a mark, a symbol) even where
		// words and marks agree: still not an exact match.
		penalty = max(penalty, 1)
	}
	return max(pct-penalty, 0)
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// distance is the Levenshtein distance between two word sequences.
func distance(a, b []string) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) == 0 {
		return len(a)
	}
	var buf [64]int
	row := buf[:0]
	if len(b)+1 > len(buf) {
		row = make([]int, 0, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		row = append(row, j)
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			up := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(up+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	return row[len(b)]
}
