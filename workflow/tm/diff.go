package tm

import (
	"time"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/fuzzy"
)

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

// text is a normalised text and its tokens.
type text struct {
	norm string
	toks []fuzzy.Token
}

func newText(s string) *text {
	norm := catalog.Normalize(s)
	return &text{norm, fuzzy.Tokenize(norm, nil)}
}

// align returns the edit script turning the query's tokens into the
// candidate's: Same, Removed (a candidate token) and Added (a query token),
// in text order, removals before additions at each place.
//
// It is Myers' difference algorithm (github.com/sergi/go-diff) over the
// tokens, each mapped to one rune: space linear in the texts, time
// proportional to their length times the number of differences, so the
// near matches a memory finds compare at once, and a query of a megabyte
// costs megabytes, not the gigabytes of a full table of common
// subsequences. Two long texts with little in common would take long; past
// alignTimeout the comparison settles for a coarser, still correct script
// (whole stretches removed and added rather than word by word).
func align(q, c *text) []Op {
	runes := map[string]rune{}
	encode := func(t *text) []rune {
		out := make([]rune, len(t.toks))
		for i, tok := range t.toks {
			s := t.norm[tok.Start:tok.End]
			r, ok := runes[s]
			if !ok {
				r = fuzzy.TokenRune(len(runes))
				runes[s] = r
			}
			out[i] = r
		}
		return out
	}
	cr, qr := encode(c), encode(q)
	if len(runes) > fuzzy.MaxTokenRunes {
		// More distinct tokens than runes: compare nothing word by word.
		return coarse(len(cr), len(qr))
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = alignTimeout
	diffs := dmp.DiffMainRunes(cr, qr, false)
	ops := make([]Op, 0, len(cr)+len(qr))
	var added int // additions wait for the removals at the same place
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ops = appendOps(ops, Added, added)
			added = 0
			ops = appendOps(ops, Same, n)
		case diffmatchpatch.DiffDelete:
			ops = appendOps(ops, Removed, n)
		case diffmatchpatch.DiffInsert:
			added += n
		}
	}
	return appendOps(ops, Added, added)
}

// alignTimeout bounds the time align spends looking for the smallest edit
// script of two long, different texts (a variable for the test of it).
var alignTimeout = time.Second

func appendOps(ops []Op, op Op, n int) []Op {
	for range n {
		ops = append(ops, op)
	}
	return ops
}

// coarse is the edit script that removes every candidate token and adds
// every query token.
func coarse(n, m int) []Op {
	return appendOps(appendOps(make([]Op, 0, n+m), Removed, n), Added, m)
}
