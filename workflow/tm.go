package workflow

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/tm"
	"github.com/terjime/terjime/workflow/tmx"
	"github.com/terjime/terjime/workflow/ui"
	"github.com/terjime/terjime/workflow/ui/palette"
)

// TMCfg is the [tm] table of terjime.toml.
type TMCfg struct {
	// Threshold is the lowest match percentage at which segment pre-fills
	// a new sentence from the translation memory (as outdated).
	Threshold int `toml:"threshold,omitempty"`
	// Dir holds the memory: the index (a cache, rebuilt when needed) and
	// the imported TMX files (imports/, data to keep under version
	// control). Default .terjime/tm.
	Dir string `toml:"dir,omitempty"`
}

// DefaultTMThreshold is the fuzzy-match threshold most CAT tools ship with.
const DefaultTMThreshold = 75

// TMNotePrefix starts the note of every segment that segment pre-filled
// from the translation memory; status counts them by it. Notes are data in
// the catalogs, so the marker and the rest of the note are in English
// whatever the UI language: the same run gives the same files for every
// translator.
const TMNotePrefix = "tm:"

func (c TMCfg) check() error {
	if c.Threshold < 0 || c.Threshold > 100 {
		return fmt.Errorf("tm.threshold %d is not a percentage between 0 and 100", c.Threshold)
	}
	return nil
}

// TMThreshold is the configured pre-fill threshold in percent.
func (p *Project) TMThreshold() int {
	if p.TM.Threshold == 0 {
		return DefaultTMThreshold
	}
	return p.TM.Threshold
}

// TMDir is the directory of the translation memory.
func (p *Project) TMDir() string {
	if p.TM.Dir == "" {
		return p.Path(filepath.Join(".terjime", "tm"))
	}
	return p.Path(p.TM.Dir)
}

// TMIndexPath is the index file of the translation memory.
func (p *Project) TMIndexPath() string { return filepath.Join(p.TMDir(), "index.tmi") }

// TMImportDir holds the TMX files added with terjime tm import.
func (p *Project) TMImportDir() string { return filepath.Join(p.TMDir(), "imports") }

// TMPrefilled reports whether segment pre-filled s from the translation
// memory (and nobody has rewritten its note since).
func TMPrefilled(s *catalog.Segment) bool { return strings.HasPrefix(s.Note, TMNotePrefix) }

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
	p       *Project
	main    *tm.Index
	delta   *tm.Index   // nil when there is none
	skip    []bool      // main's origins that the delta supersedes or that are gone
	origins []tm.Origin // main's, then the delta's
	live    int         // units not skipped
}

func newMemory(p *Project, main, delta *tm.Index, skip []bool) *Memory {
	m := &Memory{p: p, main: main, delta: delta, skip: skip, origins: main.Origins()}
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

// memoryFiles lists the files the memory is made from: the target catalog
// of every document in every target locale, then the imported TMX files,
// each with its size and modification time.
func (p *Project) memoryFiles() ([]memoryFile, error) {
	var out []memoryFile
	add := func(abs, kind string) error {
		fi, err := os.Stat(abs)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		out = append(out, memoryFile{tm.Origin{Path: filepath.ToSlash(p.Rel(abs)), Kind: kind, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}, abs})
		return nil
	}
	for _, loc := range p.TargetLocales {
		for _, d := range p.Documents {
			if err := add(p.CatalogPath(loc, d.Name), originCatalog); err != nil {
				return nil, err
			}
		}
	}
	imports, err := filepath.Glob(filepath.Join(p.TMImportDir(), "*.tmx"))
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

// OpenMemory opens the project's translation memory. Its indexes are used
// only when they are valid (see tm.Open) and fresh: every file the memory
// is made from is compared with the size and modification time the index
// recorded for it (or, when those changed or are too close to the index's
// own time to be trusted, with its SHA-256). A new or changed file is read
// into the delta index; a removed one's units are left out; an invalid
// index is rebuilt from the files. With write false nothing is saved
// (segment --dry-run writes nothing).
//
// A memory with no units at all is not saved: a new project gets no
// .terjime directory until it has translations to remember.
func OpenMemory(ctx context.Context, env *ui.Env, p *Project, write bool) (*Memory, error) {
	return openMemory(ctx, env, p, memoryOptions{write: write})
}

type memoryOptions struct {
	write   bool // save rebuilt indexes
	force   bool // rebuild, ignoring the old indexes
	verbose bool // say when an index was rebuilt
}

// deltaShare is the part of the main index's units the delta may reach
// before it is folded in, and deltaMin the size it may always reach.
var (
	deltaShare = 10
	deltaMin   = 5000
)

// TMDeltaPath is the delta index: the files changed since the main index
// was built.
func (p *Project) TMDeltaPath() string { return filepath.Join(p.TMDir(), "delta.tmi") }

// loadIndex reads and checks an index file: nil when it is missing or
// invalid (which is reported); an error only when it cannot be read.
func loadIndex(env *ui.Env, p *Project, path string) (*tm.Index, time.Time, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, time.Time{}, nil
	}
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("translation memory: %w", err)
	}
	x, err := tm.OpenFile(path)
	if errors.Is(err, tm.ErrInvalid) {
		env.Info("TMIndexInvalid", map[string]any{"Path": p.Rel(path), "Reason": strings.TrimPrefix(err.Error(), tm.ErrInvalid.Error()+": ")})
		return nil, fi.ModTime(), nil
	}
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("translation memory: %w", err)
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
	data, err := os.ReadFile(f.abs)
	if err != nil {
		return false, false, err
	}
	if f.Hash = sha256.Sum256(data); f.Hash != o.Hash {
		return false, false, nil
	}
	return true, o.ModTime != f.ModTime, nil
}

func originKey(o tm.Origin) string { return o.Kind + "\x00" + o.Path }

func openMemory(ctx context.Context, env *ui.Env, p *Project, opts memoryOptions) (*Memory, error) {
	files, err := p.memoryFiles()
	if err != nil {
		return nil, err
	}
	mainPath, deltaPath := p.TMIndexPath(), p.TMDeltaPath()
	var main, delta *tm.Index
	var mainTime, deltaTime time.Time
	haveMain, haveDelta := fileExists(mainPath), fileExists(deltaPath)
	if !opts.force {
		if main, mainTime, err = loadIndex(env, p, mainPath); err != nil {
			return nil, err
		}
		if main != nil {
			if delta, deltaTime, err = loadIndex(env, p, deltaPath); err != nil {
				return nil, err
			}
		}
	}
	if main == nil {
		// Nothing to start from: every file is read.
		return buildMemory(ctx, env, p, opts, files, haveMain, haveDelta)
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
		return newMemory(p, main, delta, skip), nil
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
			if us, err = p.readFileUnits(&f); err != nil {
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
		return writeMemory(ctx, env, p, opts, all, allUnits, read, haveMain, haveDelta)
	}
	data, err := tm.Build(origins, units)
	if err != nil {
		return nil, fmt.Errorf("translation memory: %w", err)
	}
	newDelta, err := tm.Open(data)
	if err != nil {
		return nil, fmt.Errorf("translation memory: the index just built does not open: %w", err)
	}
	if opts.write {
		if err := disk.WriteFile(deltaPath, data); err != nil {
			return nil, fmt.Errorf("translation memory: %w", err)
		}
	}
	m := newMemory(p, main, newDelta, skip)
	if opts.verbose {
		env.Info("TMUpdated", map[string]any{"Count": m.Len(), "Files": len(files), "Read": read, "Path": p.Rel(deltaPath)})
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
func buildMemory(ctx context.Context, env *ui.Env, p *Project, opts memoryOptions, files []memoryFile, haveMain, haveDelta bool) (*Memory, error) {
	units := make([][]tm.Unit, len(files))
	for i := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		us, err := p.readFileUnits(&files[i])
		if err != nil {
			return nil, err
		}
		units[i] = us
	}
	return writeMemory(ctx, env, p, opts, files, units, len(files), haveMain, haveDelta)
}

// writeMemory builds the main index of files with their units, saves it
// and removes the delta.
func writeMemory(ctx context.Context, env *ui.Env, p *Project, opts memoryOptions, files []memoryFile, units [][]tm.Unit, read int, haveMain, haveDelta bool) (*Memory, error) {
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
	if opts.write && (idx.Len() > 0 || haveMain || haveDelta) {
		var plan disk.Plan
		plan.Write(p.TMIndexPath(), data)
		if haveDelta {
			plan.Delete(p.TMDeltaPath())
		}
		if _, err := plan.Apply(ctx); err != nil {
			return nil, fmt.Errorf("translation memory: %w", err)
		}
	}
	if opts.verbose {
		env.Info("TMUpdated", map[string]any{"Count": idx.Len(), "Files": len(files), "Read": read, "Path": p.Rel(p.TMIndexPath())})
	}
	return newMemory(p, idx, nil, nil), nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// readFileUnits reads a memory file's units and sets its hash.
func (p *Project) readFileUnits(f *memoryFile) ([]tm.Unit, error) {
	data, err := os.ReadFile(f.abs)
	if err != nil {
		return nil, err
	}
	f.Hash = sha256.Sum256(data)
	return p.readMemoryFile(*f, data)
}

func (p *Project) readMemoryFile(f memoryFile, data []byte) ([]tm.Unit, error) {
	switch f.Kind {
	case originCatalog:
		c, err := catalog.Parse(f.abs, data)
		if err != nil {
			return nil, err
		}
		return catalogUnits(c), nil
	case originTMX:
		return p.readTMXUnits(f.abs, data)
	}
	return nil, fmt.Errorf("%s: unknown kind of memory file %q", f.Path, f.Kind)
}

// catalogUnits returns the done segments of a target catalog as units, each
// with the hashes of its neighbours' sources for context matches.
func catalogUnits(c *catalog.Catalog) []tm.Unit {
	var out []tm.Unit
	hashes := contextHashes(len(c.Segments), func(i int) string { return c.Segments[i].Source })
	for i, s := range c.Segments {
		if !s.State.Done() || s.Target == "" {
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

// Prefill returns the catalog.UpdateOptions.Prefill for document src in
// locale: a new sentence with a context or exact match from a reviewed or
// final segment takes its target as translated; one with a match at or
// above threshold takes the best one's target as outdated, with the
// match's source as previous_source. The note says where the target came
// from and how well it matched, after TMNotePrefix. A nil Memory fills
// nothing.
func (m *Memory) Prefill(src *catalog.Catalog, locale string, threshold int) func(*catalog.Segment) bool {
	if m == nil || m.Len() == 0 {
		return nil
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
		q := tm.Query{Text: s.Source, SourceLocale: src.Locale, TargetLocale: locale, Min: threshold, Limit: tm.DefaultLimit}
		if i, ok := pos[s.ID]; ok {
			q.Prev, q.Next = hashes[i], hashes[i+2]
		}
		matches := m.Lookup(q)
		if len(matches) == 0 {
			return false
		}
		best := matches[0]
		for _, c := range matches {
			if c.Score >= tm.Exact && c.State >= catalog.Reviewed {
				s.Target, s.State = c.Target, catalog.Translated
				s.SourceHash = catalog.Hash(s.Source)
				s.Note = m.note(c)
				return true
			}
		}
		s.Target, s.State = best.Target, catalog.Outdated
		if catalog.Normalize(best.Source) != catalog.Normalize(s.Source) {
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
	return fmt.Sprintf("%s %d%% %s match from %s (%s)", TMNotePrefix, c.Score, matchKind(c.Score), m.where(c), c.State)
}

func matchKind(score int) string {
	switch {
	case score >= tm.Context:
		return "context"
	case score == tm.Exact:
		return "exact"
	}
	return "fuzzy"
}

// where names the segment a unit came from: document#id, or the TMX file
// it was imported from when the file names no document.
func (m *Memory) where(c tm.Match) string {
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

// TMLookupOptions are the options of terjime tm lookup.
type TMLookupOptions struct {
	Text   string // "-" reads it from the environment's standard input
	Locale string // target locale; all when empty
	Min    int    // lowest percentage; the project's threshold when negative
	Limit  int
	JSON   bool
	// Prev and Next, when either is set, are the sentences around Text,
	// for context matches.
	Prev, Next string
}

// TMLookup prints the best matches for a text in the translation memory.
func TMLookup(ctx context.Context, env *ui.Env, p *Project, opts TMLookupOptions) error {
	if opts.Text == "-" {
		b, err := io.ReadAll(env.In)
		if err != nil {
			return err
		}
		opts.Text = string(b)
	}
	if strings.TrimSpace(opts.Text) == "" {
		return errors.New("nothing to look up: give the text as the argument")
	}
	if opts.Locale != "" {
		if _, err := locale.Parse(opts.Locale); err != nil {
			return fmt.Errorf("--locale: %w", err)
		}
	}
	if opts.Min < 0 {
		opts.Min = p.TMThreshold()
	}
	if opts.Min > 101 {
		return fmt.Errorf("--min %d is not a percentage between 0 and 101", opts.Min)
	}
	if opts.Limit < 0 {
		return fmt.Errorf("--limit %d is negative", opts.Limit)
	}
	m, err := openMemory(ctx, env, p, memoryOptions{write: true, verbose: true})
	if err != nil {
		return err
	}
	q := tm.Query{Text: opts.Text, SourceLocale: p.SourceLocale, TargetLocale: opts.Locale, Min: opts.Min, Limit: opts.Limit}
	if opts.Prev != "" || opts.Next != "" {
		q.Prev, q.Next = tm.ContextHash(opts.Prev), tm.ContextHash(opts.Next)
	}
	matches := m.Lookup(q)
	if opts.JSON {
		return m.writeLookupJSON(env.Out, opts.Text, matches)
	}
	if len(matches) == 0 {
		env.Info("TMNoMatch", map[string]any{"Min": opts.Min})
		return nil
	}
	for i, c := range matches {
		if i > 0 {
			fmt.Fprintln(env.Out)
		}
		fmt.Fprintln(env.Out, env.T("TMMatch", map[string]any{
			"Score": fmt.Sprint(c.Score), "Kind": env.T("TMKind_"+matchKind(c.Score), nil),
			"Where": m.where(c), "State": c.State.String(), "Origin": m.Origins()[c.Origin].Path,
		}))
		fmt.Fprintf(env.Out, "  %s  %s\n", c.SourceLocale, highlight(tm.Diff(opts.Text, c.Source), env.Palette()))
		fmt.Fprintf(env.Out, "  %s  %s\n", c.TargetLocale, c.Target)
	}
	return nil
}

// highlight shows a diff: on a colour terminal, what the query lacks struck
// through in red and what it adds underlined in green; elsewhere wdiff's
// markers, [-removed-] and {+added+}.
func highlight(spans []tm.Span, pal palette.Palette) string {
	var b strings.Builder
	for _, s := range spans {
		switch {
		case s.Op == tm.Same:
			b.WriteString(s.Text)
		case pal.On() && s.Op == tm.Removed:
			b.WriteString(pal.Removed(s.Text))
		case pal.On():
			b.WriteString(pal.Added(s.Text))
		case s.Op == tm.Removed:
			b.WriteString("[-" + s.Text + "-]")
		default:
			b.WriteString("{+" + s.Text + "+}")
		}
	}
	return b.String()
}

type jsonSpan struct {
	Op   string `json:"op"` // same, removed, added
	Text string `json:"text"`
}

type jsonMatch struct {
	Score        int        `json:"score"`
	Match        string     `json:"match"` // context, exact, fuzzy
	Source       string     `json:"source"`
	Target       string     `json:"target"`
	SourceLocale string     `json:"source_locale"`
	TargetLocale string     `json:"target_locale"`
	Document     string     `json:"document"`
	Segment      string     `json:"segment"`
	State        string     `json:"state"`
	Origin       string     `json:"origin"`
	Diff         []jsonSpan `json:"diff"`
}

func (m *Memory) writeLookupJSON(w io.Writer, query string, matches []tm.Match) error {
	out := struct {
		Query   string      `json:"query"`
		Matches []jsonMatch `json:"matches"`
	}{Query: query, Matches: []jsonMatch{}}
	origins := m.Origins()
	for _, c := range matches {
		j := jsonMatch{
			Score: c.Score, Match: matchKind(c.Score), Source: c.Source, Target: c.Target,
			SourceLocale: c.SourceLocale, TargetLocale: c.TargetLocale, Document: c.Document, Segment: c.ID,
			State: c.State.String(), Origin: origins[c.Origin].Path, Diff: []jsonSpan{},
		}
		for _, s := range tm.Diff(query, c.Source) {
			j.Diff = append(j.Diff, jsonSpan{[...]string{"same", "removed", "added"}[s.Op], s.Text})
		}
		out.Matches = append(out.Matches, j)
	}
	return writeJSON(w, out)
}

// TMRebuild rebuilds the translation memory's index from its files,
// trusting nothing of the old one.
func TMRebuild(ctx context.Context, env *ui.Env, p *Project) error {
	_, err := openMemory(ctx, env, p, memoryOptions{write: true, force: true, verbose: true})
	return err
}

// readTMXUnits reads an imported TMX file's translation pairs as units. It
// takes data over: the TMX reader rewrites it in place.
// Locales are mapped onto the project's (en-US onto a project's en) so that
// lookups find them. A pair without a state counts as translated: good
// enough to pre-fill as outdated, never as translated.
func (p *Project) readTMXUnits(path string, data []byte) ([]tm.Unit, error) {
	var out []tm.Unit
	err := tmx.ScanBytes(path, data, func(t tmx.TU) error {
		st := catalog.Translated
		if t.State != "" {
			s, err := catalog.ParseState(t.State)
			if err != nil {
				return catalog.Errorf(path, t.Line, "%v", err)
			}
			st = s
		}
		if !st.Done() || strings.TrimSpace(t.Target) == "" {
			return nil
		}
		out = append(out, tm.Unit{
			SourceLocale: p.projectLocale(t.SourceLocale), TargetLocale: p.projectLocale(t.TargetLocale),
			Source: t.Source, Target: t.Target, Document: t.Document, ID: t.ID, State: st,
		})
		return nil
	})
	return out, err
}

// projectLocale returns the project's locale that tag stands for (ru for
// ru-RU when the project has ru), tag itself when there is none.
func (p *Project) projectLocale(tag string) string {
	if l, ok := locale.Match(tag, p.Locales()); ok {
		return l
	}
	return tag
}

// TMImport adds TMX files to the translation memory: each is read and
// checked, copied into the memory's imports directory (a file of the same
// name is replaced) and indexed.
func TMImport(ctx context.Context, env *ui.Env, p *Project, files []string) error {
	if len(files) == 0 {
		return errors.New("name the TMX files to import")
	}
	var plan disk.Plan
	type imported struct {
		path          string
		count, source int
	}
	var done []imported
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			plan.Discard()
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			plan.Discard()
			return err
		}
		name := filepath.Base(f)
		if !strings.EqualFold(filepath.Ext(name), ".tmx") {
			name += ".tmx"
		}
		// Staged before it is read: the TMX reader rewrites data in place
		// rather than hold a second copy of a file of hundreds of MB.
		dest := filepath.Join(p.TMImportDir(), name)
		if err := plan.Stage(dest, data); err != nil {
			plan.Discard()
			return err
		}
		units, err := p.readTMXUnits(f, data)
		if err != nil {
			plan.Discard()
			return err
		}
		n := 0
		for _, u := range units {
			if u.SourceLocale == p.SourceLocale {
				n++
			}
		}
		done = append(done, imported{f, len(units), n})
	}
	if _, err := plan.Apply(ctx); err != nil {
		return err
	}
	for _, d := range done {
		env.Info("TMImported", map[string]any{"Path": d.path, "Count": d.count})
		if d.source == 0 && d.count > 0 {
			env.Info("TMImportOtherLocale", map[string]any{"Path": d.path, "Locale": p.SourceLocale})
		}
	}
	// The files are in: an interrupt now only stops the indexing, which the
	// next command that opens the memory finishes.
	if _, err := openMemory(ctx, env, p, memoryOptions{write: true, verbose: true}); err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

// TMExportOptions are the options of terjime tm export.
type TMExportOptions struct {
	Output string // file; standard output when empty or "-"
	Locale string // target locale; all when empty
}

// TMExport writes the translation memory, catalogs and imported files
// alike, as a TMX file. Translations of the same sentence in several
// locales share a <tu>; documents come in the order of the memory.
func TMExport(ctx context.Context, env *ui.Env, p *Project, opts TMExportOptions) error {
	if opts.Locale != "" {
		if _, err := locale.Parse(opts.Locale); err != nil {
			return fmt.Errorf("--locale: %w", err)
		}
	}
	m, err := OpenMemory(ctx, env, p, true)
	if err != nil {
		return err
	}
	// Group the translations of one sentence (document, ID, source), which
	// the memory holds locale by locale, and keep the documents' order.
	type key struct{ doc, id, locale, source string }
	var docs []string
	groups := map[string][]key{}
	members := map[key][]tmx.TU{}
	for _, u := range m.Units() {
		if opts.Locale != "" && u.TargetLocale != opts.Locale {
			continue
		}
		k := key{u.Document, u.ID, u.SourceLocale, u.Source}
		if _, ok := groups[u.Document]; !ok {
			docs = append(docs, u.Document)
			groups[u.Document] = nil
		}
		if _, ok := members[k]; !ok || u.ID == "" {
			groups[u.Document] = append(groups[u.Document], k)
		}
		members[k] = append(members[k], tmx.TU{
			Source: u.Source, Target: u.Target, SourceLocale: u.SourceLocale, TargetLocale: u.TargetLocale,
			Document: u.Document, ID: u.ID, State: u.State.String(),
		})
	}
	var tus []tmx.TU
	for _, d := range docs {
		for _, k := range groups[d] {
			if k.id == "" {
				// Without an ID, equal sources are different sentences:
				// take them one at a time, in order.
				tus = append(tus, members[k][0])
				members[k] = members[k][1:]
				continue
			}
			tus = append(tus, members[k]...)
		}
	}
	var b bytes.Buffer
	if err := tmx.Write(&b, p.SourceLocale, tus); err != nil {
		return err
	}
	if toFile, err := writeOutput(env, opts.Output, b.Bytes()); err != nil || !toFile {
		return err
	}
	env.Info("TMExported", map[string]any{"Path": opts.Output, "Count": len(tus)})
	return nil
}
