package catalog

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/tomlpos"
	"github.com/terjime/terjime/workflow/markup"
)

type fileSegment struct {
	ID             *string        `toml:"id"`
	Kind           string         `toml:"kind"`
	Block          int            `toml:"block"`
	Verbatim       bool           `toml:"verbatim"`
	Source         *string        `toml:"source"`
	Sep            string         `toml:"sep"`
	Codes          []string       `toml:"codes"`
	In             string         `toml:"in"`
	At             int            `toml:"at"`
	Target         string         `toml:"target"`
	State          *string        `toml:"state"`
	SourceHash     string         `toml:"source_hash"`
	PreviousSource string         `toml:"previous_source"`
	Note           string         `toml:"note"`
	Terms          []string       `toml:"terms"`
	ChangedBy      string         `toml:"changed_by"`
	ChangedAt      string         `toml:"changed_at"`
	Conflict       []fileConflict `toml:"conflict"`
}

type fileConflict struct {
	Target    string  `toml:"target"`
	State     *string `toml:"state"`
	Note      string  `toml:"note"`
	ChangedBy string  `toml:"changed_by"`
	ChangedAt string  `toml:"changed_at"`
	From      string  `toml:"from"`
}

type fileCatalog struct {
	Document     string        `toml:"document"`
	Locale       string        `toml:"locale"`
	SourceLocale string        `toml:"source_locale"`
	SourceFile   string        `toml:"source_file"`
	Format       string        `toml:"format"`
	Encoding     string        `toml:"encoding"`
	BOM          bool          `toml:"bom"`
	Lead         string        `toml:"lead"`
	Segment      []fileSegment `toml:"segment"`
	Obsolete     []fileSegment `toml:"obsolete"`
}

// Kinds are the segment kinds a source catalog may record.
var Kinds = []string{"date", "title", "heading", "paragraph", "item", "cell", "meta", "attribute", "link-title"}

// ReadFile reads the catalog at path and checks that its document and locale
// are the ones its path names (locales/<locale>/<document>.toml).
func ReadFile(path string) (*Catalog, error) {
	data, err := readString(path)
	if err != nil {
		return nil, err
	}
	c, err := parse(path, data)
	if err != nil {
		return nil, err
	}
	doc := strings.TrimSuffix(filepath.Base(path), ".toml")
	loc := filepath.Base(filepath.Dir(path))
	if c.Document != doc {
		return nil, input.Errorf(path, scan(data).Line("document"), "document is %q but the file is named for %q", c.Document, doc)
	}
	if c.Locale != loc {
		return nil, input.Errorf(path, scan(data).Line("locale"), "locale is %q but the file is in the folder of %q", c.Locale, loc)
	}
	return c, nil
}

// readString reads a file into a string without copying it: the
// catalog's texts are substrings of it, and on a large project a copy of
// every file costs as much as reading it. The bytes are this function's
// own and never written after the read, which is what unsafe.String
// requires.
func readString(path string) (string, error) {
	data, err := input.ReadFile(path, input.Limit{})
	if err != nil || len(data) == 0 {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// Parse reads a catalog from data; name is used in error messages.
func Parse(name string, data []byte) (*Catalog, error) {
	return parse(name, string(data))
}

func parse(name string, data string) (*Catalog, error) {
	// An editor on Windows may save the catalog with a byte-order mark.
	data = strings.TrimPrefix(data, "\uFEFF")
	if !utf8.ValidString(data) {
		return nil, input.CheckUTF8(name, []byte(data), "")
	}
	c, fast := fastParse(data)
	var f fileCatalog
	if !fast {
		dec := toml.NewDecoder(strings.NewReader(data)).DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, tomlpos.Error(name, []byte(data), err, &f)
		}
		c = &Catalog{
			Document:     f.Document,
			Locale:       f.Locale,
			SourceLocale: f.SourceLocale,
			SourceFile:   f.SourceFile,
			Format:       f.Format,
			Encoding:     f.Encoding,
			BOM:          f.BOM,
			Lead:         f.Lead,
		}
	}
	c.Path = name
	// Where keys stand, for an error: found by go-toml's parser, once.
	var keys *tomlpos.Keys
	pos := func() *tomlpos.Keys {
		if keys == nil {
			keys = scan(data)
		}
		return keys
	}
	for _, k := range []struct{ key, val string }{{"document", c.Document}, {"locale", c.Locale}, {"source_locale", c.SourceLocale}} {
		if k.val == "" {
			return nil, input.Errorf(name, pos().Line(k.key), "%s is missing or empty", k.key)
		}
	}
	for _, k := range []struct{ key, val string }{{"locale", c.Locale}, {"source_locale", c.SourceLocale}} {
		if _, err := locale.Parse(k.val); err != nil {
			return nil, input.Errorf(name, pos().Line(k.key), "%s: %v", k.key, err)
		}
	}
	if !fast {
		// The fast reader takes only segments that convert accepts; the
		// others come here, for the error.
		var err error
		if c.Segments, err = convert(name, pos(), "segment", f.Segment, c.IsSource()); err != nil {
			return nil, err
		}
		if c.Obsolete, err = convert(name, pos(), "obsolete", f.Obsolete, c.IsSource()); err != nil {
			return nil, err
		}
	}
	seen := make(map[string]int, len(c.Segments))
	for i, s := range c.Segments {
		if len(s.Codes) > 0 {
			if _, err := markup.NewCodes(s.Source, s.Codes); err != nil {
				return nil, input.Errorf(name, pos().LineIn("segment", i, "codes"), "segment %q: %v", s.ID, err)
			}
		}
		if s.In != "" {
			if err := checkNested(c.Segments[:i], &c.Segments[i]); err != nil {
				return nil, input.Errorf(name, pos().LineIn("segment", i, "in"), "segment %q: %v", s.ID, err)
			}
		}
		if first, dup := seen[s.ID]; dup {
			return nil, input.Errorf(name, s.Line, "duplicate segment id %q (first at line %d)", s.ID, first)
		}
		seen[s.ID] = s.Line
	}
	return c, nil
}

// convert checks the segments go-toml read from the [[table]] tables
// (segment or obsolete) and makes them Segments; keys gives their lines.
func convert(name string, keys *tomlpos.Keys, table string, in []fileSegment, src bool) ([]Segment, error) {
	if len(in) == 0 {
		return nil, nil
	}
	lines, conflictLines := keys.Tables(table), keys.Tables(table+".conflict")
	out := make([]Segment, len(in))
	nc := 0 // conflict tables read so far
	for i, fs := range in {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		if fs.ID == nil || *fs.ID == "" {
			return nil, input.Errorf(name, line, "segment has no id")
		}
		if fs.Source == nil {
			return nil, input.Errorf(name, line, "segment %q has no source", *fs.ID)
		}
		if fs.State == nil {
			return nil, input.Errorf(name, line, "segment %q has no state", *fs.ID)
		}
		st, err := ParseState(*fs.State)
		if err != nil {
			return nil, input.Errorf(name, keys.LineIn(table, i, "state"), "segment %q: %v", *fs.ID, err)
		}
		if src && fs.Kind != "" && !validKind(fs.Kind) {
			return nil, input.Errorf(name, keys.LineIn(table, i, "kind"), "segment %q: unknown kind %q (want %s)", *fs.ID, fs.Kind, strings.Join(Kinds, ", "))
		}
		out[i] = Segment{
			ID: *fs.ID, Source: *fs.Source, Target: fs.Target, State: st,
			SourceHash: fs.SourceHash, PreviousSource: fs.PreviousSource, Note: fs.Note, Terms: fs.Terms,
			ChangedBy: fs.ChangedBy, ChangedAt: fs.ChangedAt,
			Kind: fs.Kind, Block: fs.Block, Verbatim: fs.Verbatim, Sep: fs.Sep, Codes: fs.Codes, In: fs.In, At: fs.At, Line: line,
		}
		for _, fc := range fs.Conflict {
			cline := line
			if nc < len(conflictLines) {
				cline = conflictLines[nc]
			}
			nc++
			if fc.State == nil {
				return nil, input.Errorf(name, cline, "segment %q: the conflict has no state", *fs.ID)
			}
			cst, err := ParseState(*fc.State)
			if err != nil {
				return nil, input.Errorf(name, keys.LineIn(table+".conflict", nc-1, "state"), "segment %q: conflict: %v", *fs.ID, err)
			}
			out[i].Conflicts = append(out[i].Conflicts, Conflict{Target: fc.Target, State: cst, Note: fc.Note,
				ChangedBy: fc.ChangedBy, ChangedAt: fc.ChangedAt, From: fc.From})
		}
	}
	return out, nil
}

// checkNested reports a nested segment s whose container is not among
// the segments before it, or whose text is not in the container's codes
// where s says.
func checkNested(before []Segment, s *Segment) error {
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].ID != s.In {
			continue
		}
		raw, in := s.Raw(), before[i].Raw()
		if s.At < 0 || s.At+len(raw) > len(in) || in[s.At:s.At+len(raw)] != raw {
			return fmt.Errorf("its text is not at %d of segment %q", s.At, s.In)
		}
		return nil
	}
	return fmt.Errorf("segment %q, which it is in, is not before it", s.In)
}

func validKind(k string) bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// scan finds where the keys of a catalog stand. The parser only reads the
// bytes, so they are the string's own, not a copy.
func scan(data string) *tomlpos.Keys {
	return tomlpos.Scan(unsafe.Slice(unsafe.StringData(data), len(data)))
}
