// Package csvfile writes and reads the CSV files translators fill in a
// spreadsheet (LibreOffice Calc, Excel, Google Sheets).
//
// A file has a header row and one row per segment:
//
//	id, source, target, state, note, document, locale, previous_source, terms, context, base, escaped
//
// context is, for a link's title or an inline tag's attribute, the
// sentence it belongs to. base is what was exported of the target
// (catalog.Base), for the merge.
// Translators fill target (and may set state to reviewed or final, or add a
// note); the other columns are for reference. Quoting follows RFC 4180
// (encoding/csv, CRLF line ends), and the file starts with a UTF-8
// byte-order mark, without which Excel shows Cyrillic and Turkmen letters
// as mojibake.
//
// Read accepts what spreadsheets write back: the mark or none, commas or
// the semicolons a Russian-locale Excel uses, columns in any order, extra
// columns (ignored). A row with a target but the state "untranslated" (the
// translator filled the cell and left the state alone) reads as
// translated; an empty state cell lets the merge decide from the target.
// Problems name file:line.
//
// A CSV cell cannot hold a carriage return through a round trip (quoted
// fields turn CRLF into LF), and a target that a spreadsheet would read as
// a formula (starting with "=") is the translator's to check.
package csvfile
