// Package htmlcheck validates the HTML editions in tests: the document is
// well-formed, has the structure of an HTML5 page (doctype, <html lang>,
// <head> with <meta charset="utf-8"> and <title>, <body>), and uses only the
// elements and attributes the edition writer emits, so text that leaked
// through unescaped (<script>, <img onerror>) is caught.
//
// It reads the page with encoding/xml in strict mode after closing the two
// void elements the writer uses (<meta>, <link>): strict XML is stricter than
// the HTML parser, so what passes here parses the same in a browser.
package htmlcheck
