package memory

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/tm"
	"github.com/terjime/terjime/workflow/tmx"
)

// Options say where a memory lives, what it is made from and whom to tell
// what opening it did.
type Options struct {
	// Dir holds the memory: the main and delta indexes (a cache, rebuilt
	// when needed) and the imported TMX files (ImportDir, data to keep
	// under version control).
	Dir string
	// Catalogs are the target catalogs the memory is made from, in order;
	// those that do not exist are left out.
	Catalogs []string
	// Name gives a file's name in the index and in matches' origins: its
	// path relative to the project. Nil keeps the path.
	Name func(path string) string
	// Locales are the project's locales, onto which the tags of imported
	// TMX files are mapped (en-US onto a project's en).
	Locales []string
	// Write saves the indexes built; without it nothing is written
	// (segment --dry-run).
	Write bool
	// Force rebuilds the indexes from the files, trusting nothing of the
	// old ones.
	Force bool
	// Invalid, if set, is told of an index file found invalid, and why;
	// it is rebuilt from the files.
	Invalid func(path, reason string)
	// Updated, if set, is told of an index built: the memory's units, the
	// files it is made from, how many of them were read, and the index.
	Updated func(units, files, read int, path string)
	// Unsaved, if set, is told of an index that could not be written (a
	// read-only directory, a full disk), and the memory opens all the
	// same: the indexes are a cache, which the next run builds again.
	// Without it, that is an error.
	Unsaved func(path string, err error)
}

// IndexPath is the main index of the memory in dir.
func IndexPath(dir string) string { return filepath.Join(dir, "index.tmi") }

// DeltaPath is the delta index of the memory in dir: the files changed
// since the main index was built.
func DeltaPath(dir string) string { return filepath.Join(dir, "delta.tmi") }

// ImportDir holds the TMX files imported into the memory in dir.
func ImportDir(dir string) string { return filepath.Join(dir, "imports") }

// NotePrefix starts the note of every segment that segment pre-filled
// from the translation memory; status counts them by it. Notes are data in
// the catalogs, so the marker and the rest of the note are in English
// whatever the UI language: the same run gives the same files for every
// translator.
const NotePrefix = "tm:"

// Prefilled reports whether segment pre-filled s from the translation
// memory (and nobody has rewritten its note since).
func Prefilled(s *catalog.Segment) bool { return strings.HasPrefix(s.Note, NotePrefix) }

// PrefilledIdentical reports whether segment pre-filled s from an
// identical (exact or context) match, as its note says.
func PrefilledIdentical(s *catalog.Segment) bool {
	rest, ok := strings.CutPrefix(s.Note, NotePrefix+" ")
	return ok && (strings.HasPrefix(rest, "100% ") || strings.HasPrefix(rest, "101% "))
}

const (
	originCatalog = "catalog"
	originTMX     = "tmx"
)

// Memory is the project's translation memory, opened: the main index and
// the delta, a second index of the files that changed since the main one
// was built, so that a change to one catalog costs the indexing of that
// catalog, not of the whole project. The delta is folded into the main
// index once it holds a tenth of the units.
type Memory struct {
	main    *tm.Index
	delta   *tm.Index   // nil when there is none
	skip    []bool      // main's origins that the delta supersedes or that are gone
	origins []tm.Origin // main's, then the delta's
	live    int         // units not skipped

	// sources are the hashes of every source text of both indexes,
	// sorted (a map would take three times the memory); made at the first
	// HasSource.
	sourcesOnce sync.Once
	sources     []uint64
	seed        maphash.Seed
}

func newMemory(main, delta *tm.Index, skip []bool) *Memory {
	m := &Memory{main: main, delta: delta, skip: skip, origins: main.Origins()}
	for i := 0; i < main.Len(); i++ {
		if !m.skipped(main.UnitOrigin(i)) {
			m.live++
		}
	}
	if delta != nil {
		m.origins = append(m.origins, delta.Origins()...)
		m.live += delta.Len()
	}
	return m
}

func (m *Memory) skipped(o int) bool { return o < len(m.skip) && m.skip[o] }

// Len is the number of translation units in the memory.
func (m *Memory) Len() int { return m.live }

// Origins lists the files the memory's units come from; Unit.Origin and
// Match.Origin index it.
func (m *Memory) Origins() []tm.Origin { return m.origins }

// HasSource reports whether the memory may hold a translation of the
// source text norm (catalog.Normalize'd): true for every text it holds,
// and, rarely, for one it does not (hashes collide; units of superseded
// files count). The first call hashes every source of the memory once;
// each call after is a binary search. It lets segment look through many
// untranslated sentences for the few the memory knows at a fraction of
// a lookup's cost each.
func (m *Memory) HasSource(norm string) bool {
	if m == nil {
		return false
	}
	m.sourcesOnce.Do(func() {
		m.seed = maphash.MakeSeed()
		n := m.main.Sources()
		if m.delta != nil {
			n += m.delta.Sources()
		}
		m.sources = make([]uint64, 0, n)
		add := func(s []byte) { m.sources = append(m.sources, maphash.Bytes(m.seed, s)) }
		m.main.EachSource(add)
		if m.delta != nil {
			m.delta.EachSource(add)
		}
		slices.Sort(m.sources)
	})
	_, ok := slices.BinarySearch(m.sources, maphash.String(m.seed, norm))
	return ok
}

// Units returns every unit of the memory: those of the main index, then
// those of the delta.
func (m *Memory) Units() []tm.Unit {
	out := make([]tm.Unit, 0, m.live)
	for i := 0; i < m.main.Len(); i++ {
		if !m.skipped(m.main.UnitOrigin(i)) {
			out = append(out, m.main.Unit(i))
		}
	}
	if m.delta != nil {
		n := m.main.Origins()
		for i := 0; i < m.delta.Len(); i++ {
			u := m.delta.Unit(i)
			u.Origin += len(n)
			out = append(out, u)
		}
	}
	return out
}

// Lookup finds the best matches in both indexes (see tm.Index.Lookup).
func (m *Memory) Lookup(q tm.Query) []tm.Match {
	limit := q.Limit
	if limit <= 0 {
		limit = tm.DefaultLimit
	}
	// Ask each index for more, since a translation found in both counts
	// once.
	q.Limit = 2 * limit
	q.SkipOrigins = m.skip
	res := m.main.Lookup(q)
	if m.delta != nil {
		q.SkipOrigins = nil
		nOrig := len(m.origins) - len(m.delta.Origins())
		for _, r := range m.delta.Lookup(q) {
			r.Origin += nOrig
			r.Index += m.main.Len()
			res = append(res, r)
		}
	}
	return tm.Rank(res, limit)
}

// memoryFile is a file the memory is made from, as found on disk now.
type memoryFile struct {
	tm.Origin
	abs string
}

// files lists the files the memory is made from: the catalogs, then the
// imported TMX files, each with its size and modification time.
func (op *opener) files() ([]memoryFile, error) {
	var out []memoryFile
	add := func(abs, kind string) error {
		fi, err := os.Stat(abs)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		name := abs
		if op.Name != nil {
			name = op.Name(abs)
		}
		out = append(out, memoryFile{tm.Origin{Path: filepath.ToSlash(name), Kind: kind, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}, abs})
		return nil
	}
	for _, c := range op.Catalogs {
		if err := add(c, originCatalog); err != nil {
			return nil, err
		}
	}
	imports, err := filepath.Glob(filepath.Join(ImportDir(op.Dir), "*.tmx"))
	if err != nil {
		return nil, err
	}
	slices.Sort(imports)
	for _, f := range imports {
		if err := add(f, originTMX); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Open opens a translation memory. Its indexes are used only when they are
// valid (see tm.Open) and fresh: every file the memory is made from is
// compared with the size and modification time the index recorded for it
// (or, when those changed or are too close to the index's own time to be
// trusted, with its SHA-256). A new or changed file is read into the delta
// index; a removed one's units are left out; an invalid index is rebuilt
// from the files.
//
// A memory with no units at all is not saved: a new project gets no
// index until it has translations to remember.
func Open(ctx context.Context, opts Options) (*Memory, error) {
	op := &opener{opts}
	return op.open(ctx)
}

// opener opens a memory with its options.
type opener struct{ Options }

// deltaShare is the part of the main index's units the delta may reach
// before it is folded in, and deltaMin the size it may always reach.
var (
	deltaShare = 10
	deltaMin   = 5000
)

// loadIndex reads and checks an index file: nil when it is missing or
// invalid (which is reported); an error only when it cannot be read.
func (op *opener) loadIndex(path string) (*tm.Index, time.Time, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, time.Time{}, nil
	}
	if err != nil {
		// An index that cannot be read is rebuilt, as an invalid one is:
		// it is a cache of the files.
		if op.Invalid != nil {
			op.Invalid(path, err.Error())
		}
		return nil, time.Time{}, nil
	}
	x, err := tm.OpenFile(path)
	if errors.Is(err, tm.ErrInvalid) {
		if op.Invalid != nil {
			op.Invalid(path, strings.TrimPrefix(err.Error(), tm.ErrInvalid.Error()+": "))
		}
		return nil, fi.ModTime(), nil
	}
	if err != nil {
		if op.Invalid != nil {
			op.Invalid(path, err.Error())
		}
		return nil, fi.ModTime(), nil
	}
	return x, fi.ModTime(), nil
}

// unchanged compares a file with what an index recorded of it. It returns
// whether the content is the same and whether its time must be recorded
// anew; it sets f.Hash.
func unchanged(f *memoryFile, o tm.Origin, indexTime time.Time) (same, touched bool, err error) {
	if o.Size != f.Size {
		return false, false, nil
	}
	// A file rewritten within the same clock tick as the index may keep
	// its size and time: so close to the index's time, only the content
	// tells.
	racy := indexTime.IsZero() || time.Unix(0, f.ModTime).After(indexTime.Add(-2*time.Second))
	if o.ModTime == f.ModTime && !racy {
		f.Hash = o.Hash
		return true, false, nil
	}
	data, err := input.ReadFile(f.abs, input.Limit{})
	if err != nil {
		return false, false, err
	}
	if f.Hash = sha256.Sum256(data); f.Hash != o.Hash {
		return false, false, nil
	}
	return true, o.ModTime != f.ModTime, nil
}

func originKey(o tm.Origin) string { return o.Kind + "\x00" + o.Path }

func (op *opener) open(ctx context.Context) (*Memory, error) {
	files, err := op.files()
	if err != nil {
		return nil, err
	}
	mainPath, deltaPath := IndexPath(op.Dir), DeltaPath(op.Dir)
	var main, delta *tm.Index
	var mainTime, deltaTime time.Time
	haveMain, haveDelta := fileExists(mainPath), fileExists(deltaPath)
	if !op.Force {
		if main, mainTime, err = op.loadIndex(mainPath); err != nil {
			return nil, err
		}
		if main != nil {
			if delta, deltaTime, err = op.loadIndex(deltaPath); err != nil {
				return nil, err
			}
		}
	}
	if main == nil {
		// Nothing to start from: every file is read.
		return op.build(ctx, files, haveMain, haveDelta)
	}

	mainOrigins := main.Origins()
	inMain := map[string]int{}
	for i, o := range mainOrigins {
		inMain[originKey(o)] = i
	}
	var deltaOrigins []tm.Origin
	inDelta := map[string]int{}
	if delta != nil {
		deltaOrigins = delta.Origins()
		for i, o := range deltaOrigins {
			inDelta[originKey(o)] = i
		}
	}
	// Where each file's units come from: the main index, the old delta,
	// or the file itself.
	type source struct {
		main, delta int // origin in that index, or -1
	}
	srcs := make([]source, len(files))
	fresh := true
	current := map[string]bool{}
	for i := range files {
		f := &files[i]
		k := originKey(f.Origin)
		current[k] = true
		srcs[i] = source{-1, -1}
		if j, ok := inDelta[k]; ok {
			same, touched, err := unchanged(f, deltaOrigins[j], deltaTime)
			if err != nil {
				return nil, err
			}
			if same {
				srcs[i].delta = j
			}
			fresh = fresh && same && !touched
			continue
		}
		if j, ok := inMain[k]; ok {
			same, touched, err := unchanged(f, mainOrigins[j], mainTime)
			if err != nil {
				return nil, err
			}
			if same {
				srcs[i].main = j
			}
			// A touched file moves to the delta with its units, so that
			// its new time is recorded.
			fresh = fresh && same && !touched
			continue
		}
		fresh = false // a new file
	}
	for k := range inDelta {
		fresh = fresh && current[k]
	}
	if fresh {
		skip := make([]bool, len(mainOrigins))
		for i, o := range mainOrigins {
			_, d := inDelta[originKey(o)]
			skip[i] = d || !current[originKey(o)]
		}
		return newMemory(main, delta, skip), nil
	}

	// Rebuild the delta: every file not in the main index as it is now.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var deltaFiles []memoryFile
	var deltaSrcs []source
	for i, f := range files {
		s := srcs[i]
		if s.main >= 0 && f.ModTime == mainOrigins[s.main].ModTime {
			continue // as the main index has it
		}
		deltaFiles = append(deltaFiles, f)
		deltaSrcs = append(deltaSrcs, s)
	}
	skip := make([]bool, len(mainOrigins))
	inNewDelta := map[string]bool{}
	for _, f := range deltaFiles {
		inNewDelta[originKey(f.Origin)] = true
	}
	for i, o := range mainOrigins {
		skip[i] = !current[originKey(o)] || inNewDelta[originKey(o)]
	}
	// Units kept from the indexes, by origin.
	fromMain, fromDelta := map[int]bool{}, map[int]bool{}
	for _, s := range deltaSrcs {
		if s.main >= 0 {
			fromMain[s.main] = true
		}
		if s.delta >= 0 {
			fromDelta[s.delta] = true
		}
	}
	mainUnits := unitsOf(main, fromMain)
	deltaUnits := unitsOf(delta, fromDelta)
	origins := make([]tm.Origin, len(deltaFiles))
	var units []tm.Unit
	read := 0
	for i, f := range deltaFiles {
		var us []tm.Unit
		switch s := deltaSrcs[i]; {
		case s.delta >= 0:
			us = deltaUnits[s.delta]
		case s.main >= 0:
			us = mainUnits[s.main]
		default:
			if us, err = op.readFileUnits(&f); err != nil {
				return nil, err
			}
			read++
		}
		origins[i] = f.Origin
		for _, u := range us {
			u.Origin = i
			units = append(units, u)
		}
	}
	live := len(units)
	for i := 0; i < main.Len(); i++ {
		if !skip[main.UnitOrigin(i)] {
			live++
		}
	}
	if len(units) > max(deltaMin, (live-len(units))/deltaShare) {
		// The delta has grown: fold it into a new main index.
		var all []memoryFile
		var allUnits [][]tm.Unit
		keepMain := map[int]bool{}
		for i, o := range mainOrigins {
			if !skip[i] {
				keepMain[i] = true
				all = append(all, memoryFile{Origin: o})
			}
		}
		kept := unitsOf(main, keepMain)
		for i := range mainOrigins {
			if keepMain[i] {
				allUnits = append(allUnits, kept[i])
			}
		}
		byOrigin := make([][]tm.Unit, len(deltaFiles))
		for _, u := range units {
			byOrigin[u.Origin] = append(byOrigin[u.Origin], u)
		}
		all = append(all, deltaFiles...)
		allUnits = append(allUnits, byOrigin...)
		return op.write(ctx, all, allUnits, read, haveMain, haveDelta)
	}
	data, err := tm.Build(origins, units)
	if err != nil {
		return nil, fmt.Errorf("translation memory: %w", err)
	}
	newDelta, err := tm.Open(data)
	if err != nil {
		return nil, fmt.Errorf("translation memory: the index just built does not open: %w", err)
	}
	if op.Write {
		if err := disk.WriteFile(deltaPath, data); err != nil {
			if err := op.unsaved(deltaPath, err); err != nil {
				return nil, err
			}
			return newMemory(main, newDelta, skip), nil
		}
	}
	m := newMemory(main, newDelta, skip)
	if op.Updated != nil {
		op.Updated(m.Len(), len(files), read, deltaPath)
	}
	return m, nil
}

// unitsOf returns the units of the wanted origins of x, by origin.
func unitsOf(x *tm.Index, want map[int]bool) map[int][]tm.Unit {
	out := map[int][]tm.Unit{}
	if x == nil || len(want) == 0 {
		return out
	}
	for i := 0; i < x.Len(); i++ {
		if o := x.UnitOrigin(i); want[o] {
			out[o] = append(out[o], x.Unit(i))
		}
	}
	return out
}

// buildMemory reads every file and writes a new main index.
func (op *opener) build(ctx context.Context, files []memoryFile, haveMain, haveDelta bool) (*Memory, error) {
	units := make([][]tm.Unit, len(files))
	for i := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		us, err := op.readFileUnits(&files[i])
		if err != nil {
			return nil, err
		}
		units[i] = us
	}
	return op.write(ctx, files, units, len(files), haveMain, haveDelta)
}

// write builds the main index of files with their units, saves it and
// removes the delta.
func (op *opener) write(ctx context.Context, files []memoryFile, units [][]tm.Unit, read int, haveMain, haveDelta bool) (*Memory, error) {
	origins := make([]tm.Origin, len(files))
	var all []tm.Unit
	for i, f := range files {
		origins[i] = f.Origin
		for _, u := range units[i] {
			u.Origin = i
			all = append(all, u)
		}
	}
	data, err := tm.Build(origins, all)
	if err != nil {
		return nil, fmt.Errorf("translation memory: %w", err)
	}
	idx, err := tm.Open(data)
	if err != nil {
		return nil, fmt.Errorf("translation memory: the index just built does not open: %w", err)
	}
	if op.Write && (idx.Len() > 0 || haveMain || haveDelta) {
		var plan disk.Plan
		plan.Write(IndexPath(op.Dir), data)
		if haveDelta {
			plan.Delete(DeltaPath(op.Dir))
		}
		if _, err := plan.Apply(ctx); err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			if err := op.unsaved(IndexPath(op.Dir), err); err != nil {
				return nil, err
			}
			return newMemory(idx, nil, nil), nil
		}
	}
	if op.Updated != nil {
		op.Updated(idx.Len(), len(files), read, IndexPath(op.Dir))
	}
	return newMemory(idx, nil, nil), nil
}

// unsaved reports an index that could not be written to Unsaved, or
// returns the error when there is none to tell.
func (op *opener) unsaved(path string, err error) error {
	if op.Unsaved == nil {
		return fmt.Errorf("translation memory: %w", err)
	}
	op.Unsaved(path, err)
	return nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readFileUnits reads a memory file's units and sets its hash.
func (op *opener) readFileUnits(f *memoryFile) ([]tm.Unit, error) {
	data, err := input.ReadFile(f.abs, input.Limit{})
	if err != nil {
		return nil, err
	}
	f.Hash = sha256.Sum256(data)
	return op.readMemoryFile(*f, data)
}

func (op *opener) readMemoryFile(f memoryFile, data []byte) ([]tm.Unit, error) {
	switch f.Kind {
	case originCatalog:
		c, err := catalog.Parse(f.abs, data)
		if err != nil {
			return nil, err
		}
		return catalogUnits(c), nil
	case originTMX:
		return ReadTMX(f.abs, data, op.Locales)
	}
	return nil, fmt.Errorf("%s: unknown kind of memory file %q", f.Path, f.Kind)
}

// catalogUnits returns the done segments of a target catalog as units, each
// with the hashes of its neighbours' sources for context matches.
func catalogUnits(c *catalog.Catalog) []tm.Unit {
	var out []tm.Unit
	hashes := contextHashes(len(c.Segments), func(i int) string { return c.Segments[i].Source })
	for i, s := range c.Segments {
		if !s.Done() {
			continue
		}
		out = append(out, tm.Unit{
			SourceLocale: c.SourceLocale, TargetLocale: c.Locale,
			Source: s.Source, Target: s.Target, Document: c.Document, ID: s.ID, State: s.State,
			Prev: hashes[i], Next: hashes[i+2],
		})
	}
	return out
}

// contextHashes returns the ContextHash of n sources, each once, between
// that of "" on either side: the neighbours of source i are [i] and [i+2].
func contextHashes(n int, source func(int) string) []uint64 {
	h := make([]uint64, n+2)
	h[0], h[n+1] = tm.ContextHash(""), tm.ContextHash("")
	for i := range n {
		h[i+1] = tm.ContextHash(source(i))
	}
	return h
}

// PrefillOptions say which matches Prefill takes, and how.
type PrefillOptions struct {
	// Threshold is the lowest match percentage taken (as outdated).
	Threshold int
	// Trust is the least state of the work behind an identical (exact or
	// context) match that is taken as translated; an identical match of
	// less advanced work is taken as outdated, for review. A state past
	// Final trusts none. The zero value (Untranslated) means Reviewed.
	Trust catalog.State
	// Known, when set, skips the lookup of a sentence for which it
	// returns false: segment passes HasSource for sentences that only an
	// identical match may fill.
	Known func(norm string) bool
}

// TrustNone is the PrefillOptions.Trust that takes no identical match as
// translated.
const TrustNone = catalog.Final + 1

// Prefill returns the catalog.UpdateOptions.Prefill for document src in
// locale: a sentence with an identical (context or exact) match from work
// at opts.Trust or beyond (reviewed or final by default) takes its target
// as translated; one with a match at or above opts.Threshold takes the
// best one's target as outdated, with the match's source as
// previous_source. The note says where the target came from and how well
// it matched, after NotePrefix. A nil Memory fills nothing.
func (m *Memory) Prefill(src *catalog.Catalog, locale string, opts PrefillOptions) func(*catalog.Segment) bool {
	if m == nil || m.Len() == 0 {
		return nil
	}
	trust := opts.Trust
	if trust == catalog.Untranslated {
		trust = catalog.Reviewed
	}
	// The neighbours of a sentence are those of the target catalog, which
	// leaves out verbatim segments, as catalogUnits sees them.
	var order []*catalog.Segment
	pos := map[string]int{}
	for i := range src.Segments {
		if !src.Segments[i].Verbatim {
			pos[src.Segments[i].ID] = len(order)
			order = append(order, &src.Segments[i])
		}
	}
	hashes := contextHashes(len(order), func(i int) string { return order[i].Source })
	return func(s *catalog.Segment) bool {
		if opts.Known != nil && !opts.Known(catalog.Normalize(s.Source)) {
			return false
		}
		q := tm.Query{Text: s.Source, SourceLocale: src.Locale, TargetLocale: locale, Min: opts.Threshold, Limit: tm.DefaultLimit}
		if i, ok := pos[s.ID]; ok {
			q.Prev, q.Next = hashes[i], hashes[i+2]
		}
		matches := m.Lookup(q)
		if len(matches) == 0 {
			return false
		}
		best := matches[0]
		for _, c := range matches {
			if c.Score >= tm.Exact && c.State >= trust {
				s.Target, s.State = c.Target, catalog.Translated
				s.SourceHash = catalog.Hash(s.Source)
				s.Note = m.note(c)
				return true
			}
		}
		s.Target, s.State = best.Target, catalog.Outdated
		if !catalog.SameNormal(best.Source, s.Source) {
			s.PreviousSource = best.Source
		}
		s.SourceHash = catalog.Hash(best.Source)
		s.Note = m.note(best)
		return true
	}
}

// note is the note of a pre-filled segment: "tm: 87% fuzzy match from
// iom-seminar#5ce6fa46ab49 (reviewed)".
func (m *Memory) note(c tm.Match) string {
	return fmt.Sprintf("%s %d%% %s match from %s (%s)", NotePrefix, c.Score, Kind(c.Score), m.Where(c), c.State)
}

// Kind names a match by its score: context (101 %), exact (100 %) or
// fuzzy.
func Kind(score int) string {
	switch {
	case score >= tm.Context:
		return "context"
	case score == tm.Exact:
		return "exact"
	}
	return "fuzzy"
}

// Where names the segment a match came from: document#id, or the TMX file
// it was imported from when the file names no document.
func (m *Memory) Where(c tm.Match) string {
	if c.Document != "" {
		if c.ID != "" {
			return c.Document + "#" + c.ID
		}
		return c.Document
	}
	origins := m.Origins()
	w := origins[c.Origin].Path
	if c.ID != "" {
		w += "#" + c.ID
	}
	return w
}

// ReadTMX reads an imported TMX file's translation pairs as units. It takes
// data over: the TMX reader rewrites it in place. Their locales are mapped
// onto locales, the project's (en-US onto a project's en), so that lookups
// find them. A pair without a state counts as translated: good enough to
// pre-fill as outdated, never as translated.
func ReadTMX(path string, data []byte, locales []string) ([]tm.Unit, error) {
	var out []tm.Unit
	err := tmx.ScanBytes(path, data, func(t tmx.TU) error {
		st := catalog.Translated
		if t.State != "" {
			s, err := catalog.ParseState(t.State)
			if err != nil {
				return input.Errorf(path, t.Line, "%v", err)
			}
			st = s
		}
		if !st.Done() || strings.TrimSpace(t.Target) == "" {
			return nil
		}
		out = append(out, tm.Unit{
			SourceLocale: projectLocale(t.SourceLocale, locales), TargetLocale: projectLocale(t.TargetLocale, locales),
			Source: t.Source, Target: t.Target, Document: t.Document, ID: t.ID, State: st,
		})
		return nil
	})
	return out, err
}

// projectLocale returns the locale of locales that tag stands for (ru for
// ru-RU when the project has ru), tag itself when there is none.
func projectLocale(tag string, locales []string) string {
	if l, ok := locale.Match(tag, locales); ok {
		return l
	}
	return tag
}
