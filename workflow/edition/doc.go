// Package edition renders one edition of a document — the document in one
// locale — from the source catalog, which holds the document's skeleton,
// and the locale's target catalog, which holds the translations.
//
// Assemble walks the source segments in order and takes, for each, the
// done translation of the target catalog, or the source text when there is
// none (recording a Gap). The Edition it returns renders as
//
//   - Text: the layout of the source file, separator for separator; the
//     source locale's text edition is the source file byte for byte;
//   - Markdown: YAML front matter (title, date, lang, translationKey) that
//     Hugo, Jekyll and Eleventy read, then the title as a heading, the
//     paragraphs and the lists;
//   - HTML: a complete HTML5 document with lang, charset, <time datetime>
//     and hreflang alternates; every piece of text is escaped. The page
//     carries its own stylesheet (style.css: a measure of about 70
//     characters, system fonts, a dark scheme by prefers-color-scheme,
//     print rules), a switcher to the other editions, each named in its
//     own language, and sets a closing list of headlines apart as related
//     articles. The few words the page says itself (the switcher's label,
//     the note over marked gaps) are in pageTextsByLang.
//
// The date line ("07.08.2019 | Title") is shown in each locale's
// convention: the long date pattern and month names of Unicode CLDR for
// the languages in dates_cldr.go (generated; see gen_dates.go), except
// Turkmen, whose official form «2019-njy ýylyň 7-nji awgusty» (or, with
// DateCompact, «7-nji awgust 2019 ý.») follows the spelling rules of
// internal/turkmen; the date as written elsewhere, and in the source's own
// text edition.
//
// A Markdown or HTML target edition writes the translation of a value
// nested in a code (a link's title, an inline tag's attribute) into the
// code's markup where the source's stood, and the translation of a title
// or attribute of the skeleton in its place, escaped for the quotes around
// it: a Markdown title's unescaped quote or parenthesis gets a backslash,
// an HTML attribute's quote, "<" and a bare "&" a character reference, an
// unquoted attribute quotes of its own.
//
// Rendering gives UTF-8. Encoding says which file goes back to the legacy
// encoding an article was read in (windows-1251, KOI8-R…): the one that is
// the source file byte for byte; translations, and the Markdown and HTML
// made from a plain-text article, stay UTF-8, and a translated HTML page's
// charset declarations are made to say so.
//
// Whether an edition with gaps may be published is the caller's decision
// (workflow.Build); Options.Fallback only says how gaps look: the source
// text as is, or marked as untranslated.
package edition
