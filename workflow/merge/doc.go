// Package merge brings translations back from interchange files into the
// catalogs: the units of each catalog.Exchange (as an interchange format's
// reader returns them) are matched to the catalogs' segments and applied,
// kept as outdated, or reported, in memory. Nothing is written here; the
// caller writes the changed catalogs of a Result, or not.
//
// A unit is found by its segment ID, in its document when the file names
// one, else in every document that holds the ID (the same ID is the same
// sentence). Before its target is taken, the merge checks that the unit was
// translated from the catalog's current source: by the file's hash when it
// carries one (go-i18n's own hash for go-i18n files, terjime's segment hash
// for the others), else by the source text, normalised as segment IDs are.
// The merge names no format: what a format's files can say (its hash, only
// "translated" for done work, a source-messages file) it asks of the
// format's interchange.Format (Options.Formats).
//
// A file terjime exported records each segment's base, what the export
// wrote (catalog.Base): the merge is then three-way (threeWay) — base, the
// catalog now, the file — and each side's change is known, so a
// correction of reviewed work comes back as it should, and only a segment
// both sides changed differently is a conflict. A file without bases (from
// another tool, or hand-made) is merged two-way (twoWay): done work is never
// lowered or replaced without a conflict; untranslated and outdated
// segments take the file's translation. Either way a translation of a
// source that changed since goes in as outdated, with that source as
// previous_source; a note may be added or extended, never replaced; and a
// merge never clears a translation.
//
// A conflict does not stop the rest: the catalog keeps its version and the
// file's is kept with the segment (catalog.Segment.Conflicts), so no text
// is lost until somebody decides — Options.Take during the merge, Settle,
// TakeConflict or EditConflict later. Who changed an applied target is
// recorded: the translator the file names when newer, else Options.Who.
//
// A unit whose target is its source (what OmegaT and other CAT tools write
// for a segment nobody translated, and terjime's XLIFF 1.2 export writes
// as a placeholder) is not a translation and is never applied.
//
// Every report is an Event whose Reason is the UI message ID that explains
// it; the caller prints it in the UI language. The package needs no project:
// Options carry the locales and documents it knows of and a function that
// reads a target catalog, called at most once per catalog.
package merge
