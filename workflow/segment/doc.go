// Package segment cuts an article into translation units: blocks separated
// by blank lines, then sentences. It is a leaf: plain text in, segments out,
// so other programs can use it.
//
// Split never loses a byte: the Document it returns holds the text before
// the first segment (Lead), and every Segment holds its text and the exact
// separator after it, so Lead + Σ(Text+Sep) rebuilds the input, CRLF line
// ends, a byte-order mark and invalid UTF-8 included. That is what lets the
// source locale's catalog reproduce the article byte for byte.
//
// The sentence rules are written for news text in English, Russian and
// Turkmen. A full stop ends a sentence when white space and a capital or a
// digit follow, and also with no space at all when a lower-case word runs
// into a capitalised one ("persons.Representatives"). It does not after an
// abbreviation that stands before a name (Mr., им., akad.), after an
// initial (G. Berdimuhamedov, Г. Бердымухамедов), inside numbers, dates,
// URLs and e-mail addresses, or before a lower-case word. Abbreviations that
// may end a sentence (U.S., г., ý.) end it only when a common sentence
// opener follows (The, В, Bu); a unit or currency after a number (40 kg.,
// 500 тыс. руб., 7 mln.) ends it before any capital. "?" and "!" end a
// sentence unless lower case follows (Yahoo! in); closing quotes and
// brackets stay with the sentence they close (…protection.”, «…».). Inside
// an open quotation, a mark followed by a dash is direct speech with the
// author's words («…? – спросила мама. – …») and ends nothing. Ellipses
// end a sentence when they touch the last word and a capital follows;
// spaced or bracketed ones mark an omission. The word lists live in
// data/<lang>.txt; Options.Abbreviations adds a project's own.
//
// Inside a block a line break ends a list item or a headline line, while a
// hard-wrapped sentence — the next line continues in lower case, or the line
// stops on a comma or a word such as "the" — stays one segment.
//
// OneLine prints such a wrapped sentence on one line.
package segment
