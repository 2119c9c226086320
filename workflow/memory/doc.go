// Package memory keeps a project's translation memory on disk and uses it:
// it decides when the indexes of package tm are stale, rebuilds them from
// the files the memory is made of, and pre-fills new segments from it.
//
// A memory is made of the done segments of the target catalogs (translated,
// reviewed, final; each unit with the hashes of its neighbours' sources, for
// context matches) and of the TMX files imported into its directory, their
// tags mapped onto the project's locales (en-US onto a project's en). It is
// kept in two indexes: the main one and a delta, an index of the files that
// changed since the main one was built, so that a change to one catalog of
// a hundred thousand articles costs the indexing of that catalog. A removed
// or superseded file's units in the main index are skipped in lookups; the
// delta is folded into a new main index once it holds a tenth of the units.
//
// Open trusts an index only when it is valid and fresh: every file is
// compared with the size and modification time the index recorded for it,
// or with its SHA-256 when those changed or are too close to the index's
// own time to tell (a file rewritten within the same clock tick). An
// invalid index is reported through Options.Invalid and rebuilt, never
// trusted. Indexes are written atomically, and only with Options.Write.
//
// Memory.Prefill is what segment uses to fill a new sentence: a context or
// exact match from reviewed or final work (PrefillOptions.Trust) is taken
// as translated, the best match at or above the threshold as outdated with
// its source as previous_source, and the segment's note says where the
// target came from and how well it matched ("tm: 87% fuzzy match from
// iom-seminar#5ce6fa46ab49 (reviewed)"); Prefilled and PrefilledIdentical
// recognise such a note. Every run, segment also fills the untranslated
// sentences that have an identical match; HasSource, a set of the hashes of
// every source the memory holds, made once, spares it a lookup for each of
// the many the memory does not know.
//
// The package needs no project: Options name the memory's directory, the
// catalogs, the locales and how to name files; what opening did is told
// through callbacks, for the caller to print.
package memory
