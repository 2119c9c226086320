// Package tm is terjime's translation memory: every translated sentence of
// the project (and of imported TMX files), indexed so that a new sentence
// finds the translations of the same or similar sentences in milliseconds,
// however many articles the newsroom has published.
//
// # Scoring
//
// Score is the match percentage CAT tools show, the one score terjime has
// (package fuzzy, which segment update uses too): 100 × (1 − d / n),
// rounded down, where d is the edit distance in words between the two texts
// (case-folded, after catalog.Normalize) and n the word count of the longer
// one, with a point off for a difference of punctuation and one for a
// difference of case: only an identical normalised source is an Exact
// (100 %) match. An exact match whose neighbouring sentences are the same as
// well is a Context match, 101 % ("in-context exact" in CAT tools): the same
// sentence in the same place, the safest translation to reuse. Diff shows a
// match's differences from the query, word by word, for highlighting; it
// runs Myers' algorithm over the tokens in space linear in the texts, and
// past a time bound settles for a coarser script, so a query of megabytes
// costs megabytes.
//
// # Storage
//
// An index is one file of fixed-size little-endian records (Build, Open):
// the distinct normalised sources, the units that translate them (target,
// locales, document, segment ID, state, origin and the hashes of the
// neighbouring sources), the files it was built from with their size,
// modification time and SHA-256, and an inverted index from the 32-bit
// hash of every word bigram to the sources containing it. A lookup
// binary-searches the query's bigrams (fuzzy.AppendKeys) in the sorted key
// table, counts shared keys over their posting lists (rarest first, within a
// budget, so that "of the" costs nothing), keeps the 64 sources sharing the
// most keys whose length allows the minimum score (fuzzy.Counts), and scores
// only those exactly: it never scans the memory.
//
// The file is used in place (mapped into memory by OpenFile): Open checks the magic, the
// version, the size the header records, a CRC-32C over the whole file, and
// then every reference between records, and refuses a file that fails any
// of them with an error wrapping ErrInvalid, so that a damaged or foreign
// file is rebuilt, never trusted. Nothing is decoded into maps on opening,
// which keeps opening a large memory to reading the file once.
//
// Why a file of our own and not SQLite: a fuzzy lookup needs candidate
// generation on word n-grams followed by exact word edit-distance scoring,
// which SQLite's full-text search does not do; we would still store the
// n-grams in tables and score in Go, paying for a database engine
// (modernc.org/sqlite is a very large pure-Go translation of C, slow to
// compile; the cgo driver would need a C toolchain) to hold what are,
// after all, sorted arrays. The index is a cache, rebuilt from the
// catalogs and imported TMX files in seconds, so it needs no transactions
// or in-place updates: a new file is written and renamed over the old one.
//
// Opening costs one read of the file and one pass over it (about 0.25 s
// for a million pairs, see BenchmarkOpen1M), paid once per command; the
// lookups that follow cost a millisecond or two each.
//
// This package knows nothing of projects or files on disk; package memory
// decides when an index is stale and rebuilds it. It keeps two: a main
// index and a delta holding the files changed since, with
// Query.SkipOrigins leaving out the main index's superseded units, so that
// a change to one catalog of a hundred thousand articles re-indexes that
// catalog only; the delta is folded into a new main index once it holds a
// tenth of the units.
package tm
