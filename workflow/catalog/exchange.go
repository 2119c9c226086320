package catalog

// Pair is one document in one target locale, as the interchange formats
// export it: the source catalog (for the skeleton: blocks and the text
// between segments) and the target catalog (targets, states, notes, terms).
type Pair struct {
	Source *Catalog
	Target *Catalog
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
