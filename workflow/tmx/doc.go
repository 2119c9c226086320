// Package tmx writes and reads TMX 1.4b (translation memory exchange) files:
// every done translation of a project for other CAT tools and for
// terjime's own translation memory, and translation memories from other
// tools.
//
// A TU is one translation pair. Write puts consecutive pairs of the same
// source sentence (the same document, segment ID and source text) into one
// <tu> with a <tuv> per language, as TMX intends; the document and segment
// ID are <tu> properties (x-terjime-document, x-terjime-id) and each
// target's state a <tuv> property (x-terjime-state), with what was
// exported (x-terjime-base, catalog.Base) and who last changed the target
// and when (changeid, changedate), which Read takes back. Files are valid
// against tmx14.dtd, with segtype="sentence", and carry no dates, so the
// same pairs always give the same bytes.
//
// Read and Scan accept what CAT tools write: a DOCTYPE naming an external
// tmx DTD (never read, and an internal subset is refused, see xmlsafe), a
// <tu> with any number of languages (one pair per target language; with
// srclang="*all*", one per ordered pair of languages; none for an empty
// variant), the deprecated lang attribute, and inline codes, whose native
// code is dropped while the text of <hi> is kept.
package tmx
