package tm

import (
	"hash/fnv"

	"github.com/terjime/terjime/workflow/catalog"
)

// Unit is one translation in the memory: a source sentence, its translation
// and where it came from.
type Unit struct {
	SourceLocale string
	TargetLocale string
	Source       string
	Target       string
	// Document and ID name the segment the translation was made for; a
	// unit imported from TMX has what the file says, possibly nothing.
	Document string
	ID       string
	State    catalog.State
	// Prev and Next are the ContextHash of the sources of the segments
	// before and after it in its document; 0 when unknown (a TMX unit), in
	// which case the unit never makes a context match.
	Prev, Next uint64
	// Origin indexes the Origins the memory was built from: the catalog or
	// TMX file the unit was read from.
	Origin int
}

// Origin is a file the memory was built from, with what identifies its
// content: a changed size, modification time or hash makes the index stale.
type Origin struct {
	Path    string // relative to the project directory
	Kind    string // "catalog" or "tmx"
	Size    int64
	ModTime int64    // Unix nanoseconds
	Hash    [32]byte // SHA-256 of the content
}

// ContextHash identifies a neighbouring segment's source for context
// matches: the FNV-1a hash of its normalised text, never 0. The empty text
// stands for the start or end of the document.
func ContextHash(source string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(catalog.Normalize(source)))
	if v := h.Sum64(); v != 0 {
		return v
	}
	return 1
}
