// Package locales embeds the CLI's own messages, the go-i18n message files
// active.<tag>.toml kept in this directory next to the article catalogs
// (locales/<locale>/<document>.toml, which are data and are not embedded).
//
// active.en.toml is the source: every message the CLI prints has an entry
// there. active.ru.toml and active.tk.toml carry the translations with the
// CLDR plural forms each language needs; `terjime check --goi18n locales`
// fails CI when one is missing.
package locales

import "embed"

// Messages holds active.en.toml, active.ru.toml and active.tk.toml.
//
//go:embed active.*.toml
var Messages embed.FS
