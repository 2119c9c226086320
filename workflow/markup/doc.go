// Package markup is the model of inline codes: the markup inside a sentence
// (a link, emphasis, inline code, a line break, an inline HTML tag, a Hugo
// shortcode) that a translator must keep but not translate.
//
// A segment of a Markdown or HTML document carries its codes in a notation
// that reads like the tags CAT tools show and that a translator can type,
// as in "Read the <1>IOM report</1> now.<2/>":
//
//   - <N>…</N> is a paired code: its opening and closing markup surround
//     text, as the brackets and the address of a link or the asterisks of an
//     emphasis do;
//   - <N/> is a standalone code: markup with no text of its own (an inline
//     code span, a line break, an image, a shortcode);
//   - N numbers the codes of the segment from 1 in the order they open.
//
// A code's markup itself, its original data ("[" and "](https://iom.int)"),
// never appears in the notation: the source catalog keeps it (Codes), in
// the order the codes stand in the source, and the editions and the
// interchange formats take it from there. A translation may move codes and
// change their order, but every code of the source must appear exactly
// once, paired codes opened before they are closed and properly nested
// (Check). A text that already contains something that reads as a code
// ("<1>" in a sentence about HTML) is made a standalone code by the format
// that reads it, so the notation never needs escaping.
//
// Plain-text documents have no codes: their segments are literal text and
// nothing in this package applies to them.
package markup
