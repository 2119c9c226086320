// Package xmlsafe reads and writes XML the way terjime's interchange formats
// (XLIFF, TMX, TBX) need it: safely, with positions, and byte-exact.
//
// Reading. Decoder wraps encoding/xml with the limits that make an
// untrusted file harmless: it refuses DOCTYPE declarations (which is where
// entities, and so "billion laughs" and external entities, are declared),
// bounds the input size and the element nesting depth, and reports every
// problem as "file:line:col: what is wrong" (Error). encoding/xml itself
// never fetches anything and knows only the five predefined entities, so an
// entity reference that survives the DOCTYPE check is a syntax error.
// A DOCTYPE that names the root element and an external DTD but declares
// nothing (the "<!DOCTYPE tmx SYSTEM "tmx14.dtd">" every CAT tool writes
// into TMX files) may be let through with Limits.Doctypes: it can declare no
// entity, and the DTD it names is never read.
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
