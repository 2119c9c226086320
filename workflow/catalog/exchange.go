package catalog

import "github.com/terjime/terjime/workflow/markup"

// Pair is one document in one target locale, as the interchange formats
// export it: the source catalog (for the skeleton: blocks and the text
// between segments) and the target catalog (targets, states, notes, terms).
type Pair struct {
	Source *Catalog
	Target *Catalog
}

// Contexts maps the ID of each value nested in a sentence's code (a
// link's title, an inline tag's attribute) to the plain text of that
// sentence: the context an export gives the translator, who otherwise sees
// "Map of Ashgabat" with no sentence around it. Nil when the document has
// no nested values or no source catalog.
func (p Pair) Contexts() map[string]string {
	if p.Source == nil {
		return nil
	}
	var out map[string]string
	var byID map[string]int // built at the first nested value: most documents have none
	segs := p.Source.Segments
	for i := range segs {
		if segs[i].In == "" {
			continue
		}
		if byID == nil {
			byID = p.Source.Index()
			out = map[string]string{}
		}
		if j, ok := byID[segs[i].In]; ok {
			out[segs[i].ID] = markup.Plain(segs[j].Source)
		}
	}
	return out
}

// Exchange is what an interchange file (XLIFF, PO, go-i18n, CSV, TMX) holds
// once read: translations of segments, to be merged into catalogs.
type Exchange struct {
	Format       string // xliff, xliff12, po, goi18n, csv, tmx
	Path         string
	SourceLocale string // empty when the format does not say
	TargetLocale string
	Units        []Unit
}

// Unit is one segment's translation as read from an interchange file.
type Unit struct {
	Document string // empty when the format does not say (then the merge matches by ID alone)
	ID       string
	// Source is the source text the file carries (or SourceHash when it
	// carries only a hash, as go-i18n files do); the merge compares it with
	// the catalog's current source.
	Source     string
	SourceHash string
	Target     string
	State      State
	// StateSet is false when the file says nothing about the state (a CSV
	// without a state column): the merge then derives it from the target.
	StateSet       bool
	PreviousSource string
	Note           string
	Line           int // where the unit starts in the file, for messages

	// Base is what the export that made the file wrote of the segment's
	// target; its zero value (no hash) when the file does not record it
	// (a file from another tool, or hand-made): the merge is then
	// two-way.
	Base Base
	// ChangedBy and ChangedAt name the translator of the unit's target and
	// when, where the format says (PO's Last-Translator and
	// PO-Revision-Date, TMX changeid and changedate, XLIFF's change
	// tracking); empty when it does not.
	ChangedBy string
	ChangedAt string
}
