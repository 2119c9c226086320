// Package htmldoc reads an HTML document into the blocks of package
// blocks, keeping every byte so that the document is rebuilt exactly.
//
// Read runs the tokenizer of golang.org/x/net/html over the document and
// works on each token's raw bytes. The HTML5 tree builder of the same
// package is not used: it repairs what it reads (closes paragraphs,
// moves stray tags, adds <tbody>, decodes references), and a document
// rebuilt from its tree is not the document the newsroom wrote. The
// tokenizer repairs nothing, so the source edition is the source file byte
// for byte and a target edition has the source's DOM, tag for tag.
//
// Text and inline elements (a, em, strong, code, span, br, img, …) between
// two block boundaries make a block; any other tag (p, li, td, h1, div,
// table, …) is a boundary and stays in the skeleton. The content of
// script, style, pre, textarea, svg and math, comments between blocks and
// the doctype are skeleton too. In a block, a start tag and its end tag
// are a paired code when they nest properly; a tag left open or closed
// without its start, a comment and a void element (br, img, wbr) are
// standalone codes. Character references (&amp;, &nbsp;) are text as
// written.
//
// The values of translated attributes (alt, title, aria-label and
// placeholder unless Options say otherwise) are blocks of their own when
// their element stands between blocks. Inside a block they are nested
// values of the code the tag makes (blocks.Nested: "<abbr title=…>"
// stays one code of its sentence, its title a segment of its own), except
// that on a void element (<img alt>, <input placeholder>) the first one is
// the text of a paired code made of the tag around it, so the translator
// sees "<1>map of Ashgabat</1>" in the sentence. Values lists where a
// tag's translated values stand, for Markdown's inline HTML.
package htmldoc
