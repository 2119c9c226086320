// Package xmlsafe reads and writes XML the way terjime's interchange formats
// (XLIFF, TMX, TBX) need it: safely, with positions, and byte-exact.
//
// Reading. Decoder is a strict XML 1.0 + Namespaces reader built on the
// lexer of github.com/tdewolff/parse (the one behind the minify tools):
// encoding/xml's tokenizer reads about 20 MB/s, too slow to merge a
// 100,000-segment XLIFF file (50 MB) in the two seconds a translator waits;
// the lexer reads several hundred MB/s. The lexer is lenient, so the
// Decoder enforces well-formedness itself: matching tags, quoted and unique
// attributes, names, the five predefined entities and character references
// only, characters XML 1.0 allows, "--" and "]]>" where they are
// forbidden, the XML declaration first, declared namespace prefixes, and a
// document cut short. Its tokens are encoding/xml's (StartElement with
// resolved namespaces, EndElement, CharData), and a differential test and
// fuzz target hold it to encoding/xml's reading of the same file.
//
// The limits make an untrusted file harmless: DOCTYPE declarations are
// refused (that is where entities, and so "billion laughs" and external
// entities, are declared), the input size and the element nesting depth
// are bounded, and every problem is reported as "file:line:col: what is
// wrong" (Error). A DOCTYPE that names the root element and an external DTD
// but declares nothing (the "<!DOCTYPE tmx SYSTEM "tmx14.dtd">" every CAT
// tool writes into TMX files) may be let through with Limits.Doctypes: it
// can declare no entity, and the DTD it names is never read. The document
// is held in memory, up to Limits.MaxBytes; a larger file is refused before
// it is read when its size is known.
//
// Files in UTF-8 (with or without a byte-order mark) and UTF-16 (with one)
// are read; other declared encodings are decoded with golang.org/x/text.
//
// Writing. AppendEscaped escapes text for element content or attribute
// values and stops at a character XML 1.0 cannot carry, so that each format
// can decide what to do with it (XLIFF 2.0 writes <cp hex>, the others
// refuse). Carriage returns are written as "&#xD;" so that a CRLF in a
// source text survives the parser's line-end normalisation.
package xmlsafe
