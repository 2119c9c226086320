package xliff

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/xmlsafe/xmltest"
)

const testdata = "../../testdata/xliff"

type writeFunc func(io.Writer, string, string, []catalog.Pair, Options) error

var formats = []struct {
	name   string
	write  writeFunc
	schema string
}{
	{"xliff", Write, testdata + "/schemas/xliff20/core_and_metadata.xsd"},
	{"xliff12", Write12, testdata + "/schemas/xliff12/xliff-core-1.2-strict.offline.xsd"},
}

func export(t *testing.T, w writeFunc, pairs []catalog.Pair, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := w(&b, "en", "ru", pairs, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Exports match the golden files, are the same on every run, and are valid
// against the OASIS schemas.
func TestWriteGolden(t *testing.T) {
	for _, f := range formats {
		for _, opts := range []Options{{}, {OnlyTodo: true}} {
			name := f.name + ".xlf"
			if opts.OnlyTodo {
				name = f.name + "-todo.xlf"
			}
			t.Run(name, func(t *testing.T) {
				got := export(t, f.write, fixture(), opts)
				if again := export(t, f.write, fixture(), opts); !bytes.Equal(got, again) {
					t.Fatal("two exports of the same catalogs differ")
				}
				golden.File(t, filepath.Join(testdata, "golden", name), got)
				tmp := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(tmp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				xmltest.Lint(t, "--schema", f.schema, tmp)
			})
		}
	}
}

// wantUnits is what reading an export of pairs gives back: every
// translatable segment in document order, then those the source catalog
// lacks.
func wantUnits(pairs []catalog.Pair, onlyTodo bool) []catalog.Unit {
	var out []catalog.Unit
	for _, p := range pairs {
		idx := p.Target.Index()
		used := map[string]bool{}
		add := func(s catalog.Segment) {
			if onlyTodo && s.State.Done() {
				return
			}
			out = append(out, catalog.Unit{Document: p.Target.Document, ID: s.ID, Source: s.Source, Target: s.Target,
				State: s.State, StateSet: true, PreviousSource: s.PreviousSource, Note: s.Note, Base: catalog.BaseOf(&s)})
		}
		for _, s := range p.Source.Segments {
			if !s.Verbatim {
				used[s.ID] = true
				add(p.Target.Segments[idx[s.ID]])
			}
		}
		for _, s := range p.Target.Segments {
			if !used[s.ID] {
				add(s)
			}
		}
	}
	return out
}

func read(t *testing.T, name string, data []byte) *catalog.Exchange {
	t.Helper()
	x, err := Read(name, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for i := range x.Units {
		if x.Units[i].Line <= 0 {
			t.Errorf("unit %s: no line", x.Units[i].ID)
		}
		x.Units[i].Line = 0
	}
	return x
}

// Write then Read gives back every segment with its source, target,
// state, previous source and note.
func TestRoundTrip(t *testing.T) {
	for _, f := range formats {
		for _, todo := range []bool{false, true} {
			t.Run(f.name, func(t *testing.T) {
				x := read(t, "export.xlf", export(t, f.write, fixture(), Options{OnlyTodo: todo}))
				if x.Format != f.name || x.SourceLocale != "en" || x.TargetLocale != "ru" || x.Path != "export.xlf" {
					t.Errorf("got format %q, locales %q → %q, path %q", x.Format, x.SourceLocale, x.TargetLocale, x.Path)
				}
				want := wantUnits(fixture(), todo)
				if !reflect.DeepEqual(x.Units, want) {
					t.Errorf("units differ:\ngot  %+v\nwant %+v", x.Units, want)
				}
			})
		}
	}
}

// A character XML cannot carry travels as <cp> in XLIFF 2.0 and is refused
// by XLIFF 1.2, which has no way to write it.
func TestControlCharacters(t *testing.T) {
	pairs := fixture()
	pairs[1].Source.Segments[0].Source = "Bell\x07!"
	pairs[1].Target.Segments[0].Source = "Bell\x07!"
	pairs[1].Target.Segments[0].Target = "Звонок\x07!"
	data := export(t, Write, pairs, Options{})
	if !bytes.Contains(data, []byte(`<source>Bell<cp hex="0007"/>!</source>`)) {
		t.Errorf("no <cp> in\n%s", data)
	}
	x := read(t, "cp.xlf", data)
	if u := x.Units[len(x.Units)-2]; u.Source != "Bell\x07!" || u.Target != "Звонок\x07!" {
		t.Errorf("read back %q → %q", u.Source, u.Target)
	}
	err := Write12(io.Discard, "en", "ru", pairs, Options{})
	if err == nil || !strings.Contains(err.Error(), "U+0007") || !strings.Contains(err.Error(), "111111111111") {
		t.Errorf("Write12 error = %v, want one naming U+0007 and the segment", err)
	}
}

func TestWriteRefuses(t *testing.T) {
	done := fixture()[:1]
	for i := range done[0].Target.Segments {
		done[0].Target.Segments[i].State = catalog.Final
		done[0].Target.Segments[i].Target = "x"
	}
	badName := fixture()
	badName[0].Target.Document = "my article"
	twice := append(fixture(), fixture()[0])
	for name, c := range map[string]struct {
		pairs []catalog.Pair
		want  string
	}{
		"nothing to do":    {done, "nothing to export"},
		"no documents":     {nil, "nothing to export"},
		"document name":    {badName, `"my article" cannot be an XLIFF id`},
		"document twice":   {twice, `document "iom-seminar" given twice`},
		"another language": {fixture(), `locale "ru" in an XLIFF file for "tk"`},
	} {
		t.Run(name, func(t *testing.T) {
			tgt := "ru"
			if name == "another language" {
				tgt = "tk"
			}
			for _, w := range []writeFunc{Write, Write12} {
				err := w(io.Discard, "en", tgt, c.pairs, Options{OnlyTodo: true})
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("error = %v, want %q", err, c.want)
				}
			}
		})
	}
	if err := Write(io.Discard, "en", "ru", done, Options{OnlyTodo: true}); !errors.Is(err, interchange.ErrNothing) {
		t.Errorf("error = %v, want ErrNothing", err)
	}
}

// edit replaces old (which must be there) with new.
func edit(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not in the export", old)
	}
	return strings.Replace(s, old, new, 1)
}

// What a CAT tool does to an export (fill targets, change states, add a
// note) reads back as the translator meant it.
func TestCATEdits(t *testing.T) {
	t.Run("xliff", func(t *testing.T) {
		s := string(export(t, Write, fixture(), Options{}))
		// translate an untranslated segment
		s = edit(t, s, `<segment id="ac4eec2aa8d9" state="initial">
        <source>Moreover, the country adheres to humanism.</source>
`, `<segment id="ac4eec2aa8d9" state="translated">
        <source>Moreover, the country adheres to humanism.</source>
        <target>Кроме того, страна привержена гуманизму.</target>
`)
		// revise an outdated one and make it final (a tool drops subState with the state it changes)
		s = edit(t, s, `<segment id="a3c2d7e034f5" state="initial" subState="terjime:outdated">`, `<segment id="a3c2d7e034f5" state="final">`)
		s = edit(t, s, `<target>Были приглашены представители Меджлиса и Омбудсмена.</target>`, `<target>Были приглашены представители Меджлиса и Омбудсмена, все.</target>`)
		// a draft: target filled, state left initial
		s = edit(t, s, `<source>The Protocol was ratified.</source>
`, `<source>The Protocol was ratified.</source>
        <target>Протокол ратифицирован.</target>
`)
		// a reviewer's note in a one-segment unit
		s = edit(t, s, `<note id="ac4eec2aa8d9.terms"`, `<note category="review">Check with the editor</note>
        <note id="ac4eec2aa8d9.terms"`)
		got := byID(read(t, "edited.xlf", []byte(s)).Units)
		check(t, got["ac4eec2aa8d9"], "Кроме того, страна привержена гуманизму.", catalog.Translated, "Check with the editor")
		check(t, got["a3c2d7e034f5"], "Были приглашены представители Меджлиса и Омбудсмена, все.", catalog.Final, "")
		check(t, got["ac041b2adfa2"], "Протокол ратифицирован.", catalog.Outdated, "Protocol: see the UN text")
		check(t, got["67a14bfb5471"], "Сотрудничество в противодействии глобальным угрозам", catalog.Final, "")
	})
	t.Run("xliff12", func(t *testing.T) {
		s := string(export(t, Write12, fixture(), Options{}))
		// untranslated segments carry their source as a new target, which
		// reads back as no translation
		if u := byID(read(t, "export.xlf", []byte(s)).Units)["ac4eec2aa8d9"]; u.Target != "" || u.State != catalog.Untranslated {
			t.Errorf("a new target read back as %q, %v", u.Target, u.State)
		}
		s = edit(t, s, `<target state="new">Moreover, the country adheres to humanism.</target>`,
			`<target state="translated">Кроме того, страна привержена гуманизму.</target>`)
		s = edit(t, s, `<trans-unit id="ac041b2adfa2">
          <source>The Protocol was ratified.</source>
          <target state="new">The Protocol was ratified.</target>
`, `<trans-unit id="ac041b2adfa2" approved="yes">
          <source>The Protocol was ratified.</source>
          <target>Протокол ратифицирован.</target>
`)
		s = edit(t, s, `<target state="needs-review-translation">`, `<target state="translated">`)
		s = edit(t, s, `<target state="translated">Они говорили`, `<target>Они говорили`) // a tool that writes no state
		got := byID(read(t, "edited.xlf", []byte(s)).Units)
		check(t, got["ac4eec2aa8d9"], "Кроме того, страна привержена гуманизму.", catalog.Translated, "")
		check(t, got["ac041b2adfa2"], "Протокол ратифицирован.", catalog.Final, "Protocol: see the UN text")
		check(t, got["a3c2d7e034f5"], "Были приглашены представители Меджлиса и Омбудсмена.", catalog.Translated, "")
		if u := got["00ce9e1e701d"]; u.StateSet {
			t.Errorf("a target without state or approved: StateSet = true (%v)", u.State)
		}
	})
}

func byID(units []catalog.Unit) map[string]catalog.Unit {
	m := map[string]catalog.Unit{}
	for _, u := range units {
		m[u.ID] = u
	}
	return m
}

func check(t *testing.T, u catalog.Unit, target string, state catalog.State, note string) {
	t.Helper()
	if u.Target != target || u.State != state || !u.StateSet || u.Note != note {
		t.Errorf("segment %s: got %q %v (set %v) note %q, want %q %v note %q", u.ID, u.Target, u.State, u.StateSet, u.Note, target, state, note)
	}
}

// The state mapping of XLIFF 1.2, including what other tools write.
func TestState12(t *testing.T) {
	for _, c := range []struct {
		state, approved string
		target          bool
		want            catalog.State
		set             bool
	}{
		{"", "", false, catalog.Untranslated, true},
		{"translated", "", false, catalog.Untranslated, true},
		{"new", "", true, catalog.Outdated, true},
		{"needs-translation", "yes", true, catalog.Outdated, true},
		{"needs-review-l10n", "", true, catalog.Outdated, true},
		{"translated", "", true, catalog.Translated, true},
		{"translated", "yes", true, catalog.Final, true},
		{"signed-off", "", true, catalog.Reviewed, true},
		{"final", "", true, catalog.Final, true},
		{"", "yes", true, catalog.Final, true},
		{"", "no", true, catalog.Outdated, true},
		{"x-mytool", "", true, catalog.Translated, false},
		{"", "", true, catalog.Translated, false},
	} {
		got, set := state12(c.state, c.approved, c.target)
		if got != c.want || set != c.set {
			t.Errorf("state=%q approved=%q target=%v: got %v (set %v), want %v (set %v)", c.state, c.approved, c.target, got, set, c.want, c.set)
		}
	}
}

// A unit (or a file or group above it) with translate="no" brings nothing
// into the merge, and the units around it keep their segments.
func TestReadTranslateNo(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tk">
  <file id="news">
    <unit id="b0">
      <segment id="s1" state="translated"><source>One.</source><target>Bir.</target></segment>
    </unit>
    <unit id="b1" translate="no">
      <segment id="s2" state="translated"><source>Two.</source><target>Iki.</target></segment>
      <segment id="s3" state="translated"><source>Three.</source><target>Üç.</target></segment>
    </unit>
    <group id="g" translate="no">
      <unit id="b2"><segment id="s4"><source>Four.</source></segment></unit>
    </group>
    <unit id="b3">
      <segment id="s5" state="final"><source>Five.</source><target>Bäş.</target></segment>
    </unit>
  </file>
</xliff>
`
	x := read(t, "no.xlf", []byte(doc))
	var got []string
	for _, u := range x.Units {
		got = append(got, u.Document+"/"+u.ID+"="+u.Target)
	}
	if want := []string{"news/s1=Bir.", "news/s5=Bäş."}; !slices.Equal(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
}
