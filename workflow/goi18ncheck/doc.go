// Package goi18ncheck validates a directory of go-i18n message files, the
// active.<tag>.toml, .json or .yaml files that goi18n merge writes and
// i18n.Bundle loads, and reports what would make a Go program show a
// message untranslated or fail to load its messages:
//
//   - a message of the source language missing in another language;
//   - a translation whose hash is not the hash goi18n computes for the
//     source message now (sha1 of its description and its "other" text),
//     so it was made for an earlier wording;
//   - a plural form the language needs by CLDR missing (Russian needs one,
//     few, many and other; Turkmen one and other), or one it never uses;
//   - a file whose tag does not parse (active.tm.toml: "tm" is the
//     country code of Turkmenistan; its language is tk);
//   - a table that mixes message keys (other, description, …) with other
//     keys, which go-i18n refuses to load;
//   - Go template actions ({{.Count}}) that differ from the source's.
//
// The files are read with package goi18nfile, as go-i18n reads them, and
// goi18n's hash is goi18nfile.Hash. goi18n itself has no command for this: merge silently moves incomplete
// messages to translate.<tag> files. The findings are check.Findings, so
// they print in every format terjime check has.
package goi18ncheck
