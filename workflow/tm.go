package workflow

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/memory"
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
	// Trust is the least state of the work behind an identical match that
	// segment takes as translated: translated, reviewed (the default),
	// final, or none (every match is taken as outdated, for review).
	Trust string `toml:"trust,omitempty"`
	// Dir holds the memory: the index (a cache, rebuilt when needed) and
	// the imported TMX files (imports/, data to keep under version
	// control). Default .terjime/tm.
	Dir string `toml:"dir,omitempty"`
}

// DefaultTMThreshold is the fuzzy-match threshold most CAT tools ship with.
const DefaultTMThreshold = 75

// check reports a [tm] table that cannot work, and the key at fault.
func (c TMCfg) check() (string, error) {
	if c.Threshold < 0 || c.Threshold > 100 {
		return "threshold", fmt.Errorf("tm.threshold %d is not a percentage between 0 and 100", c.Threshold)
	}
	if _, ok := trustStates[c.Trust]; !ok {
		return "trust", fmt.Errorf("tm.trust %q: want translated, reviewed, final or none", c.Trust)
	}
	return "", nil
}

var trustStates = map[string]catalog.State{
	"": catalog.Reviewed, "translated": catalog.Translated, "reviewed": catalog.Reviewed,
	"final": catalog.Final, "none": memory.TrustNone,
}

// trust is the configured memory.PrefillOptions.Trust.
func (c TMCfg) trust() catalog.State { return trustStates[c.Trust] }

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

// TMIndexPath is the main index file of the translation memory.
func (p *Project) TMIndexPath() string { return memory.IndexPath(p.TMDir()) }

// TMImportDir holds the TMX files added with terjime tm import.
func (p *Project) TMImportDir() string { return memory.ImportDir(p.TMDir()) }

// OpenMemory opens the project's translation memory (see memory.Open),
// made from the target catalog of every document in every target locale
// and the imported TMX files. An invalid index is reported, then rebuilt.
// With write false nothing is saved (segment --dry-run writes nothing).
func OpenMemory(ctx context.Context, env *ui.Env, p *Project, write bool) (*memory.Memory, error) {
	return openMemory(ctx, env, p, memoryOptions{write: write})
}

type memoryOptions struct {
	write   bool // save rebuilt indexes
	force   bool // rebuild, ignoring the old indexes
	verbose bool // say when an index was rebuilt
}

func openMemory(ctx context.Context, env *ui.Env, p *Project, opts memoryOptions) (*memory.Memory, error) {
	var catalogs []string
	for _, loc := range p.TargetLocales {
		for _, d := range p.Documents {
			catalogs = append(catalogs, p.CatalogPath(loc, d.Name))
		}
	}
	mo := memory.Options{
		Dir: p.TMDir(), Catalogs: catalogs, Name: p.Rel, Locales: p.Locales(),
		Write: opts.write, Force: opts.force,
		Invalid: func(path, reason string) {
			env.Info("TMIndexInvalid", map[string]any{"Path": p.Rel(path), "Reason": reason})
		},
	}
	if !opts.force {
		// Only tm rebuild is about the index itself; for every other
		// command it is a cache.
		mo.Unsaved = func(path string, err error) {
			env.Info("TMUnsaved", map[string]any{"Path": p.Rel(path), "Error": err.Error()})
		}
	}
	if opts.verbose {
		mo.Updated = func(units, files, read int, path string) {
			env.Info("TMUpdated", map[string]any{"Count": units, "Files": files, "Read": read, "Path": p.Rel(path)})
		}
	}
	return memory.Open(ctx, mo)
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
		b, err := input.Read("<stdin>", env.In, input.Limit{})
		if err != nil {
			return err
		}
		opts.Text = string(b)
	}
	if strings.TrimSpace(opts.Text) == "" {
		return ui.NewError("TMNothingToLookUp", nil)
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
		return ui.PercentError("--min", float64(opts.Min), 101)
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
		return writeLookupJSON(env.Out, m, opts.Text, matches)
	}
	if len(matches) == 0 {
		env.Info("TMNoMatch", map[string]any{"Min": env.Percent(float64(opts.Min), 0)})
		return nil
	}
	for i, c := range matches {
		if i > 0 {
			fmt.Fprintln(env.Out)
		}
		fmt.Fprintln(env.Out, env.T("TMMatch", map[string]any{
			"Score": env.Percent(float64(c.Score), 0), "Kind": env.T(matchKindMessages[memory.Kind(c.Score)], nil),
			"Where": m.Where(c), "State": c.State.String(), "Origin": m.Origins()[c.Origin].Path,
		}))
		fmt.Fprintf(env.Out, "  %s  %s\n", c.SourceLocale, highlight(tm.Diff(opts.Text, c.Source), env.Palette()))
		fmt.Fprintf(env.Out, "  %s  %s\n", c.TargetLocale, ctlchar.Visible(c.Target))
	}
	return nil
}

// matchKindMessages are the UI messages naming each kind of match.
var matchKindMessages = map[string]string{"context": "TMKind_context", "exact": "TMKind_exact", "fuzzy": "TMKind_fuzzy"}

// highlight shows a diff: on a colour terminal, what the query lacks struck
// through in red and what it adds underlined in green; elsewhere wdiff's
// markers, [-removed-] and {+added+}. Control characters in the texts are
// shown as escapes.
func highlight(spans []tm.Span, pal palette.Palette) ui.Shown {
	var b strings.Builder
	for _, s := range spans {
		s.Text = ctlchar.Visible(s.Text)
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
	return ui.Shown(b.String())
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

func writeLookupJSON(w io.Writer, m *memory.Memory, query string, matches []tm.Match) error {
	out := struct {
		Query   string      `json:"query"`
		Matches []jsonMatch `json:"matches"`
	}{Query: query, Matches: []jsonMatch{}}
	origins := m.Origins()
	for _, c := range matches {
		j := jsonMatch{
			Score: c.Score, Match: memory.Kind(c.Score), Source: c.Source, Target: c.Target,
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
	release, err := p.Lock(ctx, env, "tm rebuild")
	if err != nil {
		return err
	}
	defer release()
	_, err = openMemory(ctx, env, p, memoryOptions{write: true, force: true, verbose: true})
	return err
}

// TMImport adds TMX files to the translation memory: each is read and
// checked, copied into the memory's imports directory (a file of the same
// name is replaced) and indexed.
func TMImport(ctx context.Context, env *ui.Env, p *Project, files []string) error {
	if len(files) == 0 {
		return ui.NewError("TMImportNoFiles", nil)
	}
	release, err := p.Lock(ctx, env, "tm import")
	if err != nil {
		return err
	}
	defer release()
	plan := p.newPlan("tm import")
	type imported struct {
		path          string
		count, source int
		how           int    // how it is kept (importNew, …)
		kept          string // where
	}
	var done []imported
	names := importNames{dir: p.TMImportDir(), staged: map[string][sha256.Size]byte{}}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			plan.Discard()
			return err
		}
		if f == "-" {
			// The memory keeps each file under its name, which standard
			// input has not.
			plan.Discard()
			return ui.NewError("TMImportStdin", nil)
		}
		data, err := input.ReadFile(f, input.Limit{})
		if err != nil {
			plan.Discard()
			return err
		}
		dest, how, err := names.choose(f, data)
		if err != nil {
			plan.Discard()
			return err
		}
		// Staged before it is read: the TMX reader rewrites data in place
		// rather than hold a second copy of a file of hundreds of MB.
		if how != importSame {
			if err := plan.Stage(dest, data); err != nil {
				plan.Discard()
				return err
			}
		}
		units, err := memory.ReadTMX(f, data, p.Locales())
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
		done = append(done, imported{f, len(units), n, how, p.Rel(dest)})
	}
	if _, err := plan.Apply(ctx); err != nil {
		return err
	}
	for _, d := range done {
		if d.how == importSame {
			env.Info("TMImportSame", map[string]any{"Path": d.path, "Kept": d.kept})
			continue
		}
		env.Info("TMImported", map[string]any{"Path": d.path, "Count": d.count})
		if d.how == importRenamed {
			env.Info("TMImportRenamed", map[string]any{"Path": d.path, "Kept": d.kept})
		}
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
	Output  string   // file; standard output when empty or "-"
	Locales []string // target locales; all when empty
	// Force lets Output replace a file that exists (never one of the
	// project's own).
	Force bool
}

// TMExport writes the translation memory, catalogs and imported files
// alike, as a TMX file. Translations of the same sentence in several
// locales share a <tu>; documents come in the order of the memory.
func TMExport(ctx context.Context, env *ui.Env, p *Project, opts TMExportOptions) error {
	for _, l := range opts.Locales {
		if _, err := locale.Parse(l); err != nil {
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
		if len(opts.Locales) > 0 && !slices.ContainsFunc(opts.Locales, func(l string) bool { return locale.Same(l, u.TargetLocale) }) {
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
	if toFile, err := p.writeOutput(env, opts.Output, b.Bytes(), opts.Force); err != nil || !toFile {
		return err
	}
	env.Info("TMExported", map[string]any{"Path": opts.Output, "Count": len(tus)})
	return nil
}

// importNames chooses where tm import keeps each file: imports are keyed by
// content, not by name, so that a second mem.tmx never replaces the first.
// A file keeps its own name when that is free or holds the same bytes;
// else the name gets the start of its SHA-256. A file whose bytes are
// already imported, under any name, is not copied again.
type importNames struct {
	dir    string
	staged map[string][sha256.Size]byte // this run's names
	sums   map[string][sha256.Size]byte // imports already there, by name, hashed when needed
}

// How tm import keeps a file: under its own name, under its name and
// hash, or not at all since the same bytes are imported already.
const (
	importNew = iota
	importRenamed
	importSame
)

// choose returns the path to keep file (with content data) at and how,
// or, when those bytes are imported already, the path of that import.
func (n *importNames) choose(file string, data []byte) (dest string, how int, err error) {
	sum := sha256.Sum256(data)
	entries, err := os.ReadDir(n.dir)
	if err != nil && !os.IsNotExist(err) {
		return "", 0, err
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.EqualFold(filepath.Ext(name), ".tmx") {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
			continue
		}
		s, ok := n.sums[name]
		if !ok {
			b, err := input.ReadFile(filepath.Join(n.dir, name), input.Limit{})
			if err != nil {
				return "", 0, err
			}
			s = sha256.Sum256(b)
			if n.sums == nil {
				n.sums = map[string][sha256.Size]byte{}
			}
			n.sums[name] = s
		}
		if s == sum {
			return filepath.Join(n.dir, name), importSame, nil
		}
	}
	for name, s := range n.staged {
		if s == sum {
			return filepath.Join(n.dir, name), importSame, nil
		}
	}
	base := filepath.Base(file)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if !strings.EqualFold(filepath.Ext(base), ".tmx") {
		stem = base
	}
	name := stem + ".tmx"
	taken := func(name string) bool {
		if _, ok := n.staged[name]; ok {
			return true
		}
		_, err := os.Lstat(filepath.Join(n.dir, name))
		return err == nil
	}
	how = importNew
	if taken(name) {
		name, how = stem+"-"+hex.EncodeToString(sum[:])[:12]+".tmx", importRenamed
	}
	n.staged[name] = sum
	return filepath.Join(n.dir, name), how, nil
}
