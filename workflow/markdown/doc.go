// Package markdown reads a Markdown document — CommonMark with GitHub's
// tables, strikethrough, autolinks and task lists, and YAML or TOML front
// matter, as Hugo reads it — into the blocks of package blocks, keeping
// every byte so that the document is rebuilt exactly.
//
// Read parses with goldmark, which records where each node starts in the
// source; the text of paragraphs, headings, list items and table cells is
// taken from the source by those positions, and every byte between two
// stretches of text inside such a block is markup: the opening of the link,
// emphasis, image or strikethrough that starts there, the closing of the
// ones that end there, or a code span, autolink, inline HTML tag, line
// break or task box. Escapes (\*) and entity references (&amp;) are text,
// as written. The title of a link or an image ("…", '…' or (…)) and the
// translated attributes of an inline HTML tag (Options.Attributes, as
// package htmldoc reads them) are nested values of the code that holds
// them (blocks.Nested); a link reference definition's title is a block of
// its own in the skeleton. A title is taken only where it is the one
// goldmark read, as written. Over several lines inside a block quote, the
// quote's ">" that starts each further line is a standalone code of the
// value, as in the quote's own text (a list item's indentation is text);
// a target edition writes a translated value on one line, where that code
// has no place. Everything outside those blocks — block markup, fenced
// and indented code, link reference definitions, front matter keys — is
// skeleton and never reaches a translator. HTML blocks are read by package
// htmldoc, and their blocks join the document's.
//
// Walk gives the blocks to a function as it finds them, and parses a long
// document a chunk at a time: a chunk ends before a line that starts with
// a letter after a blank line, where no block can go on, and is taken
// longer when its last block (a fence, an HTML <pre> or comment) reaches
// over that line. Link reference definitions, the one thing that crosses
// blocks, are gathered first and shared by every chunk. A chunk also ends
// where the text starts or stops holding an address mark ("://", "www.",
// "@"): goldmark's Linkify, which turns bare addresses into links, is
// asked at every space, and chunks without a mark are parsed without it,
// to the same tree. Paragraphs of plain text (lines that start with a
// letter, no markup, no address: most of an article's prose) are not
// parsed at all: goldmark would make each one text, and that is the
// block. Parsed in chunks
// or whole, a document gives the same blocks (TestChunks, FuzzChunks); a
// 20 MB article is never one syntax tree. Read collects what Walk gives.
//
// Front matter values of the translated keys (title, description and
// summary unless Options say otherwise) are blocks of their own when they
// are strings: on one line, or over several (YAML block scalars, plain or
// quoted values continued on indented lines, TOML multi-line strings),
// taken only when the text's words are the parsed value's, so a value with
// an escape or a comment inside stays as it is. Other keys and values stay
// in the skeleton.
// Hugo shortcodes ({{< … >}}, {{% … %}}) and the document's own protected
// syntax (Options.Protect, such as MDN's {{macro}} calls) are standalone
// codes wherever they stand in text.
//
// Malformed input is refused with its file and line: front matter that is
// not closed or does not parse, a shortcode opened and not closed, invalid
// UTF-8 (checked by the caller, which decodes the file).
package markdown
