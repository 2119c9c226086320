package workflow

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/memory"
	"github.com/terjime/terjime/workflow/tm"
	"github.com/terjime/terjime/workflow/ui"
)

// Two articles of one newsroom: b repeats a's first sentence word for
// word, revises its second, and shares nothing else.
const (
	articleA = "Seminar in Ashgabat\n\n" +
		"The seminar on migration took place in Ashgabat. " +
		"Representatives of the Mejlis and the Ombudsman took part in it. " +
		"The participants discussed international cooperation in this field. " +
		"The IOM office thanked the organizers.\n"
	articleB = "Migration forum\n\n" +
		"The seminar on migration took place in Ashgabat. " +
		"Representatives of the Mejlis and the Ombudsman took part in the forum. " +
		"Prices of cotton rose sharply this spring.\n"
)

// tmProject writes a project with documents a and b (b's source empty
// until written) into a temporary directory.
func tmProject(t *testing.T, extra string) *Project {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.en.txt"), articleA)
	write(t, filepath.Join(dir, ProjectFile), `source_locale = "en"
target_locales = ["ru", "tk"]
`+extra+`
[[document]]
name = "a"
source = "a.en.txt"

[[document]]
name = "b"
source = "b.en.txt"
`)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// segmentedTMProject is tmProject with both documents segmented, without
// the memory, and document a translated into Russian (ruA) in state.
func segmentedTMProject(t *testing.T, extra string, state catalog.State) *Project {
	t.Helper()
	p := tmProject(t, extra)
	write(t, p.Path("b.en.txt"), articleB)
	segmentDocs(t, p, SegmentOptions{NoTM: true})
	translate(t, p, "ru", "a", ruA, state)
	return p
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func segmentDocs(t *testing.T, p *Project, opts SegmentOptions) string {
	t.Helper()
	env, _, stderr := ui.NewTest("", "")
	if err := Segment(context.Background(), env, p, opts); err != nil {
		t.Fatal(err)
	}
	return stderr.String()
}

// translate sets the target and state of segments of a catalog by source.
func translate(t *testing.T, p *Project, locale, doc string, targets map[string]string, state catalog.State) {
	t.Helper()
	path := p.CatalogPath(locale, doc)
	c, err := catalog.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range c.Segments {
		if tr, ok := targets[c.Segments[i].Source]; ok {
			c.Segments[i].Target, c.Segments[i].State = tr, state
		}
	}
	write(t, path, string(c.Marshal()))
}

func segmentBySource(t *testing.T, p *Project, locale, doc, source string) catalog.Segment {
	t.Helper()
	c, err := catalog.ReadFile(p.CatalogPath(locale, doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Segments {
		if s.Source == source {
			return s
		}
	}
	t.Fatalf("%s/%s has no segment %q", locale, doc, source)
	return catalog.Segment{}
}

var ruA = map[string]string{
	"Seminar in Ashgabat":                                                 "Семинар в Ашхабаде",
	"The seminar on migration took place in Ashgabat.":                    "Семинар по миграции прошёл в Ашхабаде.",
	"Representatives of the Mejlis and the Ombudsman took part in it.":    "В нём приняли участие представители Меджлиса и Омбудсмена.",
	"The participants discussed international cooperation in this field.": "Участники обсудили международное сотрудничество в этой области.",
}

func TestLeverageAcrossArticles(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		state                 catalog.State // of a's Russian translations
		noTM                  bool
		extra                 string // terjime.toml lines
		first                 catalog.State
		firstNote, secondNote string
	}{
		{name: "reviewed: exact match is translated", state: catalog.Reviewed,
			first: catalog.Translated, firstNote: "tm: 100% exact match from a#",
			secondNote: "tm: 83% fuzzy match from a#"},
		{name: "translated: exact match needs a translator", state: catalog.Translated,
			first: catalog.Outdated, firstNote: "tm: 100% exact match from a#",
			secondNote: "tm: 83% fuzzy match from a#"},
		{name: "threshold above the fuzzy match", state: catalog.Final, extra: "[tm]\nthreshold = 90\n",
			first: catalog.Translated, firstNote: "tm: 100% exact match from a#"},
		{name: "--no-tm", state: catalog.Final, noTM: true, first: catalog.Untranslated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tmProject(t, tc.extra)
			write(t, p.Path("b.en.txt"), "Placeholder.\n")
			segmentDocs(t, p, SegmentOptions{})
			translate(t, p, "ru", "a", ruA, tc.state)
			write(t, p.Path("b.en.txt"), articleB)
			stderr := segmentDocs(t, p, SegmentOptions{Documents: []string{"b"}, NoTM: tc.noTM})

			first := segmentBySource(t, p, "ru", "b", "The seminar on migration took place in Ashgabat.")
			if first.State != tc.first || !strings.HasPrefix(first.Note, tc.firstNote) {
				t.Errorf("identical sentence: %s %q, want %s %q…", first.State, first.Note, tc.first, tc.firstNote)
			}
			if tc.first != catalog.Untranslated && first.Target != ruA[first.Source] {
				t.Errorf("identical sentence: target %q", first.Target)
			}
			if tc.first == catalog.Translated && (first.PreviousSource != "" || first.SourceHash != catalog.Hash(first.Source)) {
				t.Errorf("translated from an exact match: previous_source %q, source_hash %s", first.PreviousSource, first.SourceHash)
			}
			second := segmentBySource(t, p, "ru", "b", "Representatives of the Mejlis and the Ombudsman took part in the forum.")
			if tc.secondNote == "" {
				if second.State != catalog.Untranslated || second.Target != "" || second.Note != "" {
					t.Errorf("revised sentence under the threshold: %s %q %q", second.State, second.Target, second.Note)
				}
			} else {
				old := "Representatives of the Mejlis and the Ombudsman took part in it."
				if second.State != catalog.Outdated || second.Target != ruA[old] || second.PreviousSource != old ||
					second.SourceHash != catalog.Hash(old) || !strings.HasPrefix(second.Note, tc.secondNote) {
					t.Errorf("revised sentence: %+v", second)
				}
			}
			third := segmentBySource(t, p, "ru", "b", "Prices of cotton rose sharply this spring.")
			if third.State != catalog.Untranslated || third.Note != "" {
				t.Errorf("unrelated sentence: %+v", third)
			}
			// Nothing was translated into Turkmen: nothing to pre-fill.
			if tk := segmentBySource(t, p, "tk", "b", first.Source); tk.State != catalog.Untranslated {
				t.Errorf("tk: %+v", tk)
			}
			wantMsg := !tc.noTM
			if got := strings.Contains(stderr, "pre-filled from the translation memory"); got != wantMsg {
				t.Errorf("pre-fill message %v, want %v:\n%s", got, wantMsg, stderr)
			}
			c, _ := catalog.ReadFile(p.CatalogPath("ru", "b"))
			n := 0
			for i := range c.Segments {
				if memory.Prefilled(&c.Segments[i]) {
					n++
				}
			}
			want := 0
			if tc.firstNote != "" {
				want++
			}
			if tc.secondNote != "" {
				want++
			}
			if n != want {
				t.Errorf("%d segments marked as pre-filled, want %d", n, want)
			}
			// Running segment again changes nothing.
			if out := segmentDocs(t, p, SegmentOptions{NoTM: tc.noTM}); !strings.Contains(out, "up to date") {
				t.Errorf("second run changed files:\n%s", out)
			}
		})
	}
}

func TestLeverageContextMatch(t *testing.T) {
	p := tmProject(t, "")
	write(t, p.Path("b.en.txt"), "Placeholder.\n")
	segmentDocs(t, p, SegmentOptions{})
	translate(t, p, "ru", "a", ruA, catalog.Reviewed)
	// b is a's text under another title: its second sentence keeps both
	// neighbours, its first one does not (the title changed).
	write(t, p.Path("b.en.txt"), strings.Replace(articleA, "Seminar in Ashgabat", "Another title", 1))
	segmentDocs(t, p, SegmentOptions{Documents: []string{"b"}})
	for src, want := range map[string]string{
		"The seminar on migration took place in Ashgabat.":                 "tm: 100% exact match",
		"Representatives of the Mejlis and the Ombudsman took part in it.": "tm: 101% context match",
	} {
		if s := segmentBySource(t, p, "ru", "b", src); !strings.HasPrefix(s.Note, want) || s.State != catalog.Translated {
			t.Errorf("%q: %s %q, want translated %q…", src, s.State, s.Note, want)
		}
	}
}

func openTestMemory(t *testing.T, p *Project) (*memory.Memory, string) {
	t.Helper()
	env, _, stderr := ui.NewTest("", "")
	m, err := openMemory(context.Background(), env, p, memoryOptions{write: true, verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	return m, stderr.String()
}

func TestTMImportExport(t *testing.T) {
	p := segmentedTMProject(t, "", catalog.Reviewed)
	ctx := context.Background()

	// Another tool's TMX, with regional language codes and no states.
	other := filepath.Join(t.TempDir(), "agency.tmx")
	write(t, other, `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en-US"><seg>The wheat harvest began in the Dashoguz region.</seg></tuv><tuv xml:lang="tk-TM"><seg>Daşoguz welaýatynda bugdaý oragy başlandy.</seg></tuv></tu>
</body></tmx>
`)
	env, _, stderr := ui.NewTest("", "")
	if err := TMImport(ctx, env, p, []string{other}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "1 translation unit imported") {
		t.Errorf("import: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(p.TMImportDir(), "agency.tmx")); err != nil {
		t.Error(err)
	}
	m, _ := openTestMemory(t, p)
	got := m.Lookup(tm.Query{Text: "The wheat harvest began in the Dashoguz region.", SourceLocale: "en", TargetLocale: "tk"})
	if len(got) != 1 || got[0].State != catalog.Translated || m.Where(got[0]) != ".terjime/tm/imports/agency.tmx" {
		t.Fatalf("imported unit: %+v", got)
	}

	// An imported 100 % match is not reviewed: it pre-fills as outdated.
	write(t, p.Path("b.en.txt"), articleB+"\nThe wheat harvest began in the Dashoguz region.\n")
	segmentDocs(t, p, SegmentOptions{})
	s := segmentBySource(t, p, "tk", "b", "The wheat harvest began in the Dashoguz region.")
	if s.State != catalog.Outdated || s.Note != "tm: 100% exact match from .terjime/tm/imports/agency.tmx (translated)" {
		t.Errorf("pre-filled from the import: %+v", s)
	}

	// That run also filled b's untranslated Russian copy of a's reviewed
	// first sentence: a unit more.
	if s := segmentBySource(t, p, "ru", "b", "The seminar on migration took place in Ashgabat."); s.State != catalog.Translated {
		t.Errorf("not propagated: %+v", s)
	}
	m, _ = openTestMemory(t, p)

	// Export, then import the export into a new project: the same units.
	out := filepath.Join(t.TempDir(), "all.tmx")
	env, _, _ = ui.NewTest("", "")
	if err := TMExport(ctx, env, p, TMExportOptions{Output: out}); err != nil {
		t.Fatal(err)
	}
	q := tmProject(t, "")
	env, _, _ = ui.NewTest("", "")
	if err := TMImport(ctx, env, q, []string{out}); err != nil {
		t.Fatal(err)
	}
	m2, _ := openTestMemory(t, q)
	if m2.Len() != m.Len() {
		t.Fatalf("%d units after the round trip, want %d", m2.Len(), m.Len())
	}
	u1, u2 := m.Units(), m2.Units()
	for i := range u1 {
		a, b := u1[i], u2[i]
		a.Origin, b.Origin, a.Prev, a.Next = 0, 0, 0, 0
		if a != b {
			t.Errorf("unit %d:\n got %+v\nwant %+v", i, b, a)
		}
	}

	// A broken TMX file is refused with its line, and nothing is imported.
	bad := filepath.Join(t.TempDir(), "bad.tmx")
	write(t, bad, "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body><tu></body></tmx>\n")
	env, _, _ = ui.NewTest("", "")
	err := TMImport(ctx, env, q, []string{bad})
	if err == nil || !strings.Contains(err.Error(), "bad.tmx:") {
		t.Errorf("bad TMX: %v", err)
	}
	if _, err := os.Stat(filepath.Join(q.TMImportDir(), "bad.tmx")); err == nil {
		t.Error("a bad TMX file was imported")
	}
}

func TestTMLookupOutput(t *testing.T) {
	p := segmentedTMProject(t, "", catalog.Reviewed)
	env, out, _ := ui.NewTest("", "")
	err := TMLookup(context.Background(), env, p, TMLookupOptions{Text: "The seminar on migration took place in Mary.", Min: 75})
	if err != nil {
		t.Fatal(err)
	}
	want := "87% fuzzy match: a#" + catalog.Hash("The seminar on migration took place in Ashgabat.") + " (reviewed) in locales/ru/a.toml\n" +
		"  en  The seminar on migration took place in [-Ashgabat-] {+Mary+}.\n" +
		"  ru  Семинар по миграции прошёл в Ашхабаде.\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// On a colour terminal the differences are coloured instead.
	env, out, _ = ui.NewTest("", "")
	env.OutTTY, env.Color = true, true
	TMLookup(context.Background(), env, p, TMLookupOptions{Text: "The seminar on migration took place in Mary.", Min: 75})
	if !strings.Contains(out.String(), "\x1b[9;31mAshgabat\x1b[0m \x1b[4;32mMary\x1b[0m") {
		t.Errorf("no colour on a terminal: %q", out)
	}
}

func TestTMLookupDefaultsToThreshold(t *testing.T) {
	p := segmentedTMProject(t, "[tm]\nthreshold = 90\n", catalog.Reviewed)
	env, out, stderr := ui.NewTest("", "")
	if err := TMLookup(context.Background(), env, p, TMLookupOptions{Text: "The seminar on migration took place in Mary.", Min: -1}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 || !strings.Contains(stderr.String(), "no match of 90% or more") {
		t.Errorf("stdout %q, stderr %q", out, stderr)
	}
}
