package check

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
)

// Pair is a document's source catalog and one of its target catalogs.
type Pair struct {
	Source, Target *catalog.Catalog
}

// textCheck is an enabled check of one translation.
type textCheck struct {
	name string
	run  func(*Translation)
}

// Checker runs the checks with one configuration.
type Checker struct {
	// ListMissing reports each untranslated and outdated segment on its
	// own. Without it they are summed up in one finding per catalog,
	// with their numbers and first lines, so that they do not bury the
	// other findings: missing work is progress, not a problem to read
	// line by line.
	ListMissing bool

	sev          map[string]Severity
	texts        []textCheck // the enabled checks of one translation
	lengthFactor float64
	quotes       map[string][2]rune
	// project: the consistency checks compare the segments of all the
	// documents of a locale, not those of each document alone.
	project bool
}

// New returns a Checker for cfg, or the configuration's first problem.
func New(cfg Config) (*Checker, error) {
	sev, err := cfg.severities()
	if err != nil {
		return nil, err
	}
	c := &Checker{sev: sev, lengthFactor: cfg.LengthFactor, quotes: map[string][2]rune{}, project: cfg.Consistency == ScopeProject}
	for _, ch := range registry {
		if ch.Text != nil && sev[ch.Name] != Off {
			c.texts = append(c.texts, textCheck{ch.Name, ch.Text})
		}
	}
	if c.lengthFactor == 0 {
		c.lengthFactor = DefaultLengthFactor
	}
	for loc, q := range cfg.Quotes {
		r := []rune(q)
		c.quotes[loc] = [2]rune{r[0], r[1]}
	}
	return c, nil
}

// Enabled reports whether the named check runs.
func (c *Checker) Enabled(name string) bool { return c.sev[name] != Off }

// localeQuotes are the primary quotation marks of the languages whose
// style is checked. Russian typography uses «ёлочки» (with „лапки“ for
// quotes within quotes); Turkmen newspapers and official texts set «…» as
// well (and this project's translations do), though CLDR lists “…” for tk.
// Other languages are not checked unless [check] quotes names them.
var localeQuotes = map[string][2]rune{
	"ru": {'«', '»'},
	"tk": {'«', '»'},
	"uk": {'«', '»'},
	"be": {'«', '»'},
	"kk": {'«', '»'},
}

// Run checks every pair and returns the findings, in no particular order
// (NewReport sorts them). Pairs of the same target locale are checked
// together: consistency looks across all of their documents, and the
// length norm is measured over all of them.
func (c *Checker) Run(pairs []Pair) []Finding {
	s := c.NewSession()
	s.Expect(1)
	s.Check(pairs)
	return s.Findings()
}

// A Session checks a project's pairs a few at a time, a document's after
// another's, so that each document's catalogs can be dropped once checked:
// what the checks across documents (consistency, length) need of a
// segment is kept in a few small records, not its catalogs. The findings
// are those of Run over all the pairs in the order given.
type Session struct {
	c      *Checker
	order  []string
	runs   map[string]*localeRun
	expect int
	// sources: the findings of the source texts themselves, made once
	// for each source catalog (by its path), whatever its locales.
	sources     []Finding
	sourcesSeen map[string]bool
}

// Expect says that the next call of Check is the first of about n calls
// with pairs as many segments: the records kept across documents are
// then made large enough at once rather than grown and copied.
func (s *Session) Expect(n int) { s.expect = n }

// NewSession starts a session of checks.
func (c *Checker) NewSession() *Session {
	return &Session{c: c, runs: map[string]*localeRun{}}
}

// Check checks pairs; nothing of their catalogs is kept after it returns.
func (s *Session) Check(pairs []Pair) {
	var batch [][]Pair
	index := map[string]int{}
	for _, p := range pairs {
		l := p.Target.Locale
		i, ok := index[l]
		if !ok {
			i = len(batch)
			index[l] = i
			batch = append(batch, nil)
		}
		batch[i] = append(batch[i], p)
	}
	// What one pass over each source text finds serves every locale.
	info := map[*catalog.Catalog][]textInfo{}
	for _, p := range pairs {
		if _, ok := info[p.Source]; !ok {
			ti := make([]textInfo, len(p.Source.Segments))
			for i := range p.Source.Segments {
				ti[i] = sourceInfo(p.Source.Segments[i].Source)
			}
			info[p.Source] = ti
			s.sourceControls(p.Source, ti)
		}
	}
	defer func() { s.expect = 0 }()
	runs := make([]*localeRun, len(batch))
	for i, b := range batch {
		l := b[0].Target.Locale
		r, ok := s.runs[l]
		if !ok {
			r = s.c.newLocaleRun(l, b)
			s.runs[r.locale] = r
			s.order = append(s.order, r.locale)
		}
		if s.expect > 0 {
			r.reserve(b, s.expect)
		}
		runs[i] = r
	}
	// The locales share nothing but the read-only source catalogs and
	// their text info: check them side by side.
	if len(runs) == 1 {
		runs[0].check(batch[0], info)
		return
	}
	var wg sync.WaitGroup
	for i, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.check(batch[i], info)
		}()
	}
	wg.Wait()
}

// sourceControls reports the control characters of a source catalog's
// segments, once for the source: the article's author removes them, and a
// translation that keeps one is not at fault (checkControls).
func (s *Session) sourceControls(src *catalog.Catalog, info []textInfo) {
	sev := s.c.sev["control-chars"]
	if sev == Off || s.sourcesSeen[src.Path] {
		return
	}
	if s.sourcesSeen == nil {
		s.sourcesSeen = map[string]bool{}
	}
	s.sourcesSeen[src.Path] = true
	for i := range src.Segments {
		seg := &src.Segments[i]
		if info[i].f&fControl == 0 || flagged(seg.Note, "control-chars") {
			continue
		}
		if k, c := ctlchar.Find(seg.Source); k >= 0 {
			args := map[string]any{"Char": ctlchar.Name(c)}
			s.sources = append(s.sources, Finding{
				Check: "control-chars", Severity: sev, Locale: src.Locale, Document: src.Document, File: src.Path,
				Segment: seg.ID, Line: seg.Line, Key: "CheckControlSource", Args: args, Message: English("CheckControlSource", args),
			})
		}
	}
}

// Findings ends the session with the checks across documents and returns
// every finding.
func (s *Session) Findings() []Finding {
	var wg sync.WaitGroup
	for _, l := range s.order {
		r := s.runs[l]
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.finish()
		}()
	}
	wg.Wait()
	out := s.sources
	for _, l := range s.order {
		out = append(out, s.runs[l].findings...)
	}
	return out
}

// pairMeta is what the findings of the checks across documents need of
// a pair once its catalogs are gone (its locale is the run's).
type pairMeta struct {
	document, path string
}

// segMeta is what the checks across documents keep of a done segment:
// the hashes of its source and target texts, where it is, and which of
// those checks its notes silence.
type segMeta struct {
	hSrc, hTgt   uint64
	pair, line   int32
	idOff, idEnd uint32 // its ID in localeRun.ids
	// wOff is where its source's word signature is in localeRun.words
	// (wordSig; none for sources of over maxSigWords words): wLen words,
	// their wLen finer keys and wLen shapes, then tLen stems of its
	// translation (targetStems).
	wOff       uint32
	wLen, tLen uint8
	silent     uint8 // silentTranslation|silentSource|silentLength
}

// maxSegWords bounds what one segment adds to localeRun.words: wordSig's
// three keys of up to maxSigWords words and a few past them, and the
// translation's stems.
const maxSegWords = 3*(maxSigWords+3) + maxStems

// maxSigWords bounds the word signatures kept for inconsistent-source:
// longer sources are sentences reworded rather than labels copied, and a
// project of a million sentences keeps no more than a few bytes for each.
const maxSigWords = 16

const (
	silentTranslation = 1 << iota
	silentSource
	silentLength
)

// localeRun is the state of checking one target locale.
type localeRun struct {
	c      *Checker
	locale string
	pairs  []Pair // the pairs being checked
	base   int32  // the index in metas of pairs[0]
	metas  []pairMeta
	srcSym symbols
	tgtSym symbols
	// srcLocale is the source locale; printer writes numbers as the
	// target locale does, made on first use.
	srcLocale string
	printer   *message.Printer
	quotes    [2]rune
	hasStyle  bool
	// english: the language checks apply (an English source, a Russian or
	// Turkmen target); turkmen, russian: the target's language.
	english, turkmen, russian bool
	findings                  []Finding
	// hashes caches the source hash of each source segment.
	hashes map[*catalog.Catalog][]string

	seed        maphash.Seed
	segs        []segMeta
	ids         []byte
	bySource    []hashRec // the hashes of the done segments' source texts
	byTarget    []hashRec // and of their translations
	words       []uint16  // the sources' word signatures (segMeta.wOff)
	fineBuf     []uint16  // scratch space of wordSig
	shapeBuf    []uint16  // scratch space of wordSig
	wordBuf     []byte    // scratch space of wordSig and targetStems
	lengths     []lengthRec
	ratioHist   [ratioBins + 1]int32 // of lengths' ratios
	normSoFar   float64              // the norm of the lengths recorded so far
	lost        map[int32]string     // by segment: the anchor a short translation lacks (lostAnchor)
	stopCounts  []stopCount          // by pair (metas)
	srcInfo     map[*catalog.Catalog][]textInfo
	curInfo     []textInfo // srcInfo of the pair being checked
	nums        [2][]numToken
	num         numScratch
	strs        [4][]string
	toks        []latinToken // scratch of englishLeft
	consistency bool
	txt         Translation // the translation being checked, reused
}

func (c *Checker) newLocaleRun(loc string, pairs []Pair) *localeRun {
	r := &localeRun{c: c, locale: strings.Clone(loc), seed: maphash.MakeSeed()}
	tt, _ := locale.Parse(loc)
	base := locale.Base(loc)
	src := language.English
	if len(pairs) > 0 {
		if t, err := locale.Parse(pairs[0].Source.Locale); err == nil {
			src = t
		}
	}
	r.srcSym, r.tgtSym = localeSymbols(src), localeSymbols(tt)
	r.srcLocale = src.String()
	if q, ok := c.quotes[loc]; ok {
		r.quotes, r.hasStyle = q, true
	} else if q, ok := c.quotes[base]; ok {
		r.quotes, r.hasStyle = q, true
	} else if q, ok := localeQuotes[base]; ok {
		r.quotes, r.hasStyle = q, true
	}
	r.consistency = c.Enabled("inconsistent-translation") || c.Enabled("inconsistent-source")
	r.turkmen, r.russian = base == "tk", base == "ru"
	r.english = locale.Base(src.String()) == "en" && (base == "ru" || r.turkmen)
	return r
}

// check checks pairs of the locale, keeping nothing of their catalogs.
func (r *localeRun) check(pairs []Pair, info map[*catalog.Catalog][]textInfo) {
	r.pairs, r.srcInfo, r.hashes = pairs, info, map[*catalog.Catalog][]string{}
	r.base = int32(len(r.metas))
	for _, p := range pairs {
		r.metas = append(r.metas, pairMeta{strings.Clone(p.Target.Document), p.Target.Path})
	}
	for pi := range pairs {
		r.pair(int32(pi))
	}
	r.pairs, r.srcInfo, r.hashes, r.curInfo = nil, nil, nil, nil
}

// reserve makes room in the records for n batches like pairs.
func (r *localeRun) reserve(pairs []Pair, n int) {
	segs := 0
	for _, p := range pairs {
		segs += len(p.Target.Segments)
	}
	segs *= n
	r.segs = slices.Grow(r.segs, segs)
	r.lengths = slices.Grow(r.lengths, segs)
	if r.consistency {
		r.bySource = slices.Grow(r.bySource, segs)
		r.byTarget = slices.Grow(r.byTarget, segs)
	}
	if len(pairs) > 0 && len(pairs[0].Target.Segments) > 0 {
		r.ids = slices.Grow(r.ids, segs*len(pairs[0].Target.Segments[0].ID))
	}
}

// finish runs the checks across the locale's documents.
func (r *localeRun) finish() {
	if r.consistency {
		r.inconsistencies()
	}
	r.lengthOutliers()
}

// emit records a finding of check name on segment seg of pair pm (an
// index in metas), unless the check is off or a note flag silences it.
func (r *localeRun) emit(pm int32, seg *catalog.Segment, srcNote, name, key string, args map[string]any) {
	if r.c.sev[name] == Off {
		return
	}
	if seg == nil {
		r.add(pm, "", 0, name, key, args)
		return
	}
	if flagged(seg.Note, name) || flagged(srcNote, name) {
		return
	}
	r.add(pm, strings.Clone(seg.ID), seg.Line, name, key, args)
}

// emitSeg records a finding of check name on the done segment si (an
// index in segs).
func (r *localeRun) emitSeg(si int32, name, key string, args map[string]any) {
	if r.c.sev[name] == Off {
		return
	}
	m := &r.segs[si]
	r.add(m.pair, string(r.ids[m.idOff:m.idEnd]), int(m.line), name, key, args)
}

func (r *localeRun) add(pm int32, id string, line int, name, key string, args map[string]any) {
	// A finding keeps copies of the catalog's strings, not parts of them,
	// which would keep the whole file in memory.
	for k, v := range args {
		if s, ok := v.(string); ok {
			args[k] = strings.Clone(s)
		}
	}
	m := &r.metas[pm]
	r.findings = append(r.findings, Finding{
		Check: name, Severity: r.c.sev[name], Locale: r.locale, Document: m.document, File: m.path,
		Segment: id, Line: line, Key: key, Args: args, Message: English(key, args),
	})
}

func (r *localeRun) sourceHashes(src *catalog.Catalog) []string {
	h, ok := r.hashes[src]
	if !ok {
		h = make([]string, len(src.Segments))
		r.hashes[src] = h
	}
	return h
}

func (r *localeRun) pair(pi int32) {
	p := r.pairs[pi]
	pm := r.base + pi
	src, tgt := p.Source, p.Target
	hashes := r.sourceHashes(src)
	r.curInfo = r.srcInfo[src]
	// first[i] is 1 + the line of the target entry for source segment i,
	// 0 while there is none.
	first := make([]int32, len(src.Segments))
	var index map[string]int // built only when the catalogs' orders differ
	lookup := func(id string) (int, bool) {
		if index == nil {
			index = src.Index()
		}
		i, ok := index[id]
		return i, ok
	}
	var others map[string]int // entries not in the source: ID → line
	dup := func(seg *catalog.Segment, si int) bool {
		if si >= 0 {
			if first[si] != 0 {
				r.emit(pm, seg, "", "duplicate-id", "CheckDuplicateID", map[string]any{"ID": seg.ID, "Line": strconv.Itoa(int(first[si] - 1))})
				return true
			}
			first[si] = int32(seg.Line) + 1
			return false
		}
		if others == nil {
			others = map[string]int{}
		}
		if line, ok := others[seg.ID]; ok {
			r.emit(pm, seg, "", "duplicate-id", "CheckDuplicateID", map[string]any{"ID": seg.ID, "Line": strconv.Itoa(line)})
			return true
		}
		others[seg.ID] = seg.Line
		return false
	}
	var miss missing
	total := 0 // the translatable segments
	next := 0  // target catalogs follow the source's order: try the next one first
	for i := range tgt.Segments {
		seg := &tgt.Segments[i]
		for next < len(src.Segments) && src.Segments[next].Verbatim {
			next++
		}
		si := -1
		if next < len(src.Segments) && src.Segments[next].ID == seg.ID {
			si = next
		} else if k, ok := lookup(seg.ID); ok {
			si = k
		}
		if si >= 0 {
			next = si + 1
		}
		dup(seg, si)
		if si < 0 {
			r.emit(pm, seg, "", "unknown-id", "CheckUnknownID", map[string]any{"ID": seg.ID})
			continue
		}
		s := &src.Segments[si]
		if s.Verbatim {
			continue
		}
		if seg.Source != s.Source {
			r.emit(pm, seg, s.Note, "source-changed", "CheckSourceChanged", nil)
		}
		total++
		if len(seg.Conflicts) > 0 {
			r.emit(pm, seg, s.Note, "conflict", "CheckConflict", conflictArgs(seg, "[[segment.conflict]]"))
		}
		switch {
		case seg.State == catalog.Untranslated && !blank(seg.Target):
			// Work done but not marked: a problem of its own, with its fix.
			r.emit(pm, seg, s.Note, "untranslated-target", "CheckUntranslatedTarget", nil)
			continue
		case seg.State == catalog.Outdated && !blank(seg.Target):
			miss.add(r, pm, seg, s.Note, "outdated")
			continue
		case !seg.Done():
			// An empty or blank target is not translated, whatever its
			// state says (status counts it so too).
			miss.add(r, pm, seg, s.Note, "untranslated")
			continue
		}
		if hashes[si] == "" {
			hashes[si] = s.Hash()
		}
		if seg.SourceHash != hashes[si] {
			r.emit(pm, seg, s.Note, "stale", "CheckStale", map[string]any{"State": seg.State.String(), "Hash": seg.SourceHash, "Want": hashes[si]})
		}
		r.text(pi, int32(i), int32(si), seg, s)
	}
	miss.report(r, pm, total)
	for i := range src.Segments {
		if first[i] == 0 && !src.Segments[i].Verbatim {
			r.emit(pm, nil, "", "missing-id", "CheckMissingID", map[string]any{"ID": src.Segments[i].ID})
		}
	}
	for i := range tgt.Obsolete {
		seg := &tgt.Obsolete[i]
		si, ok := lookup(seg.ID)
		if !ok {
			si = -1
		}
		if !dup(seg, si) {
			r.emit(pm, seg, "", "obsolete", "CheckObsolete", nil)
			if len(seg.Conflicts) > 0 {
				// An obsolete entry keeps its conflicts under [[obsolete]].
				r.emit(pm, seg, "", "conflict", "CheckConflict", conflictArgs(seg, "[[obsolete.conflict]]"))
			}
		}
	}
}

// missing sums up a catalog's untranslated and outdated segments.
type missing struct {
	untranslated, outdated int
	lines                  []int // the first few
	sev                    Severity
	// first is the first missing segment and what its finding needs:
	// alone, it is reported as itself.
	first     *catalog.Segment
	firstNote string
}

// linesShown is how many lines of missing work a summary names.
const linesShown = 3

// add counts seg as missing work of the check name (untranslated or
// outdated), unless the check is off or a note flag silences it, or
// reports it at once under ListMissing.
func (m *missing) add(r *localeRun, pm int32, seg *catalog.Segment, srcNote, name string) {
	if r.c.ListMissing {
		r.missingSegment(pm, seg, srcNote)
		return
	}
	sev := r.c.sev[name]
	if sev == Off || flagged(seg.Note, name) || flagged(srcNote, name) {
		return
	}
	if name == "untranslated" {
		m.untranslated++
	} else {
		m.outdated++
	}
	m.sev = max(m.sev, sev)
	if m.first == nil {
		m.first, m.firstNote = seg, srcNote
	}
	if len(m.lines) <= linesShown {
		m.lines = append(m.lines, seg.Line)
	}
}

// missingSegment reports one untranslated or outdated segment.
func (r *localeRun) missingSegment(pm int32, seg *catalog.Segment, srcNote string) {
	switch {
	case seg.State != catalog.Outdated || blank(seg.Target):
		r.emit(pm, seg, srcNote, "untranslated", "CheckUntranslated", nil)
	case seg.PreviousSource != "":
		r.emit(pm, seg, srcNote, "outdated", "CheckOutdated", map[string]any{"Previous": seg.PreviousSource})
	default:
		r.emit(pm, seg, srcNote, "outdated", "CheckOutdatedFuzzy", nil)
	}
}

// report records the summary finding, at the first missing segment's
// line, or the finding of the one missing segment. A summary carries the
// name of the check of its missing work, untranslated when there is any:
// the one [check] configures.
func (m *missing) report(r *localeRun, pm int32, total int) {
	n := m.untranslated + m.outdated
	switch n {
	case 0:
		return
	case 1:
		r.missingSegment(pm, m.first, m.firstNote)
		return
	}
	shown := m.lines[:min(len(m.lines), linesShown)]
	lines := make([]string, len(shown))
	for i, l := range shown {
		lines[i] = strconv.Itoa(l)
	}
	list := strings.Join(lines, ", ")
	if len(m.lines) > linesShown {
		list += ", …"
	}
	args := map[string]any{
		"Count": n, "Total": total, "Untranslated": m.untranslated, "Outdated": m.outdated,
		"Lines": Msg{"CheckIncompleteLines", map[string]any{"Count": len(shown), "Lines": list}},
	}
	name, key := "untranslated", "CheckIncomplete"
	switch {
	case m.outdated == 0:
		key = "CheckIncompleteUntranslated"
	case m.untranslated == 0:
		name, key = "outdated", "CheckIncompleteOutdated"
	}
	meta := &r.metas[pm]
	r.findings = append(r.findings, Finding{
		Check: name, Severity: m.sev, Locale: r.locale, Document: meta.document, File: meta.path,
		Line: m.lines[0], Count: n, Key: key, Args: args, Message: English(key, args),
	})
}

// text runs the checks that compare a done translation with its source,
// the registered Text functions of the enabled checks, then keeps what
// the checks across documents need of it. One pass over each text finds
// which kinds of characters it has, and each check looks at that first.
func (r *localeRun) text(pi, ti, si int32, seg, s *catalog.Segment) {
	if s.Source == "translator-credits" || s.Source == "translator_credits" {
		return // gettext's convention: the translation names the translators
	}
	pm := r.base + pi
	t := &r.txt
	*t = Translation{
		Source: s.Source, Target: seg.Target, CodedSource: s.Source, CodedTarget: seg.Target, Locale: r.locale,
		src: r.curInfo[si], codes: len(s.Codes) > 0, r: r, pm: pm, seg: seg, note: s.Note,
		kind: s.Kind, sep: s.Sep,
	}
	if t.codes {
		// The other checks read the text without its inline codes.
		t.Source, t.Target = markup.Plain(t.Source), markup.Plain(t.Target)
		t.src = sourceInfo(t.Source)
	}
	t.tgt = scanText(t.Target)
	for _, c := range r.c.texts {
		t.name = c.name
		c.run(t)
	}
	src, tgt, note := t.Source, t.Target, t.note
	fs, ns, ft, nt := t.src.f, t.src.runes, t.tgt.f, t.tgt.runes
	t.seg = nil

	// Consistency across the locale's documents, and length, judged once
	// the locale's norm is known: what they need is kept in a record.
	long := false
	if r.c.sev["length"] != Off && ns >= minNormRunes {
		ns, nt = textLength(src, fs, ns), textLength(tgt, ft, nt)
		long = ns >= minNormRunes
	}
	if !r.consistency && !long {
		return
	}
	m := segMeta{pair: pm, line: int32(seg.Line), idOff: uint32(len(r.ids))}
	r.ids = append(r.ids, seg.ID...)
	m.idEnd = uint32(len(r.ids))
	for _, c := range [...]struct {
		name string
		bit  uint8
	}{{"inconsistent-translation", silentTranslation}, {"inconsistent-source", silentSource}, {"length", silentLength}} {
		if flagged(seg.Note, c.name) || flagged(note, c.name) {
			m.silent |= c.bit
		}
	}
	k := int32(len(r.segs))
	if r.consistency {
		// Texts are compared with their white space collapsed, and a
		// translation without the heading's label its manual gives it
		// where the source has none («8.11.3.1.2. Выравнивание кривой» is
		// the heading translated as elsewhere).
		ht := tgt
		if n := headingLabel(tgt); n > 0 && headingLabel(src) == 0 {
			ht = tgt[n+1:] // the label and the space after it
		}
		m.hSrc, m.hTgt = r.hashText(src, fs), r.hashText(ht, ft)
		// Within one document (the default), a segment is compared only
		// with those of its document: its pair is mixed into the key the
		// texts are grouped by.
		var scope uint64
		if !r.c.project {
			scope = uint64(pm+1) * 0x9E3779B97F4A7C15
		}
		r.bySource = append(r.bySource, hashRec{m.hSrc ^ scope, k})
		r.byTarget = append(r.byTarget, hashRec{m.hTgt ^ scope, k})
		if r.c.sev["inconsistent-source"] != Off {
			if cap(r.words)-len(r.words) < maxSegWords {
				// doubled, not grown by append's quarter: reserve cannot
				// tell how many sources keep a signature, and a quarter at
				// a time copies the words of a large project four times
				r.words = slices.Grow(r.words, max(len(r.words), maxSegWords))
			}
			off := len(r.words)
			r.words, r.fineBuf, r.shapeBuf, r.wordBuf = wordSig(src, maxSigWords, r.words, r.fineBuf[:0], r.shapeBuf[:0], r.wordBuf)
			if n := len(r.words) - off; n <= maxSigWords && !oneToken(src) {
				r.words = append(r.words, r.fineBuf...)
				r.words = append(r.words, r.shapeBuf...)
				stems := len(r.words)
				r.words, r.wordBuf = targetStems(tgt, r.words, r.wordBuf)
				m.wOff, m.wLen, m.tLen = uint32(off), uint8(n), uint8(len(r.words)-stems)
			} else {
				r.words = r.words[:off]
			}
		}
	}
	r.segs = append(r.segs, m)
	if long {
		r.recordLength(k, src, tgt, ft, ns, nt)
	}
}

// hashRec is a done segment's text hash for the consistency checks.
type hashRec struct {
	h   uint64
	seg int32 // index in localeRun.segs
}

// inconsistencies compares each done segment with the first segment of
// the locale (in the order of the pairs) whose source text, or whose
// translation, is the same: the same source translated differently, the
// same translation of different sources. Texts are compared by their
// hashes: the texts themselves are gone with their catalogs. The hashes
// are sorted rather than looked up in maps as the segments go: a map of a
// million entries misses the cache on nearly every access, a sort does
// not.
func (r *localeRun) inconsistencies() {
	buf := make([]hashRec, max(len(r.bySource), len(r.byTarget)))
	// each calls f with the first segment of each run of equal hashes
	// and each later one.
	each := func(recs []hashRec, f func(first, cur int32)) {
		recs = sortHashes(recs, buf)
		for i := 0; i < len(recs); {
			j := i + 1
			for j < len(recs) && recs[j].h == recs[i].h {
				j++
			}
			for _, cur := range recs[i+1 : j] {
				f(recs[i].seg, cur.seg)
			}
			i = j
		}
	}
	each(r.bySource, func(first, cur int32) {
		if m := &r.segs[cur]; m.silent&silentTranslation == 0 && r.segs[first].hTgt != m.hTgt {
			r.emitSeg(cur, "inconsistent-translation", "CheckInconsistentTranslation", r.otherArgs(first))
		}
	})
	var pairs [][2]int32
	each(r.byTarget, func(first, cur int32) {
		f, m := &r.segs[first], &r.segs[cur]
		if f.hSrc == m.hSrc {
			return
		}
		// a word and its abbreviation are one word
		if at := wordApart(r.sig(f), r.sig(m)); at >= 0 && !abbreviation(r.shape(f)[at], r.shape(m)[at]) {
			pairs = append(pairs, [2]int32{first, cur})
		}
	})
	r.copies(pairs)
}

// copies reports the pairs of segments whose sources are one word apart
// and whose translations are the same, unless the document's other
// translations show the two words are rendered alike or neither is
// rendered (copyEvidence.copied). A translation that renders one word is
// reported on the other word's segment, as a copy.
func (r *localeRun) copies(pairs [][2]int32) {
	if len(pairs) == 0 {
		return
	}
	// By document, so that each document is read once (index).
	slices.SortFunc(pairs, func(a, b [2]int32) int {
		return cmp.Or(cmp.Compare(r.segs[a[1]].pair, r.segs[b[1]].pair), cmp.Compare(r.segs[a[0]].pair, r.segs[b[0]].pair))
	})
	docs := func(p [2]int32) [2]int32 { return [2]int32{r.segs[p[0]].pair, r.segs[p[1]].pair} }
	ev := newCopyEvidence()
	type wordPair struct {
		words [2]uint16 // in order
		p     [2]int32  // first, cur
		flip  bool      // first holds words[1]
	}
	var wps []wordPair
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && docs(pairs[j]) == docs(pairs[i]) {
			j++
		}
		ev.index(r, pairs[i:j])
		// The pairs of two words count the document's evidence once, each
		// leaving out its own translation.
		wps = wps[:0]
		for _, p := range pairs[i:j] {
			w := apartWords(r, p[0], p[1])
			flip := w[0] > w[1]
			if flip {
				w[0], w[1] = w[1], w[0]
			}
			wps = append(wps, wordPair{w, p, flip})
		}
		slices.SortStableFunc(wps, func(a, b wordPair) int {
			return cmp.Or(cmp.Compare(a.words[0], b.words[0]), cmp.Compare(a.words[1], b.words[1]))
		})
		for k, wp := range wps {
			opp := opposite(wp.words)
			if !opp && akin(wp.words) {
				continue // two names of one thing, by WordNet
			}
			if k == 0 || wp.words != wps[k-1].words {
				ev.evidence(r, wp.words)
			}
			first := &r.segs[wp.p[0]]
			ev.without(r, wp.words, first.hTgt, func() {
				r.copy(wp.p, ev.copied(r.stems(first)), wp.flip, opp)
			})
		}
		i = j
	}
}

// copy reports a pair of segments, first and cur, by copied's verdict on
// their words (flip: first holds the second word). Two words of opposite
// meaning (opposite) are reported where the document renders them alike
// too: a translation of "Start Upload" that says «загрузка», as that of
// "Start Download" does, tells the reader neither.
func (r *localeRun) copy(p [2]int32, verdict int, flip, opposite bool) {
	if flip && verdict >= copyOfFirst {
		verdict = copyOfFirst + copyOfSecond - verdict
	}
	on, other, key := p[1], p[0], "CheckInconsistentSource"
	switch verdict {
	case copyNone:
		return
	case copyAlike:
		if !opposite {
			return
		}
		key = "CheckInconsistentSourceOpposite"
	case copyUnknown:
		if opposite {
			key = "CheckInconsistentSourceOpposite"
		}
	case copyOfFirst:
		key = "CheckInconsistentSourceCopy"
	case copyOfSecond:
		on, other, key = p[0], p[1], "CheckInconsistentSourceCopy"
	}
	if r.segs[on].silent&silentSource == 0 {
		r.emitSeg(on, "inconsistent-source", key, r.otherArgs(other))
	}
}

// sortHashes sorts recs by hash, keeping the order of equal hashes, and
// returns the sorted slice (recs or buf, which must be as long): one
// counting pass and one scatter by the top 16 bits, then an insertion
// sort, which only moves records within their bucket of a few.
func sortHashes(recs, buf []hashRec) []hashRec {
	if len(recs) < 1<<12 {
		slices.SortStableFunc(recs, func(a, b hashRec) int { return cmp.Compare(a.h, b.h) })
		return recs
	}
	const shift = 64 - 16
	count := make([]int, 1<<16+1)
	for _, x := range recs {
		count[x.h>>shift+1]++
	}
	for b := 1; b < len(count); b++ {
		count[b] += count[b-1]
	}
	out := buf[:len(recs)]
	for _, x := range recs {
		b := x.h >> shift
		out[count[b]] = x
		count[b]++
	}
	for i := 1; i < len(out); i++ {
		x := out[i]
		j := i
		for j > 0 && out[j-1].h > x.h {
			out[j] = out[j-1]
			j--
		}
		out[j] = x
	}
	return out
}

// hashText hashes a text with its runs of white space collapsed, without
// copying it when it has none.
func (r *localeRun) hashText(s string, f features) uint64 {
	if !f.needsCollapse() {
		return maphash.String(r.seed, s)
	}
	return maphash.String(r.seed, collapse(s))
}

// collapse trims a text and turns each run of ASCII white space into one
// space.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isASCIISpace(c) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// sig is a segment's source word signature.
func (r *localeRun) sig(m *segMeta) []uint16 { return r.words[m.wOff : m.wOff+uint32(m.wLen)] }

// fine is the finer keys of a segment's source words (fineOf), in the
// order of its signature.
func (r *localeRun) fine(m *segMeta) []uint16 {
	return r.words[m.wOff+uint32(m.wLen) : m.wOff+2*uint32(m.wLen)]
}

// shape is the shapes of a segment's source words (shapeOf), in the
// order of its signature.
func (r *localeRun) shape(m *segMeta) []uint16 {
	return r.words[m.wOff+2*uint32(m.wLen) : m.wOff+3*uint32(m.wLen)]
}

// stems is the stems of a segment's translation (targetStems), sorted.
func (r *localeRun) stems(m *segMeta) []uint16 {
	off := m.wOff + 3*uint32(m.wLen)
	return r.words[off : off+uint32(m.tLen)]
}

// docSegs is the range of segs of pair pm: segments are recorded in the
// order of their pairs.
func (r *localeRun) docSegs(pm int32) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(r.segs, pm, func(m segMeta, pm int32) int { return cmp.Compare(m.pair, pm) })
	hi, _ = slices.BinarySearchFunc(r.segs, pm+1, func(m segMeta, pm int32) int { return cmp.Compare(m.pair, pm) })
	return lo, hi
}

func (r *localeRun) otherArgs(si int32) map[string]any {
	m := &r.segs[si]
	return map[string]any{"Other": string(r.ids[m.idOff:m.idEnd]), "Where": r.metas[m.pair].path + ":" + strconv.Itoa(int(m.line))}
}

func round1(f float64) float64 {
	return float64(int(f*10+0.5)) / 10
}

// blank reports whether a target has no text: empty or white space only.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

func leadingSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func trailingSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// conflictArgs says where the other version of an open conflict came from
// (the latest, when several wait), and the table it waits in.
func conflictArgs(seg *catalog.Segment, table string) map[string]any {
	var from any = seg.Conflicts[len(seg.Conflicts)-1].From
	if from == "" {
		from = Msg{"CheckConflictFromMerge", nil} // said in the UI language
	}
	return map[string]any{"ID": seg.ID, "From": from, "Table": table}
}
