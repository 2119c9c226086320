// Package tomlpos says where things stand in a TOML file, for the errors
// terjime finds after go-toml has decoded it: a duplicate document, a
// locale that is not one, a state that does not exist. go-toml's decoder
// gives positions only for its own errors, and searching the text for a
// key finds the wrong line as soon as the key repeats (every [[document]]
// has a name) or appears inside a string.
//
// Scan walks the document with go-toml's own parser (package unstable) and
// records the line of every key, table header and array-table header, by
// its dotted path: Line finds a key of the root or of a [table]
// ("source_locale", "segment.similarity", "check"), Tables the headers of
// an array of tables ("document", "segment.conflict") and LineIn a key of
// the i-th of them. Lines come from an input.Lines index, so scanning is
// linear in the file.
//
// Error turns go-toml's errors (decoding, strict mode, parsing) into an
// input.Error with the line and column of the problem: the one place TOML
// errors take their form. Columns count characters, as an editor does, not
// bytes; the character go-toml stopped at is named as it is in the file,
// not as its first byte; the error keeps its line (input.Error.Source),
// which the CLI shows with a caret; and the mistakes of hand-edited
// catalogs and glossaries get a hint: a " inside a "…" translation or
// term (write \" or «…»), a ' inside '…', a line break or a backslash
// inside "…", text without quotes, and for a key the decoded value has no
// field for, the key it most likely meant (package typo). KeyHint gives
// that last hint to a reader that checks a file's keys itself (the
// glossary's TOML and CSV). A hint is a UI message (input.Error.Hint):
// English in the error's text, said in the user's language where the CLI
// prints it.
package tomlpos
