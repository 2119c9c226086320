// Package catalog is terjime's model: one catalog per document per locale,
// holding every segment of the document in document order with its source,
// its target and its state.
//
// A catalog lives in a TOML file, locales/<locale>/<document>.toml. The file
// is meant to be opened by a translator in any editor: fill target, set state,
// add a note. Everything else is maintained by terjime. Files are written
// deterministically (the same catalog always gives the same bytes) and
// atomically (see package disk), so a catalog under version control only
// shows the changes somebody made.
//
// The source locale has a catalog too. Its segments carry the document
// skeleton: the kind of block each segment belongs to, whether it is
// translatable, and the exact text between it and the next segment, so that
// the source file can be rebuilt byte for byte (Skeleton). A value nested in
// the markup of another segment's codes — a link's title, an attribute of
// an inline tag — is a segment too, after its paragraph's, but not a piece
// of the skeleton: it records its container's ID and where it stands in the
// container's markup (in, at), and the reader checks that it stands there.
//
// States run untranslated → outdated → translated → reviewed → final; the
// last three are "done". A segment is outdated when it has a target that no
// longer matches its source (the source changed, or the target came from a
// fuzzy match); PreviousSource then holds the source the target was made for.
//
// Segment IDs are derived from the NFC-normalised, whitespace-collapsed
// source text (ID), so inserting a paragraph renumbers nothing; a sentence
// that repeats in a document gets "-2", "-3"… appended (Identify).
//
// A target records who last changed it and when (ChangedBy, ChangedAt), and
// a segment keeps the other versions of an unresolved conflict with it
// (Conflicts, [[segment.conflict]] tables after the segment), so that no
// text is lost until somebody decides. An interchange file that terjime
// exported records each segment's Base, the hash and state of the target it
// wrote, for the three-way merge.
package catalog
