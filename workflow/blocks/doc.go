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
// A code's markup can hold text to translate: the title of a link or an
// image, an attribute of an inline HTML tag. A reader gives such values as
// the block's Nested values, each with where it stands; the cutter makes
// each a segment of its own, never cut into sentences, placed after the
// block's last segment with a block number of its own (so that it never
// joins its paragraph's unit in an interchange file), the index of the
// segment whose code holds it (In) and where it stands in that segment
// (At). The code itself stays one code of its sentence, which a translator
// moves as a whole. A value whose code stays out of every segment (a block
// with nothing else to translate) is a segment in the skeleton, in its
// place. Join leaves nested segments out: their text is in their
// containers' codes.
//
// Protect turns text matching a document's protected syntax (Hugo
// shortcodes, MDN macros) into standalone codes before cutting, so a
// translator sees them as codes and cannot change them.
package blocks
