package tm

import (
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/fuzzy"
)

// Percentages with a meaning of their own.
const (
	// Exact is an identical source after normalisation.
	Exact = fuzzy.Exact
	// Context is an exact match whose neighbouring segments match too (an
	// "in-context exact" match, 101 % in CAT tools).
	Context = 101
)

// Score is the match percentage of candidate against query, the way CAT
// tools score fuzzy matches and segment update scores edited sentences
// (fuzzy.Score, after catalog.Normalize): 100 × (1 − d / n), rounded down,
// where d is the edit distance in words (case-folded) and n the word count
// of the longer text, with a point off for a change of punctuation and one
// for a change of case.
func Score(query, candidate string) int {
	return fuzzy.Score(catalog.Normalize(query), catalog.Normalize(candidate))
}
