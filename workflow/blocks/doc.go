// Package blocks is what the readers of marked-up documents (Markdown,
// HTML) make of a document, and how it becomes segments.
//
// A reader cuts the document into a Lead and Blocks: a Block is the inline
// content of one paragraph, heading, list item, table cell, front matter
// value or attribute, as a run of Pieces — text to translate, and the
// markup inside it (the opening and closing markup of a link or an
// emphasis, a standalone code span or line break), exactly as written. The
// text between blocks (block markup, code blocks, comments, everything not
// translated) is each block's Sep. Concatenated, lead, pieces and seps are
// the document byte for byte.
//
// Cut turns the blocks into segments: it gives the plain text of each block
// to the sentence splitter with the codes transparent (a standalone code is
// one neutral character, markup around text is nothing), so a link or an
// emphasis never decides a boundary; it then moves each boundary off the
// markup (closing codes stay with the sentence they close, opening codes go
// with the one they open, line breaks between sentences go to the
// skeleton) and drops a boundary that would leave a paired code open, so a
// link or an emphasis span is never cut in two. Each segment is written in
// the notation of package markup, its codes' markup kept beside it.
//
// A Cutter does the same a block at a time, as a reader finds them
// (markdown.Walk gives it each block and where it starts), so that a long
// document is never held as blocks and segments at once; a segment without
// codes, most of them, is the document's own substring.
//
// Protect turns text matching a document's protected syntax (Hugo
// shortcodes, MDN macros) into standalone codes before cutting, so a
// translator sees them as codes and cannot change them.
package blocks
