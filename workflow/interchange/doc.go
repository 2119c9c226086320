// Package interchange is the registry of terjime's interchange formats,
// the files translators and their tools take and give back (XLIFF, PO,
// go-i18n message files, CSV, TMX).
//
// A format describes itself once, as a Format: its name (what export
// --format takes), its title (what messages call it) and a line of help;
// how its files are told from others' by their content (the root element
// of an XML format, the first line that is neither blank nor a # comment of
// a text format) or, when the content cannot tell, by their extension; how
// it reads a file into catalog.Exchanges; and how it writes catalog.Pairs,
// into one file (Write) or several (WriteFiles, go-i18n's message files).
// A translation memory format (TMX) says so (Memory): it holds the done
// pairs of every target locale. What a merge must know of files that
// cannot say everything is said here too: only one done state (PO,
// go-i18n), a hash of the source other than terjime's (go-i18n's), a file
// of the source messages an export writes beside the others.
//
// Each format's package declares its Format; a Registry lists them in the
// order help shows them and detection tries them. Export looks a format up
// by name and writes through it; merge hands a file to Registry.Read, which
// tells its format (Detect) and reads it, and asks the format what its
// files can say; help lists what the registry holds. Export, merge and
// help name no format (the translation memory's own import and export are
// TMX's): adding one is its package, a line in the registry, and its line
// of export's help in the message files.
package interchange
