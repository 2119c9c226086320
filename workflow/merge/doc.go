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
//
// Then, for each unit:
//
//   - the same source: the target and state are applied, unless the catalog
//     holds done work that the file would lower (reviewed or final to a
//     lower state) or replace with another text, which is a conflict;
//     untranslated and outdated segments take the file's translation, which
//     they wait for; a lower done state with the same text is no news (PO,
//     CSV and go-i18n cannot say reviewed);
//   - another source: the translation is kept as outdated, with the file's
//     source as previous_source, unless the catalog holds another
//     translation, which is a conflict;
//   - unknown locales, documents and segment IDs, and units with no ID or
//     no way to tell their source, are reported and skipped.
//
// A merge never clears a translation. A note may be added or extended, never
// replaced without Force. Force takes the file's version where it
// conflicts, and the conflict is still reported.
//
// Every report is an Event whose Reason is the UI message ID that explains
// it; the caller prints it in the UI language. The package needs no project:
// Options carry the locales and documents it knows of and a function that
// reads a target catalog, called at most once per catalog.
package merge
