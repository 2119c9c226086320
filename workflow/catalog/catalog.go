package catalog

import (
	"strings"

	"github.com/terjime/terjime/workflow/fuzzy"
	"github.com/terjime/terjime/workflow/markup"
)

// Segment is one translation unit of a document.
type Segment struct {
	// ID is the stable identifier derived from the source text (Identify).
	ID string
	// Source is the segment's source text, exactly as it stands in the
	// source document (a hard-wrapped sentence keeps its line break).
	Source string
	// Target is the translation; empty while untranslated. Source catalogs
	// have none.
	Target string
	State  State
	// SourceHash is the Hash of the source the target was translated from.
	// In a source catalog made by IdentifySegments it is the Hash of
	// Source, kept in memory only (a source catalog's file has none).
	SourceHash string
	// PreviousSource is the source the target was made for, while the
	// segment is outdated.
	PreviousSource string
	// Note is free text for translators and reviewers. Flags such as
	// "no-numbers-check" in it switch checks off for the segment.
	Note string
	// Terms are the glossary hints for the segment: the terms found in its
	// source with the approved target terms, maintained by terjime.
	Terms []string
	// ChangedBy and ChangedAt say who last changed the target and when
	// (RFC 3339, UTC); empty where nobody is known (a hand edit, a
	// catalog older than the fields).
	ChangedBy string
	ChangedAt string
	// Conflicts are the other versions of the segment an unresolved
	// conflict left: the merge kept the catalog's version above and each
	// other one here, so that no text is lost until somebody decides.
	Conflicts []Conflict

	// Skeleton fields, present in the source catalog only.

	// Kind is the role of the segment in the document: date, title,
	// heading, paragraph or item.
	Kind string
	// Block numbers the blocks of the document from 0; the sentences of a
	// paragraph share one.
	Block int
	// Verbatim segments (the date line) are not translated.
	Verbatim bool
	// Sep is the exact text between this segment and the next one (or the
	// end of the document).
	Sep string
	// Codes are the original data of the inline codes in Source (package
	// markup), in the order they stand; none in plain-text documents.
	Codes []string
	// In is, for a value nested in the markup of another segment's codes
	// (a link's title, an attribute of an inline tag), the ID of that
	// segment, its container; At is where the value's Raw starts in the
	// container's Raw. A nested segment has no place in the skeleton: the
	// container's codes hold its text.
	In string
	At int

	// Line is the line of the segment's table header in the file it was
	// read from; 0 for segments made in memory.
	Line int
}

// Conflict is the version of a segment that another side (an exchange
// file, a git branch) wanted when it conflicted with the catalog's: the
// segment as it would be if that side were taken.
type Conflict struct {
	Target string
	State  State
	Note   string
	// ChangedBy and ChangedAt are the other side's translator and time.
	ChangedBy string
	ChangedAt string
	// From says where the version came from: "ru.xlf:42", "git merge of
	// feature-x".
	From string
}

// Catalog holds every segment of one document in one locale.
type Catalog struct {
	Document     string
	Locale       string
	SourceLocale string

	// Source-catalog fields: the document file it was made from, its
	// encoding, whether it began with a byte-order mark, and the text before
	// the first segment.
	SourceFile string
	// Format is the source document's format: markdown or html; empty for
	// plain text.
	Format   string
	Encoding string
	BOM      bool
	Lead     string

	Segments []Segment
	// Obsolete holds segments whose source sentence was removed from the
	// document, kept with their translations until purged.
	Obsolete []Segment

	// Path is the file the catalog was read from or is written to.
	Path string
}

// IsSource reports whether c is the catalog of the document's source locale.
func (c *Catalog) IsSource() bool { return c.Locale == c.SourceLocale }

// Index maps segment IDs to their position in Segments.
func (c *Catalog) Index() map[string]int {
	m := make(map[string]int, len(c.Segments))
	for i, s := range c.Segments {
		m[s.ID] = i
	}
	return m
}

// Lookup returns the segment with the given ID.
func (c *Catalog) Lookup(id string) (*Segment, bool) {
	for i := range c.Segments {
		if c.Segments[i].ID == id {
			return &c.Segments[i], true
		}
	}
	return nil, false
}

// Skeleton rebuilds the source document from a source catalog: the lead, then
// each segment's source followed by its separator (a nested segment's
// text is in its container's codes). For a source catalog made
// by terjime segment this is the source file, byte for byte (before encoding).
func (c *Catalog) Skeleton() string {
	n := len(c.Lead)
	for _, s := range c.Segments {
		n += len(s.Source) + len(s.Sep)
	}
	b := make([]byte, 0, n+3)
	if c.BOM {
		b = append(b, "\uFEFF"...)
	}
	b = append(b, c.Lead...)
	for _, s := range c.Segments {
		if s.In != "" {
			continue // in its container's codes
		}
		b = append(b, s.Raw()...)
		b = append(b, s.Sep...)
	}
	return string(b)
}

// Done reports whether the segment counts as translated: its state is
// done (translated, reviewed or final) and its target has text. An empty
// or blank target is never done, whatever its state says, so that status,
// check and the exports agree on what is left to translate.
func (s *Segment) Done() bool {
	if !s.State.Done() || s.Target == "" {
		return false
	}
	if c := s.Target[0]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c < 0x80 {
		return true
	}
	return strings.TrimSpace(s.Target) != ""
}

// Raw is the segment's source as it stands in the document: Source with its
// inline codes replaced by their markup.
func (s *Segment) Raw() string {
	if len(s.Codes) == 0 {
		return s.Source
	}
	codes, err := markup.NewCodes(s.Source, s.Codes)
	if err != nil {
		return s.Source // a catalog read from disk was checked; one made in memory is right
	}
	raw, err := codes.Expand(s.Source, nil)
	if err != nil {
		return s.Source
	}
	return raw
}

// Words counts the words of a text the way status reports them, by the
// word rule of fuzzy.Words (don't, MHG-nyň, 3.5 are one word each); inline
// codes (<1>, </1>, <2/>) are not words.
func Words(s string) int {
	return fuzzy.Words(markup.Plain(s))
}

// LF returns s with every CRLF and lone CR made a LF: a note's or a text's
// line breaks, however a file wrote them, as one kind to compare and to
// write line by line (a lone CR ends a line for many readers, so deleting
// it would join two lines' words).
func LF(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
