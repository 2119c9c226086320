// Package goi18nfile writes and reads go-i18n message files, so that a
// locale can be translated with goi18n's own workflow and the result
// loaded by go-i18n's Bundle. It is terjime's one reader of such files:
// merge reads exports back through it, and check --goi18n validates a
// program's message directory with it.
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
// file, and a last line with the segment's base for the export's locale
// ("terjime-base ru: 3f0c9a1b2d4e reviewed", catalog.Base): goi18n merge
// rewrites every target message's description and hash from the source
// messages, so the source description is the one field it keeps (and each
// locale's export needs a directory of its own). Its hash is computed as
// goi18n computes it from the source message (SHA-1 of description and
// "other"), so goi18n keeps the translations when it merges the files, and
// discards them once the source changes. Glossary hints, notes and an outdated translation go into TOML
// comments above the message: go-i18n ignores them.
//
// ReadMessages reads a message file, TOML, JSON or YAML, into its messages
// as go-i18n's own parser finds them (a string is a message, a table of
// message keys is one, other tables nest them, a list holds go-i18n v1's),
// each with every key go-i18n knows and the line it starts on. The parts
// go-i18n would refuse to load (a table mixing message keys with others, a
// value that is neither a text nor a table) are Problems beside the
// messages, so that a checker can report them all; an export read back
// fails on the first. Files in the shape terjime and goi18n write, one
// table of strings per message, take a path that builds no map per
// message. Hash is goi18n's hash of a source message, the one terjime
// writes, checks and compares.
//
// Read takes either file of an export back. In a translate file a message still equal to
// its source placeholder is untranslated; anything else is a translation
// (state translated). The hash says whether the source changed since.
package goi18nfile
