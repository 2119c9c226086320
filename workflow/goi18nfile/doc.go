// Package goi18nfile writes and reads go-i18n message files (TOML), so that
// a locale can be translated with goi18n's own workflow and the result
// loaded by go-i18n's Bundle.
//
// An export for target locale L is three files, as goi18n merge would
// leave them:
//
//	active.<source>.toml  every segment as a source message (what goi18n merge needs)
//	active.L.toml         the done segments (translated, reviewed, final)
//	translate.L.toml      the rest, with the source text as a placeholder
//
// Each message ID is "<document>.<segment ID>", e.g.
// "iom-seminar.5ce6fa46ab49": one flat quoted key per message, unique across
// documents; segment IDs have no dots, so the split is unambiguous. A
// message's description is its source text, so translators see it in every
// file; its hash is computed as goi18n computes it from the source message
// (SHA-1 of description and "other", Hash), so goi18n keeps the
// translations when it merges the files, and discards them once the source
// changes. Glossary hints, notes and an outdated translation go into TOML
// comments above the message: go-i18n ignores them.
//
// Read takes either file back. In a translate file a message still equal to
// its source placeholder is untranslated; anything else is a translation
// (state translated). The hash says whether the source changed since.
package goi18nfile
