package xliff

import (
	"fmt"
	"io"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// Namespaces of the XLIFF versions terjime reads and writes.
const (
	ns20 = "urn:oasis:names:tc:xliff:document:2.0"
	ns12 = "urn:oasis:names:tc:xliff:document:1.2"
)

// Write writes pairs as an XLIFF 2.0 document for translation from
// srcLocale into tgtLocale: a <file> per document (id = the document name),
// a <unit> per block, a <segment> per sentence (id = the segment ID), the
// text between the sentences of a block as <ignorable>.
//
// The verbatim date line is part of its block's text, so it is written
// inside an <ignorable> with the separators around it: the translator sees
// it in context, and XLIFF says plainly that it is not to be translated.
//
// States: untranslated is initial without a target, outdated is initial
// with the old target and subState "terjime:outdated"; translated,
// reviewed and final are themselves. Glossary hints, the previous source
// of an outdated segment and the segment's note are unit <note>s with the
// categories terjime:terms, terjime:previous-source and terjime:note and
// the id "<segment id>.terms" (".previous", ".note"): XLIFF 2.0 has notes on
// units only, and the id ties each to its segment. A value nested in
// another segment's code (a link's title) has the text of that sentence,
// its context, in a note of category terjime:in (".in"), which merge does
// not read back. The file is
// canResegment="no" (segment IDs are what the merge matches) and
// xml:space="preserve" (the separators and hard-wrapped sentences keep
// their line breaks).
func Write(w io.Writer, srcLocale, tgtLocale string, pairs []catalog.Pair, opts Options) error {
	docs, err := layout(tgtLocale, pairs, opts)
	if err != nil {
		return err
	}
	o := newOut(w)
	o.cp = true
	o.Raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n<xliff")
	o.attr("xmlns", ns20)
	o.attr("xmlns:mda", nsMDA) // the bases (writeBase20)
	o.attr("version", "2.0")
	o.attr("srcLang", srcLocale)
	if tgtLocale != "" {
		o.attr("trgLang", tgtLocale)
	}
	o.Raw(">\n")
	for _, d := range docs {
		o.Raw("  <file")
		o.attr("id", d.name)
		if d.source != "" {
			o.attr("original", d.source)
		}
		o.attr("canResegment", "no")
		o.attr("xml:space", "preserve")
		o.Raw(">\n")
		for _, u := range d.units {
			writeUnit20(o, d.name, u)
		}
		o.Raw("  </file>\n")
		if o.Err() != nil {
			break
		}
	}
	o.Raw("</xliff>\n")
	return o.Flush()
}

func writeUnit20(o *out, doc string, u unit) {
	o.Raw("    <unit")
	o.attr("id", u.id)
	if u.kind != "" {
		o.attr("type", "terjime:"+u.kind)
	}
	o.Raw(">\n")
	writeBase20(o, doc, u)
	notes := false
	note := func(id, category, text string) {
		if !notes {
			o.Raw("      <notes>\n")
			notes = true
		}
		o.Raw("        <note")
		o.attr("id", id)
		o.attr("category", category)
		if category != catNote {
			o.attr("appliesTo", "source")
		}
		o.Raw(">")
		o.at(doc, "note", id)
		o.text(text)
		o.Raw("</note>\n")
	}
	for _, p := range u.parts {
		if p.kind != segPart {
			continue
		}
		s := p.seg
		if len(s.Terms) > 0 {
			note(s.ID+".terms", catTerms, strings.Join(s.Terms, "\n"))
		}
		if s.PreviousSource != "" {
			note(s.ID+".previous", catPrevious, s.PreviousSource)
		}
		if s.Note != "" {
			note(s.ID+".note", catNote, s.Note)
		}
		if p.in != "" {
			note(s.ID+".in", catIn, p.in)
		}
	}
	if notes {
		o.Raw("      </notes>\n")
	}
	o.originalData20(u.parts)
	var ign strings.Builder
	flushIgnorable := func() {
		if ign.Len() == 0 {
			return
		}
		o.Raw("      <ignorable>\n        <source>")
		o.at(doc, "unit", u.id)
		o.text(ign.String())
		o.Raw("</source>\n      </ignorable>\n")
		ign.Reset()
	}
	k := 0
	for _, p := range u.parts {
		switch p.kind {
		case verbatimPart:
			ign.WriteString(p.seg.Source)
		case sepPart:
			ign.WriteString(p.text)
		case segPart:
			flushIgnorable()
			k++
			writeSegment20(o, doc, p, k)
		}
	}
	flushIgnorable()
	o.Raw("    </unit>\n")
}

func writeSegment20(o *out, doc string, p part, k int) {
	s := p.seg
	o.at(doc, "segment", s.ID)
	if !xmlsafe.IsNMToken(s.ID) {
		o.Fail(fmt.Errorf("document %s: segment ID %q cannot be an XLIFF id", doc, s.ID))
	}
	o.Raw("      <segment")
	o.attr("id", s.ID)
	switch s.State {
	case catalog.Untranslated:
		o.attr("state", "initial")
	case catalog.Outdated:
		o.attr("state", "initial")
		o.attr("subState", subOutdated)
	default:
		o.attr("state", s.State.String())
	}
	o.Raw(">\n        <source>")
	o.inline20(s.Source, k, p.hasCodes())
	o.Raw("</source>\n")
	if s.Target != "" && p.codesOK(s.Target) {
		o.Raw("        <target>")
		o.inline20(s.Target, k, p.hasCodes())
		o.Raw("</target>\n")
	}
	o.Raw("      </segment>\n")
}
