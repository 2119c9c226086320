// Package fuzzy is terjime's one measure of how alike two sentences are,
// shared by segment update (which removed sentence an edited one inherits
// its translation from) and the translation memory (fuzzy matches): one
// tokenizer, one score, one edit distance and one word-bigram index.
//
// # Tokens
//
// Tokenize splits a normalised text (catalog.Normalize: NFC, white space
// collapsed) into words and punctuation marks. A word is a run of letters,
// digits and combining marks; an apostrophe, hyphen or dot between two word
// characters stays inside it, so "don't", "MHG-nyň" and "3.5" are one word
// each. Words are compared case-folded, the typographic apostrophe folded to
// the ASCII one. Words counts words by the same rule without tokenizing.
//
// # Score
//
// Score is the match percentage CAT tools show: 100 × (1 − d / n), rounded
// down, where d is the edit distance in words between the two texts
// (case-folded) and n the word count of the longer one. A difference of
// punctuation costs one point and a difference of case another, so a text
// identical but for case or punctuation scores 98 or 99: only identical
// normalised texts score Exact (100). Words are compared whole, so an
// inflected word (Меджлиса / Меджлису, MHG-nyň / MHG-niň) counts as a
// changed word, as it does for a translator, and a reordered sentence costs
// each word that moved. The distance is computed by
// github.com/agnivade/levenshtein over strings with one rune per distinct
// word, which a Scorer assigns; texts are compared within one Scorer.
//
// # Index
//
// Keys are the hashes of a text's distinct word bigrams (of its one word, for
// a one-word text): neighbouring word pairs are distinctive where single
// words are common, and an edit of a few words leaves most of them in place
// — a sentence of n ≥ 4 words that scores 75 keeps at least n/2 − 1 of its
// bigrams. An inverted index from key to texts proposes the few candidates
// sharing the most keys with a query (Counts keeps the best of them), and
// only those are scored: Index does this in memory for segment update, and
// the translation memory's index file stores the same keys.
package fuzzy
