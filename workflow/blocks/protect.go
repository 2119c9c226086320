package blocks

import (
	"regexp"
	"strings"

	"github.com/terjime/terjime/workflow/markup"
)

// Protect makes every match of the patterns in a block's text a standalone
// code. A match may run over text and standalone codes (a shortcode whose
// quotes a parser took for markup); one that would swallow half of a paired
// code is left as it is.
//
// raw is the pieces' text, concatenated (a reader has it in the document
// as it is), or "" to have Protect join them.
func Protect(pieces []Piece, raw string, patterns []*regexp.Regexp) []Piece {
	if len(patterns) == 0 {
		return pieces
	}
	if raw == "" {
		var b strings.Builder
		for _, p := range pieces {
			b.WriteString(p.Text)
		}
		raw = b.String()
	}
	s := raw
	var at []int
	var spans [][]int
	for _, re := range patterns {
		if pre, _ := re.LiteralPrefix(); pre != "" && !strings.Contains(s, pre) {
			continue // most blocks have no "{{": no need to run the pattern
		}
		if at == nil {
			at = make([]int, 0, len(pieces)+1)
			n := 0
			for _, p := range pieces {
				at = append(at, n)
				n += len(p.Text)
			}
			at = append(at, n)
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			if m[1] > m[0] && protectable(pieces, at, m[0], m[1]) && !overlaps(spans, m) {
				spans = append(spans, m)
			}
		}
	}
	if len(spans) == 0 {
		return pieces
	}
	var out []Piece
	add := func(k markup.Kind, t string) {
		if t == "" {
			return
		}
		if n := len(out); k == markup.Text && n > 0 && out[n-1].Kind == markup.Text {
			out[n-1].Text += t
			return
		}
		out = append(out, Piece{Kind: k, Text: t})
	}
	for i, p := range pieces {
		a, b := at[i], at[i+1]
		if p.Kind != markup.Text && p.Kind != markup.Standalone {
			out = append(out, p)
			continue
		}
		x := a
		for _, m := range spans {
			if m[1] <= a || m[0] >= b {
				continue
			}
			if m[0] >= x && m[0] >= a {
				add(p.Kind, s[x:m[0]])
				add(markup.Standalone, s[m[0]:m[1]])
			}
			x = min(m[1], b)
		}
		if x == a && p.Kind == markup.Standalone {
			out = append(out, p)
			continue
		}
		add(p.Kind, s[x:b])
	}
	return out
}

// protectable reports whether [a, b) holds only text and standalone codes.
func protectable(pieces []Piece, at []int, a, b int) bool {
	for i, p := range pieces {
		if at[i+1] <= a || at[i] >= b {
			continue
		}
		if p.Kind != markup.Text && p.Kind != markup.Standalone {
			return false
		}
		if p.Kind == markup.Standalone && (at[i] < a || at[i+1] > b) {
			return false // a match may swallow a code, not cut one
		}
	}
	return true
}

func overlaps(spans [][]int, m []int) bool {
	for _, s := range spans {
		if m[0] < s[1] && s[0] < m[1] {
			return true
		}
	}
	return false
}
