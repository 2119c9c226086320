package tmx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// The property types terjime writes and reads.
const (
	propDocument = "x-terjime-document"
	propID       = "x-terjime-id"
	propState    = "x-terjime-state"
)

// Write writes tus as a TMX 1.4 document whose header names srcLocale as
// the source language ("*all*" when empty). Consecutive pairs with the same
// document, ID, source locale and source text share one <tu>.
func Write(w io.Writer, srcLocale string, tus []TU) error {
	if srcLocale == "" {
		srcLocale = "*all*"
	}
	o := &out{Writer: xmlsafe.NewWriter(w)}
	o.Raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n", `<tmx version="1.4">`, "\n  <header")
	o.attr("creationtool", "terjime")
	o.attr("creationtoolversion", "1")
	o.attr("segtype", "sentence")
	o.attr("o-tmf", "terjime")
	o.attr("adminlang", "en")
	o.attr("srclang", srcLocale)
	o.attr("datatype", "plaintext")
	o.Raw("/>\n  <body>\n")
	for i := 0; i < len(tus) && o.Err() == nil; {
		j := i + 1
		for j < len(tus) && sameSource(tus[i], tus[j]) && !hasTarget(tus[i:j], tus[j].TargetLocale) {
			j++
		}
		writeTU(o, srcLocale, tus[i:j])
		i = j
	}
	o.Raw("  </body>\n</tmx>\n")
	return o.Flush()
}

func sameSource(a, b TU) bool {
	return a.Document == b.Document && a.ID == b.ID && a.SourceLocale == b.SourceLocale && a.Source == b.Source
}

func hasTarget(tus []TU, locale string) bool {
	for _, t := range tus {
		if strings.EqualFold(t.TargetLocale, locale) {
			return true
		}
	}
	return false
}

func writeTU(o *out, srcLocale string, group []TU) {
	first := group[0]
	o.doc, o.id = first.Document, first.ID
	if first.SourceLocale == "" || first.TargetLocale == "" {
		o.Fail(fmt.Errorf("pair %q: no source or target locale", first.Source))
		return
	}
	o.Raw("    <tu")
	if first.Document != "" && first.ID != "" {
		o.attr("tuid", first.Document+"/"+first.ID)
	}
	if srcLocale != "*all*" && !strings.EqualFold(first.SourceLocale, srcLocale) {
		o.attr("srclang", first.SourceLocale)
	}
	o.Raw(">\n")
	prop := func(indent, typ, value string) {
		o.Raw(indent, "<prop")
		o.attr("type", typ)
		o.Raw(">")
		o.text(value)
		o.Raw("</prop>\n")
	}
	if first.Document != "" {
		prop("      ", propDocument, first.Document)
	}
	if first.ID != "" {
		prop("      ", propID, first.ID)
	}
	tuv := func(lang, text string, t *TU) {
		o.Raw("      <tuv")
		o.attr("xml:lang", lang)
		if t != nil {
			changeAttrs(o, *t)
		}
		o.Raw(">\n")
		if t != nil && t.State != "" {
			prop("        ", propState, t.State)
		}
		if t != nil && t.Base != "" {
			prop("        ", propBase, t.Base)
		}
		o.Raw("        <seg>")
		o.seg(text, first)
		o.Raw("</seg>\n      </tuv>\n")
	}
	tuv(first.SourceLocale, first.Source, nil)
	for i := range group {
		tuv(group[i].TargetLocale, group[i].Target, &group[i])
	}
	o.Raw("    </tu>\n")
}

// out is the shared XML writer with TMX's wording for the characters XML
// cannot carry.
type out struct {
	*xmlsafe.Writer
	// the pair being written, for error messages
	doc, id string
}

func (o *out) attr(name, value string) {
	if i := o.Attr(name, value); i >= 0 {
		o.Fail(badChar(value[i:], o.where()))
	}
}

func (o *out) text(s string) {
	if i := o.Text(s); i >= 0 {
		o.Fail(badChar(s[i:], o.where()))
	}
}

// seg writes a segment's text, its inline codes as <bpt i>, <ept i> and
// <ph x> holding their markup.
func (o *out) seg(text string, tu TU) {
	if len(tu.Codes) == 0 {
		o.text(text)
		return
	}
	codes, err := markup.NewCodes(tu.Source, tu.Codes)
	if err != nil {
		o.Fail(fmt.Errorf("%s: %w", o.where(), err))
		return
	}
	for _, t := range markup.Tokens(text) {
		n := strconv.Itoa(t.ID)
		data, _ := codes.Data(t.Kind, t.ID)
		switch t.Kind {
		case markup.Text:
			o.text(t.Text)
			continue
		case markup.Open:
			o.Raw(`<bpt i="`, n, `" x="`, n, `">`)
		case markup.Close:
			o.Raw(`<ept i="`, n, `">`)
		case markup.Standalone:
			o.Raw(`<ph x="`, n, `">`)
		}
		o.text(data)
		o.Raw(map[markup.Kind]string{markup.Open: "</bpt>", markup.Close: "</ept>", markup.Standalone: "</ph>"}[t.Kind])
	}
}

func (o *out) where() string {
	if o.doc == "" && o.id == "" {
		return "a pair"
	}
	return fmt.Sprintf("document %s, segment %s", o.doc, o.id)
}

// badChar explains why rest cannot be written: TMX has no escape for the
// characters XML cannot carry.
func badChar(rest, where string) error {
	r, n := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError && n == 1 {
		return fmt.Errorf("%s: invalid UTF-8", where)
	}
	return fmt.Errorf("%s: character %U cannot be written in TMX (XML has no way to carry it)", where, r)
}
