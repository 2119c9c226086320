// Package locale is terjime's one reading of locale tags: the locales of
// terjime.toml and of catalogs, the --locale and --lang flags, the language
// of a PO header, an XLIFF or TMX file, a go-i18n file name, a glossary.
//
// Parse accepts a tag as people write it — any case ("RU"), ISO 639-2 codes
// ("eng"), gettext's underscore ("tk_TM") — and returns it canonical (ru, en,
// tk-TM). It refuses what x/text does not know as a language, and says so
// plainly when a country code stands where a language belongs: "tm" is
// Turkmenistan, whose language is Turkmen, "tk" (Error carries the hint for
// callers that print their own message). FromPOSIX first strips what a POSIX
// locale name adds (ru_RU.UTF-8@euro).
//
// Base names the language of a tag ("ru" for ru-RU): it picks segmentation
// rules, quote styles, plural forms, stemmers, date formats. Same compares two
// spellings of one tag; Match finds which of a project's locales a file's tag
// stands for, by RFC 4647 lookup: the tag itself, or the tag with its last
// subtags removed (a PO editor's ru_RU is the project's ru; a project's ru-RU
// is not a file's ru).
package locale
