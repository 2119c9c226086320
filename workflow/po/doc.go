// Package po writes and reads gettext PO files, the format of PO editors
// (Poedit, Lokalize, Weblate) and of msgmerge.
//
// An export holds one entry per segment of one target locale, in document
// order:
//
//	# the segment's note (a translator comment: editable in PO editors)
//	#. Glossary: IOM → МОМ          (the segment's glossary hints)
//	#. In the sentence: The IOM …    (a link's title or a tag's attribute: the sentence it is in)
//	#: iom-seminar                   (the document)
//	#, fuzzy                         (a target not done: outdated, or kept untranslated)
//	#| msgid "the previous source"   (outdated segments only)
//	#. terjime-base: 3f0c9a1b2d4e reviewed   (what was exported: catalog.Base)
//	msgctxt "5ce6fa46ab49"           (the segment ID)
//	msgid "the source text"
//	msgstr "the target text"
//
// States map this way: an empty msgstr is untranslated, a fuzzy
// entry is outdated, anything else is translated. PO cannot say reviewed or
// final, so those export as translated; the merge keeps the catalog's
// higher state when the text comes back unchanged.
//
// msgctxt is the segment ID. When the same sentence appears in two
// documents of one export (same ID, same source), the second entry's
// msgctxt is qualified as "document/ID": msgfmt refuses two entries with the
// same msgctxt and msgid.
//
// The header names the Language, the Plural-Forms gettext uses for it
// (Russian three forms, Turkmen two), UTF-8, and the source language
// (X-Source-Language). The writer leaves out everything that would change
// between two runs (dates), so exporting twice gives the same bytes.
//
// Read parses any PO file: multi-line strings, C escapes, obsolete (#~)
// entries (skipped), legacy charsets named in the header (decoded to UTF-8).
// Malformed input is an error naming file:line; so is a file that ends in
// the middle of a line or of an entry, the usual marks of a truncated file.
package po
