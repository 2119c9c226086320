package fuzzy

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// Exact is the score of identical normalised texts.
const Exact = 100

// Text is a normalised text tokenized for scoring by a Scorer.
type Text struct {
	Norm   string  // the normalised text
	Tokens []Token // its words and punctuation marks
	words  string  // one rune per folded word, from the Scorer's vocabulary
	n      int     // number of words
	raw    string  // the words as written, each followed by a NUL
	punct  string  // the punctuation marks in order, each followed by a NUL
}

// WordCount returns the number of words of t.
func (t *Text) WordCount() int { return t.n }

// Scorer scores texts against each other. It gives every distinct folded
// word a rune of its own, so that the edit distance in words is the edit
// distance between strings of those runes; texts made by one Scorer can be
// compared. A Scorer is not safe for concurrent use.
type Scorer struct {
	vocab map[string]rune
	buf   strings.Builder
}

// NewScorer returns an empty Scorer.
func NewScorer() *Scorer { return &Scorer{vocab: map[string]rune{}} }

// MaxTokenRunes is the number of distinct runes TokenRune gives: every
// code point outside the surrogate range.
const MaxTokenRunes = 0x110000 - 0x800

// TokenRune is the rune standing for the i-th distinct token when texts
// are compared as strings of one rune per token (i < MaxTokenRunes): a
// valid code point, so that it survives conversions between strings and
// runes.
func TokenRune(i int) rune {
	if i >= 0xD800 {
		i += 0x800
	}
	return rune(i)
}

// Text tokenizes norm, a normalised text, for scoring.
func (s *Scorer) Text(norm string) *Text {
	return s.text(norm, nil)
}

func (s *Scorer) text(norm string, toks []Token) *Text {
	t := &Text{Norm: norm, Tokens: Tokenize(norm, toks)}
	var raw, punct strings.Builder
	s.buf.Reset()
	for _, k := range t.Tokens {
		if !k.Word {
			punct.WriteString(k.Fold)
			punct.WriteByte(0)
			continue
		}
		id, ok := s.vocab[k.Fold]
		if !ok {
			// A vocabulary of more than a million distinct words (no
			// document has one) reuses runes, which can only make two
			// different words count as the same.
			id = TokenRune(len(s.vocab) % MaxTokenRunes)
			s.vocab[k.Fold] = id
		}
		s.buf.WriteRune(id)
		raw.WriteString(norm[k.Start:k.End])
		raw.WriteByte(0)
		t.n++
	}
	t.words, t.raw, t.punct = s.buf.String(), raw.String(), punct.String()
	return t
}

// Score returns the match percentage of two texts of this Scorer (see the
// package documentation); it is symmetric.
func (s *Scorer) Score(q, c *Text) int {
	if q.Norm == c.Norm {
		return Exact
	}
	n := max(q.n, c.n)
	d := distance(q.words, c.words)
	pct := 100
	if n > 0 {
		pct = 100 * (n - d) / n
	}
	penalty := 0
	if q.punct != c.punct {
		penalty++
	}
	if d == 0 && q.raw != c.raw {
		penalty++
	}
	if pct == 100 {
		// The texts differ (spacing around a mark, a symbol) even where
		// words and marks agree: still not an exact match.
		penalty = max(penalty, 1)
	}
	return max(pct-penalty, 0)
}

// Score returns the match percentage of two normalised texts.
func Score(a, b string) int {
	s := NewScorer()
	return s.Score(s.Text(a), s.Text(b))
}

// distance is the Levenshtein distance between two strings in runes: the
// edit distance in words between two Texts' words.
func distance(a, b string) int { return levenshtein.ComputeDistance(a, b) }
