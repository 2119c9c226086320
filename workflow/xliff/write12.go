package xliff

import (
	"fmt"
	"io"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// Write12 writes pairs as an XLIFF 1.2 document (strict schema), for older
// CAT tools: a <file> per document (original = the document name, which is
// what the merge matches), a <group> per block, a <trans-unit> per
// sentence (id = the segment ID).
//
// XLIFF 1.2 has no ignorable text, so the separators are left out; the
// verbatim date line is a trans-unit with translate="no", there for
// context. States go on <target>: an untranslated segment's target is its
// source with state="new" (OmegaT opens only units with a target; a target
// that is still the source is never merged as a translation, and one a
// tool filled without changing the state comes back as a draft), outdated is
// "needs-review-translation" with the source the old target was made for
// in an <alt-trans>, translated is "translated", reviewed "signed-off",
// final "final" with approved="yes" on the trans-unit. Glossary hints and
// the segment's note are <note>s from "terjime:terms" and "terjime:note"; a
// value nested in a sentence's code (a link's title) has that sentence in a
// <note> from "terjime:in", context the merge does not read back.
func Write12(w io.Writer, srcLocale, tgtLocale string, pairs []catalog.Pair, opts Options) error {
	docs, err := layout(tgtLocale, pairs, opts)
	if err != nil {
		return err
	}
	o := newOut(w)
	o.Raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n<xliff")
	o.attr("xmlns", ns12)
	o.attr("version", "1.2")
	o.Raw(">\n")
	for _, d := range docs {
		o.Raw("  <file")
		o.attr("original", d.name)
		o.attr("source-language", srcLocale)
		if tgtLocale != "" {
			o.attr("target-language", tgtLocale)
		}
		o.attr("datatype", "plaintext")
		o.attr("xml:space", "preserve")
		o.Raw(">\n    <header>\n      <tool")
		o.attr("tool-id", "terjime")
		o.attr("tool-name", "terjime")
		o.Raw("/>\n    </header>\n    <body>\n")
		for _, u := range d.units {
			o.Raw("      <group")
			o.attr("id", u.id)
			if u.kind != "" {
				o.attr("restype", "x-terjime-"+u.kind)
			}
			o.Raw(">\n")
			for _, p := range u.parts {
				switch p.kind {
				case verbatimPart:
					writeTransUnit12(o, d.name, p, true)
				case segPart:
					writeTransUnit12(o, d.name, p, false)
				}
			}
			o.Raw("      </group>\n")
		}
		o.Raw("    </body>\n  </file>\n")
		if o.Err() != nil {
			break
		}
	}
	o.Raw("</xliff>\n")
	return o.Flush()
}

// states12 maps terjime's states to XLIFF 1.2 target states.
var states12 = [...]string{
	catalog.Untranslated: "needs-translation",
	catalog.Outdated:     "needs-review-translation",
	catalog.Translated:   "translated",
	catalog.Reviewed:     "signed-off",
	catalog.Final:        "final",
}

func writeTransUnit12(o *out, doc string, p part, verbatim bool) {
	s := p.seg
	o.at(doc, "segment", s.ID)
	if !xmlsafe.IsNMToken(s.ID) {
		o.Fail(fmt.Errorf("document %s: segment ID %q cannot be an XLIFF id", doc, s.ID))
	}
	o.Raw("        <trans-unit")
	o.attr("id", s.ID)
	if verbatim {
		o.attr("translate", "no")
	} else if s.State == catalog.Final {
		o.attr("approved", "yes")
	}
	o.Raw(">\n          <source>")
	o.inline12(s.Source, 1, p.hasCodes())
	o.Raw("</source>\n")
	if verbatim {
		o.Raw("        </trans-unit>\n")
		return
	}
	switch {
	case s.Target != "" && int(s.State) < len(states12) && p.codesOK(s.Target):
		o.Raw("          <target")
		o.attr("state", states12[s.State])
		o.Raw(">")
		o.inline12(s.Target, 1, p.hasCodes())
		o.Raw("</target>\n")
	case s.Target == "":
		// OmegaT and other tools open only units with a target: the
		// source stands in for it, marked new, which the merge never
		// takes for a translation.
		o.Raw("          <target")
		o.attr("state", "new")
		o.Raw(">")
		o.inline12(s.Source, 1, p.hasCodes())
		o.Raw("</target>\n")
	}
	writeBase12(o, s)
	if len(s.Terms) > 0 {
		o.Raw("          <note")
		o.attr("from", catTerms)
		o.attr("annotates", "source")
		o.Raw(">")
		o.text(strings.Join(s.Terms, "\n"))
		o.Raw("</note>\n")
	}
	if s.Note != "" {
		o.Raw("          <note")
		o.attr("from", catNote)
		o.Raw(">")
		o.text(s.Note)
		o.Raw("</note>\n")
	}
	if p.in != "" {
		o.Raw("          <note")
		o.attr("from", catIn)
		o.attr("annotates", "source")
		o.Raw(">")
		o.text(p.in)
		o.Raw("</note>\n")
	}
	if s.PreviousSource != "" {
		o.Raw("          <alt-trans")
		o.attr("alttranstype", "previous-version")
		o.Raw(">\n            <source>")
		o.text(s.PreviousSource)
		o.Raw("</source>\n            <target>")
		o.text(s.Target)
		o.Raw("</target>\n          </alt-trans>\n")
	}
	o.Raw("        </trans-unit>\n")
}
