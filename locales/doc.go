// Package locales embeds the CLI's own messages, the go-i18n message files
// active.<tag>.toml kept in this directory next to the article catalogs
// (locales/<locale>/<document>.toml, which are data and are not embedded).
//
// active.en.toml is the source: every message the CLI prints has an entry
// there. active.ru.toml and active.tk.toml carry the translations with the
// CLDR plural forms each language needs; `terjime check --goi18n locales`
// fails CI when one is missing. TestMessageIDsInCode reads the module's Go
// code and fails when the code names a message ID that is not in all three
// files, or when a message is named by no code. It recognises an ID as a
// string literal of an ID's form (CamelCase, an optional _suffix) whose
// first word begins some message here, so a new kind of message starts
// with an existing first word or adds its first message and its first use
// together; IDs put together at run time ("Status" + x) are refused.
package locales

import "embed"

// Messages holds active.en.toml, active.ru.toml and active.tk.toml.
//
//go:embed active.*.toml
var Messages embed.FS
