package markup

import (
	"fmt"
	"slices"
)

// Problem is something wrong with the codes of a translation.
type Problem struct {
	// Kind is missing, duplicated, unknown, unpaired or misnested.
	Kind string
	// Code is the code as written in the source ("<1>", "</1>", "<2/>") or,
	// for an unknown code, in the translation.
	Code string
}

func (p Problem) String() string {
	switch p.Kind {
	case "missing":
		return fmt.Sprintf("code %s of the source is missing", p.Code)
	case "duplicated":
		return fmt.Sprintf("code %s appears more than once", p.Code)
	case "unknown":
		return fmt.Sprintf("code %s is not in the source", p.Code)
	case "unpaired":
		return fmt.Sprintf("code %s is not paired", p.Code)
	case "misnested":
		return fmt.Sprintf("code %s closes out of order (codes must nest)", p.Code)
	}
	return p.Kind + " " + p.Code
}

type codeKey struct {
	k  Kind
	id int
}

// Check compares the codes of a translation with those of its source. Every
// code of the source must appear exactly once, each paired code opened
// before it is closed and nested within the others; the order may change.
// Problems come in the order they are found: first the translation's own,
// then the codes it is missing.
func Check(source, target string) []Problem {
	want := map[codeKey]bool{}
	var order []codeKey
	for _, t := range Tokens(source) {
		if t.Kind != Text {
			k := codeKey{t.Kind, t.ID}
			if !want[k] {
				order = append(order, k)
			}
			want[k] = true
		}
	}
	var ps []Problem
	seen := map[codeKey]int{}
	var stack []int
	for _, t := range Tokens(target) {
		if t.Kind == Text {
			continue
		}
		k := codeKey{t.Kind, t.ID}
		if !want[k] {
			ps = append(ps, Problem{"unknown", t.Text})
			continue
		}
		seen[k]++
		if seen[k] == 2 {
			ps = append(ps, Problem{"duplicated", t.Text})
		}
		if seen[k] > 1 {
			continue
		}
		switch t.Kind {
		case Open:
			stack = append(stack, t.ID)
		case Close:
			i := slices.Index(stack, t.ID)
			switch {
			case i < 0:
				ps = append(ps, Problem{"unpaired", t.Text}) // closed before it opens
			case i != len(stack)-1:
				ps = append(ps, Problem{"misnested", t.Text})
				stack = slices.Delete(stack, i, i+1)
			default:
				stack = stack[:i]
			}
		}
	}
	for _, k := range order {
		if seen[k] == 0 {
			ps = append(ps, Problem{"missing", Tag(k.k, k.id)})
		}
	}
	// An opening code left on the stack whose closing code does appear was
	// reported when that code came too early; one whose closing code is
	// missing is reported as missing. What remains is an opening code whose
	// close the source lacks, which the source's own check catches.
	return ps
}
