package tmx

import (
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
)

// TU is one translation pair.
type TU struct {
	Source, Target             string
	SourceLocale, TargetLocale string
	// Document and ID name the segment the pair comes from, and State its
	// state in the target catalog ("final"…); empty when the file does
	// not say (a TMX from another tool).
	Document, ID, State string
	// Base is what the export wrote of the target ("<hash> <state>",
	// catalog.Base); ChangedBy and ChangedAt who last changed it and when
	// (changeid, changedate; the date as catalogs record it). Empty when
	// the file does not say.
	Base, ChangedBy, ChangedAt string
	// Line is where the pair's <tu> starts in the file read; 0 for pairs
	// made in memory.
	Line int
	// Codes are the markup of the inline codes (package markup) of Source
	// and Target, in the order they stand in Source; written as <bpt>,
	// <ept> and <ph>. None for plain text, and none when read.
	Codes []string
}

// FromPairs returns the done translations (translated, reviewed, final)
// of pairs, which may be of several locales, ordered by document (as they
// first appear), by segment (in source order) and by locale, so that Write
// puts every translation of a sentence in one <tu>.
func FromPairs(pairs []catalog.Pair) []TU {
	var docs []string
	byDoc := map[string][]catalog.Pair{}
	for _, p := range pairs {
		if p.Target == nil {
			continue
		}
		d := p.Target.Document
		if _, ok := byDoc[d]; !ok {
			docs = append(docs, d)
		}
		byDoc[d] = append(byDoc[d], p)
	}
	var out []TU
	for _, d := range docs {
		ps := byDoc[d]
		var ids []string
		seen := map[string]bool{}
		add := func(id string) {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		for _, p := range ps {
			if p.Source != nil {
				for _, s := range p.Source.Segments {
					if !s.Verbatim {
						add(s.ID)
					}
				}
			}
		}
		index := make([]map[string]int, len(ps))
		srcIndex := make([]map[string]int, len(ps))
		for i, p := range ps {
			index[i] = p.Target.Index()
			if p.Source != nil {
				srcIndex[i] = p.Source.Index()
			}
			for _, s := range p.Target.Segments {
				add(s.ID)
			}
		}
		for _, id := range ids {
			for i, p := range ps {
				j, ok := index[i][id]
				if !ok {
					continue
				}
				s := p.Target.Segments[j]
				if !s.Done() {
					continue
				}
				src := p.Target.SourceLocale
				if src == "" && p.Source != nil {
					src = p.Source.Locale
				}
				var codes []string
				if p.Source != nil {
					if k, ok := srcIndex[i][id]; ok && p.Source.Segments[k].Source == s.Source {
						codes = p.Source.Segments[k].Codes
					}
				}
				if len(codes) > 0 && len(markup.Check(s.Source, s.Target)) > 0 {
					continue // codes the translation broke cannot be written; check reports them
				}
				out = append(out, TU{
					Codes:  codes,
					Source: s.Source, Target: s.Target,
					SourceLocale: src, TargetLocale: p.Target.Locale,
					Document: d, ID: s.ID, State: s.State.String(),
					Base: catalog.BaseOf(&s).String(), ChangedBy: s.ChangedBy, ChangedAt: s.ChangedAt,
				})
			}
		}
	}
	return out
}
