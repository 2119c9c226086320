package tm

// Op says where a span of a diff comes from.
type Op int8

// The diff operations, seen from the translation memory's source.
const (
	Same    Op = iota // in both the query and the TM source
	Removed           // only in the TM source: the query does not have it
	Added             // only in the query: the TM source does not have it
)

// Span is a piece of a diff.
type Span struct {
	Op   Op
	Text string
}

// Diff compares a TM source with the query it matched, token by token and
// case-sensitively, and returns the TM source as spans, with the query's
// words that the TM source lacks as Added spans at their place: what a
// translator must change in the TM target, wdiff style. Both texts are
// normalised first.
func Diff(query, source string) []Span {
	q, c := newText(query), newText(source)
	ops := align(q, c)
	var out []Span
	emit := func(op Op, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += s
			return
		}
		out = append(out, Span{op, s})
	}
	lastEnd := func() byte {
		for i := len(out) - 1; i >= 0; i-- {
			if t := out[i].Text; t != "" {
				return t[len(t)-1]
			}
		}
		return ' '
	}
	ci, qi := 0, 0 // next candidate and query token
	cEnd := 0      // end of the last candidate token emitted
	for k := 0; k < len(ops); {
		op := ops[k]
		j := k
		for j < len(ops) && ops[j] == op {
			j++
		}
		run := j - k
		switch op {
		case Same, Removed:
			first, last := c.toks[ci], c.toks[ci+run-1]
			emit(Same, c.norm[cEnd:first.Start])
			emit(op, c.norm[first.Start:last.End])
			cEnd = last.End
			ci += run
			if op == Same {
				qi += run
			}
		case Added:
			first, last := q.toks[qi], q.toks[qi+run-1]
			gap := qi > 0 && q.toks[qi-1].End < first.Start
			// A word replacing a removed word stands apart from it.
			replaces := k > 0 && ops[k-1] == Removed && c.toks[ci-1].Word && first.Word
			if (gap || replaces) && len(out) > 0 && lastEnd() != ' ' {
				emit(Same, " ")
			}
			emit(Added, q.norm[first.Start:last.End])
			qi += run
			// Keep the added words apart from the candidate text that
			// follows if the query had a space there and the candidate
			// text brings none.
			if qi < len(q.toks) && q.toks[qi].Start > last.End && ci < len(c.toks) && c.toks[ci].Start == cEnd {
				emit(Same, " ")
			}
		}
		k = j
	}
	emit(Same, c.norm[cEnd:])
	return out
}

// align returns the edit script turning the query's tokens into the
// candidate's: Same, Removed (a candidate token) and Added (a query token),
// in text order, removals before additions at each place.
func align(q, c *text) []Op {
	n, m := len(c.toks), len(q.toks)
	// lcs[i][j] is the longest common subsequence of c[i:] and q[j:].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	ctext := func(i int) string { return c.norm[c.toks[i].Start:c.toks[i].End] }
	qtext := func(j int) string { return q.norm[q.toks[j].Start:q.toks[j].End] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ctext(i) == qtext(j) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	ops := make([]Op, 0, n+m)
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && ctext(i) == qtext(j):
			ops = append(ops, Same)
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, Removed)
			i++
		default:
			ops = append(ops, Added)
			j++
		}
	}
	return ops
}
