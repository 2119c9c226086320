package memory

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/tm"
)

// The sentences of two articles: b repeats a's second sentence, revises its
// third, and shares nothing else.
var (
	sourcesA = []string{
		"Seminar in Ashgabat",
		"The seminar on migration took place in Ashgabat.",
		"Representatives of the Mejlis and the Ombudsman took part in it.",
		"The participants discussed international cooperation in this field.",
		"The IOM office thanked the organizers.",
	}
	sourcesB = []string{
		"Migration forum",
		"The seminar on migration took place in Ashgabat.",
		"Representatives of the Mejlis and the Ombudsman took part in the forum.",
		"Prices of cotton rose sharply this spring.",
	}
	ruA = map[string]string{
		"Seminar in Ashgabat":                                                 "Семинар в Ашхабаде",
		"The seminar on migration took place in Ashgabat.":                    "Семинар по миграции прошёл в Ашхабаде.",
		"Representatives of the Mejlis and the Ombudsman took part in it.":    "В нём приняли участие представители Меджлиса и Омбудсмена.",
		"The participants discussed international cooperation in this field.": "Участники обсудили международное сотрудничество в этой области.",
	}
	cotton = map[string]string{"Prices of cotton rose sharply this spring.": "Bu ýaz pagtanyň bahasy ep-esli ýokarlandy."}
)

// fixture is a project's memory directory and its four target catalogs
// (documents a and b in ru and tk), with a translated into Russian.
type fixture struct {
	t    *testing.T
	root string
	// what the last Open told
	invalid []string
	updated string
}

func newFixture(t *testing.T, state catalog.State) *fixture {
	f := &fixture{t: t, root: t.TempDir()}
	for _, loc := range []string{"ru", "tk"} {
		for doc, sources := range map[string][]string{"a": sourcesA, "b": sourcesB} {
			c := &catalog.Catalog{Document: doc, Locale: loc, SourceLocale: "en"}
			for i, id := range catalog.Identify(sources) {
				c.Segments = append(c.Segments, catalog.Segment{ID: id, Source: sources[i], SourceHash: catalog.Hash(sources[i])})
			}
			f.save(c)
		}
	}
	f.translate("ru", "a", ruA, state)
	return f
}

func (f *fixture) catalogPath(locale, doc string) string {
	return filepath.Join(f.root, "locales", locale, doc+".toml")
}

func (f *fixture) dir() string { return filepath.Join(f.root, ".terjime", "tm") }

func (f *fixture) save(c *catalog.Catalog) {
	path := f.catalogPath(c.Locale, c.Document)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		f.t.Fatal(err)
	}
	write(f.t, path, string(c.Marshal()))
}

// translate sets the target and state of segments of a catalog by source.
func (f *fixture) translate(locale, doc string, targets map[string]string, state catalog.State) {
	f.t.Helper()
	c, err := catalog.ReadFile(f.catalogPath(locale, doc))
	if err != nil {
		f.t.Fatal(err)
	}
	for i := range c.Segments {
		if tr, ok := targets[c.Segments[i].Source]; ok {
			c.Segments[i].Target, c.Segments[i].State = tr, state
		}
	}
	f.save(c)
}

// open opens the memory of the catalogs of docs and saves it, recording
// what Open told.
func (f *fixture) open(docs ...string) *Memory {
	f.t.Helper()
	if len(docs) == 0 {
		docs = []string{"a", "b"}
	}
	var cats []string
	for _, loc := range []string{"ru", "tk"} {
		for _, d := range docs {
			cats = append(cats, f.catalogPath(loc, d))
		}
	}
	f.invalid, f.updated = nil, ""
	rel := func(path string) string {
		r, _ := filepath.Rel(f.root, path)
		return r
	}
	m, err := Open(context.Background(), Options{
		Dir: f.dir(), Catalogs: cats, Locales: []string{"en", "ru", "tk"}, Write: true, Name: rel,
		Invalid: func(path, reason string) { f.invalid = append(f.invalid, rel(path)+": "+reason) },
		Updated: func(units, files, read int, path string) {
			f.updated = fmt.Sprintf("%s: %d units, %d files, %d read", rel(path), units, files, read)
		},
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func lookupTargets(m *Memory, text, locale string) []string {
	var out []string
	for _, c := range m.Lookup(tm.Query{Text: text, SourceLocale: "en", TargetLocale: locale, Min: 75}) {
		out = append(out, c.Target)
	}
	return out
}

func TestMemoryFollowsCatalogs(t *testing.T) {
	f := newFixture(t, catalog.Translated)
	m := f.open()
	if m.Len() != 4 || f.updated != ".terjime/tm/index.tmi: 4 units, 4 files, 4 read" {
		t.Fatalf("%d units; %s", m.Len(), f.updated)
	}
	if f.open(); f.updated != "" {
		t.Errorf("a fresh index was rebuilt: %s", f.updated)
	}

	// A catalog changes: only it is read again.
	f.translate("tk", "b", cotton, catalog.Final)
	m = f.open()
	if f.updated != ".terjime/tm/delta.tmi: 5 units, 4 files, 1 read" {
		t.Errorf("after a change: %s", f.updated)
	}
	if got := lookupTargets(m, "Prices of cotton rose sharply this spring.", "tk"); len(got) != 1 {
		t.Errorf("new translation not found: %q", got)
	}

	// A change that keeps the size and the modification time, made within
	// the index's clock tick, is caught by the hash.
	path := f.catalogPath("ru", "a")
	fi, _ := os.Stat(path)
	data, _ := os.ReadFile(path)
	data = bytes.Replace(data, []byte("Ашхабаде.\""), []byte("Ашхабаде!\""), 1)
	write(t, path, string(data))
	os.Chtimes(path, fi.ModTime(), fi.ModTime())
	m = f.open()
	if !strings.HasSuffix(f.updated, ", 1 read") {
		t.Errorf("same size and time: %s", f.updated)
	}
	if got := lookupTargets(m, "The seminar on migration took place in Ashgabat.", "ru"); len(got) != 1 || got[0] != "Семинар по миграции прошёл в Ашхабаде!" {
		t.Errorf("stale translation: %q", got)
	}

	// A file touched without a change is not read again, but its new time
	// is recorded.
	later := time.Now().Add(time.Minute)
	os.Chtimes(path, later, later)
	if f.open(); !strings.HasSuffix(f.updated, ", 0 read") {
		t.Errorf("touched file: %s", f.updated)
	}
	if f.open(); f.updated != "" {
		t.Errorf("touched file's time not recorded: %s", f.updated)
	}

	// A document leaves the project: its translations leave the memory.
	if m = f.open("b"); m.Len() != 1 {
		t.Errorf("%d units after removing document a, want 1", m.Len())
	}
}

func TestMemoryRebuildsDamagedIndex(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func([]byte) []byte
		reason string
	}{
		{"flipped byte", func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b }, "checksum mismatch"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-100] }, "truncated"},
		{"other version", func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], tm.Version+7); return b }, "version"},
		{"not an index", func([]byte) []byte { return []byte("hello") }, "not a terjime translation memory index"},
		{"empty", func([]byte) []byte { return nil }, "truncated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, catalog.Final)
			f.open()
			path := IndexPath(f.dir())
			write(t, path, string(tc.damage([]byte(readFile(t, path)))))
			m := f.open()
			if len(f.invalid) != 1 || !strings.HasPrefix(f.invalid[0], ".terjime/tm/index.tmi: "+tc.reason) || !strings.HasSuffix(f.updated, ", 4 read") {
				t.Errorf("invalid %q, updated %q", f.invalid, f.updated)
			}
			if m.Len() != 4 {
				t.Errorf("%d units after the rebuild, want 4", m.Len())
			}
			if _, err := tm.Open([]byte(readFile(t, path))); err != nil {
				t.Errorf("the rebuilt index was not saved: %v", err)
			}
		})
	}
}

func TestMemoryDelta(t *testing.T) {
	f := newFixture(t, catalog.Translated)
	f.open()
	mainPath, deltaPath := IndexPath(f.dir()), DeltaPath(f.dir())
	main := readFile(t, mainPath)

	// A change goes to the delta; the main index stays as it is.
	f.translate("tk", "b", cotton, catalog.Final)
	m := f.open()
	if f.updated != ".terjime/tm/delta.tmi: 5 units, 4 files, 1 read" {
		t.Errorf("after a change: %s", f.updated)
	}
	if readFile(t, mainPath) != main {
		t.Error("the main index was rewritten for a change of one catalog")
	}
	if got := lookupTargets(m, "Prices of cotton rose sharply this spring.", "tk"); len(got) != 1 {
		t.Errorf("translation in the delta not found: %q", got)
	}
	if f.open(); f.updated != "" {
		t.Errorf("a fresh delta was rebuilt: %s", f.updated)
	}

	// A catalog in the main index changes: its old units are left out.
	f.translate("ru", "a", map[string]string{"Seminar in Ashgabat": "Семинар в столице"}, catalog.Final)
	m = f.open()
	if got := lookupTargets(m, "Seminar in Ashgabat", "ru"); len(got) != 1 || got[0] != "Семинар в столице" {
		t.Errorf("superseded translation still found: %q", got)
	}
	if m.Len() != 5 {
		t.Errorf("%d units, want 5", m.Len())
	}

	// A damaged delta is rebuilt from the files, the main index kept.
	write(t, deltaPath, "garbage")
	m = f.open()
	if len(f.invalid) != 1 || !strings.HasPrefix(f.invalid[0], ".terjime/tm/delta.tmi: ") || !strings.HasSuffix(f.updated, ", 2 read") || m.Len() != 5 {
		t.Errorf("damaged delta: %d units; invalid %q, updated %q", m.Len(), f.invalid, f.updated)
	}

	// Once the delta is big enough, it is folded into the main index.
	defer func(share, min int) { deltaShare, deltaMin = share, min }(deltaShare, deltaMin)
	deltaShare, deltaMin = 1, 0
	f.translate("ru", "b", map[string]string{"Migration forum": "Форум по миграции"}, catalog.Reviewed)
	m = f.open()
	if !strings.HasPrefix(f.updated, ".terjime/tm/index.tmi: 6 units") || fileExists(deltaPath) || m.Len() != 6 {
		t.Errorf("fold: %d units, delta exists %v; %s", m.Len(), fileExists(deltaPath), f.updated)
	}
	if got := lookupTargets(m, "Seminar in Ashgabat", "ru"); len(got) != 1 || got[0] != "Семинар в столице" {
		t.Errorf("after the fold: %q", got)
	}
}

// A memory with nothing to remember writes no index; with Write false,
// none is written at all.
func TestMemoryWritesOnlyWhatItHas(t *testing.T) {
	f := newFixture(t, catalog.Untranslated)
	if m := f.open(); m.Len() != 0 || fileExists(IndexPath(f.dir())) {
		t.Errorf("an empty memory: %d units, index written %v", m.Len(), fileExists(IndexPath(f.dir())))
	}
	f.translate("ru", "a", ruA, catalog.Final)
	m, err := Open(context.Background(), Options{Dir: f.dir(), Catalogs: []string{f.catalogPath("ru", "a")}})
	if err != nil || m.Len() != 4 || fileExists(IndexPath(f.dir())) {
		t.Errorf("without Write: %v, %d units, index written %v", err, m.Len(), fileExists(IndexPath(f.dir())))
	}
}

func TestReadTMXMapsLocales(t *testing.T) {
	data := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en-US"><seg>The wheat harvest began.</seg></tuv><tuv xml:lang="tk-TM"><seg>Bugdaý oragy başlandy.</seg></tuv></tu>
<tu><tuv xml:lang="EN"><seg>Final.</seg></tuv><tuv xml:lang="RU"><prop type="x-terjime-state">final</prop><seg>Итог.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Draft.</seg></tuv><tuv xml:lang="ru"><prop type="x-terjime-state">outdated</prop><seg>Черновик.</seg></tuv></tu>
<tu><tuv xml:lang="en-GB"><seg>Colour.</seg></tuv><tuv xml:lang="de"><seg>Farbe.</seg></tuv></tu>
</body></tmx>
`)
	units, err := ReadTMX("agency.tmx", data, []string{"en", "ru", "tk"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range units {
		got = append(got, u.SourceLocale+">"+u.TargetLocale+" "+u.State.String())
	}
	if want := []string{"en>tk translated", "en>ru final", "en>de translated"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units %q, want %q", got, want)
	}
}

// TestHasSourceAndTrust: HasSource knows the sources of the main index and
// of the delta (as normalized), and no other; Prefill takes an identical
// match as translated from work at Trust or beyond, else as outdated; and
// PrefilledIdentical reads that from the note.
func TestHasSourceAndTrust(t *testing.T) {
	f := newFixture(t, catalog.Translated)
	f.open()
	f.translate("tk", "b", cotton, catalog.Final) // into the delta
	m := f.open()
	for text, want := range map[string]bool{
		"The seminar on migration took place in Ashgabat.":     true,
		"  The seminar on migration took\nplace in Ashgabat. ": false, // not normalized
		"Prices of cotton rose sharply this spring.":           true,
		"The seminar on migration took place in Mary.":         false,
	} {
		if got := m.HasSource(text); got != want {
			t.Errorf("HasSource(%q) = %v, want %v", text, got, want)
		}
	}
	if m := (*Memory)(nil); m.HasSource("x") {
		t.Error("a nil memory has a source")
	}

	src := &catalog.Catalog{Document: "c", Locale: "en", SourceLocale: "en"}
	for _, tc := range []struct {
		trust catalog.State
		want  catalog.State
	}{
		{0, catalog.Outdated}, // reviewed by default; a's are translated
		{catalog.Translated, catalog.Translated},
		{TrustNone, catalog.Outdated},
	} {
		fill := m.Prefill(src, "ru", PrefillOptions{Threshold: 100, Trust: tc.trust, Known: m.HasSource})
		s := catalog.Segment{ID: "x", Source: "The seminar on migration took place in Ashgabat."}
		if !fill(&s) || s.State != tc.want || s.Target != ruA[s.Source] || !PrefilledIdentical(&s) {
			t.Errorf("trust %v: %+v", tc.trust, s)
		}
		// Known keeps a sentence the memory does not hold from a lookup;
		// a fuzzy one is under the threshold of 100 anyway.
		s = catalog.Segment{ID: "y", Source: "The seminar on migration took place in Mary."}
		if fill(&s) || s.Target != "" {
			t.Errorf("trust %v: filled a sentence the memory does not hold: %+v", tc.trust, s)
		}
	}
	for note, want := range map[string]bool{
		"tm: 100% exact match from a#1 (reviewed)":   true,
		"tm: 101% context match from a#1 (final)":    true,
		"tm: 87% fuzzy match from a#1 (reviewed)":    false,
		"checked: tm: 100% exact match from a#1 (x)": false,
	} {
		if got := PrefilledIdentical(&catalog.Segment{Note: note}); got != want {
			t.Errorf("PrefilledIdentical(%q) = %v", note, got)
		}
	}
}
