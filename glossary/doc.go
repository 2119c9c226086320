// Package glossary loads a terminology glossary and finds its terms in text,
// with the morphology of English, Russian and Turkmen, so that a translation
// can be checked against it: "Меджлиса", "Омбудсменом", "Mejlisiň",
// "MHG-niň" are the approved terms; "Парламент" for the Mejlis or "ИОМ" for
// IOM are not.
//
// It is a leaf: it imports nothing of terjime's and works on plain text, so
// other programs can use it.
//
// # The glossary file
//
// A glossary is a TOML file (terms.toml next to this file is the project's
// own). TOML rather than CSV because a concept is a small tree (concept →
// locale → preferred/admitted/forbidden terms → flags) that CSV can only
// flatten into repeated rows or ad-hoc columns; because long notes with
// sources and reasons need multi-line strings; because it takes comments;
// and because the project's other files (terjime.toml, the catalogs) are
// TOML already, read by the same library (pelletier/go-toml/v2). CSV stays an
// exchange format (ImportCSV, ExportCSV).
//
//	version = 1
//
//	[[concept]]
//	id = "iom"
//	subject = "international organizations"
//	note = "Why these forms: sources."
//	  [concept.ru]
//	  preferred = ["Международная организация по миграции", { term = "МОМ", case_sensitive = true }]
//	  forbidden = [{ term = "ИОМ", case_sensitive = true }]
//	  [concept.tk]
//	  preferred = ["Migrasiýa boýunça halkara guramasy", { term = "MHG", case_sensitive = true }]
//	  admitted = ["Halkara migrasiýa guramasy"]
//
// A term is a string or an inline table with term, case_sensitive (capitals
// must match; inflection still allowed), exact (no stemming: for forbidden
// forms whose stem is an approved word's) and note. A concept may set
// do_not_translate = true: its source terms must appear unchanged in every
// translation. Parse reports structural problems as "file:line: …"; Lint
// reports questionable content.
//
// # Matching
//
// Text is normalised to NFC and cut into words (letters, marks, digits; an
// apostrophe inside a word stays; a hyphen separates words except before a
// Turkmen ending: MHG-niň). Each word is case-folded (x/text/cases) and
// reduced to matching keys: the Snowball stem for English and Russian
// (github.com/kljensen/snowball, applied until it stops changing, see
// snowballKey; ё is read as е), the candidate stems of the Turkmen suffix
// stripper (see turkmen.go) for Turkmen. A term is the sequence of its words'
// keys, so multi-word terms match as stem sequences ("Международной
// организации по миграции"). All terms of a locale form one trie over word
// keys (Matcher); a text is read once, each word looked up in a cache, and
// the trie followed from each word: time grows with the text, not with the
// number of terms. Case-sensitive terms are checked against the words as
// written after the trie matched them.
//
// # Checking
//
// Checker.Check takes a source segment and its translation: each concept
// the source names (leftmost-longest matches) must have an approved term in
// the translation (any match, overlaps included); a forbidden term anywhere
// in it is a problem unless it lies inside a longer approved term; a
// do-not-translate name must be there as written. Consistency finds a
// concept rendered by an admitted term in one place and another term
// elsewhere. Hints gives translators the approved terms of a source text.
//
// # Exchange
//
// ExportTBX writes TBX v3 TBX-Basic (DCA style), valid against the LTAC core
// structure RNG and the TBX-Basic Schematron; flags that TBX-Basic has no
// data category for go into notes ("terjime:case-sensitive"). ImportTBX
// reads TBX v3 and the older TBX 2008 martif files; ImportCSV reads CSV. TBX
// is read by package xmlsafe, like every XML format terjime reads: under a
// size and nesting limit, in the encoding its XML declaration names, with
// any DOCTYPE that could declare something (an internal subset) and any
// other declaration refused, so no entity is ever defined or expanded and
// no DTD fetched; errors carry line and column. The bare
// <!DOCTYPE martif SYSTEM "…"> most TBX 2008 files start with declares
// nothing and is let through.
//
// # Order
//
// Compare and Glossary.Sorted order terms by the collation of their locale
// (x/text/collate), with the Turkmen alphabet fixed where CLDR has no
// Turkmen tailoring (see collate.go).
package glossary
