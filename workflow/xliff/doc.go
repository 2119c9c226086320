// Package xliff writes catalogs as XLIFF files for CAT tools and reads the
// translations back: XLIFF 2.0 (OASIS, 2014) and, for older tools, XLIFF
// 1.2.
//
// Layout. A file holds one target language. Each document is a <file>
// (id, or in 1.2 original, = the document name), each block of the source
// document a unit (a 1.2 <group>), each sentence a segment (a 1.2
// <trans-unit>) whose id is the segment ID the merge matches on. XLIFF 2.0
// keeps the text between the sentences of a block, and the verbatim date
// line, as <ignorable>, so a unit's sources read in order are the block.
//
// States: 2.0 initial / initial + subState="terjime:outdated" /
// translated / reviewed / final; 1.2 no target / needs-review-translation /
// translated / signed-off / final with approved="yes". Glossary hints,
// previous source and notes travel as notes (2.0 unit notes whose id names
// the segment; 1.2 <note> and <alt-trans alttranstype="previous-version">).
//
// Reading is strict where terjime relies on the file and lenient where it
// does not. Read detects the version from the root element. For XLIFF 2.0
// it checks the core rules the OASIS test suite exercises and a reader can
// check without resolving fragment identifiers or modules: required and
// known attributes and their values, NMTOKEN ids unique where XLIFF says
// so (files; groups and units in a file; segments, ignorables and codes in
// a unit; notes; data), element order, a unit has a segment, a segment a
// source, subState only with state, trgLang when there are targets,
// xml:lang of sources and targets, xml:space of a target as its source's,
// <cp> only for characters XML cannot carry, sc/ec and sm/em pairing,
// dataRef targets, comment annotations with a value or a ref, target order
// unique. Inline codes are checked and dropped: catalogs hold plain text.
// A target in the initial state is a draft and reads as outdated; a
// segment in a translate="no" unit is not returned.
//
// For XLIFF 1.2 it checks the structure, required attributes, unique
// trans-unit and group ids, and state values. approved="yes" reads as
// final; a target without state or approved says nothing about its state
// (Unit.StateSet is false).
//
// Each segment's base, what the export wrote of its target (catalog.Base),
// and who last changed the target and when: in 2.0 the Metadata module
// (metaGroups "terjime:base", "terjime:changed-by", "terjime:changed-at" of
// the unit, a meta per segment named by its ID), in 1.2 a context group of
// the trans-unit (x-terjime-base…). Read takes the base back, and the
// translator a tool names: 2.0 Change Tracking (the current or latest
// <ctr:revision> of a segment's target), 1.2 the <phase> a target's
// phase-name names.
//
// Notes read back: "<segment>.previous" as the previous source,
// "<segment>.note" (1.2: from="terjime:note") as the note; a note a CAT tool
// adds joins the note of its segment (in 2.0, when the unit has only one
// segment); glossary hints are maintained by terjime and not read. A unit's
// Document is the file's id (1.2: original). A 1.2 file whose <file>s are in
// different language pairs is refused: an Exchange holds one.
//
// Input goes through package xmlsafe: no DOCTYPE, bounded size and depth,
// errors as "file:line:col: what is wrong" (input.Error).
package xliff
