package goi18nfile

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
)

const testdata = "../../testdata/goi18n"

func fixture() []catalog.Pair {
	seg := func(id, src, tgt string, st catalog.State) catalog.Segment {
		return catalog.Segment{ID: id, Source: src, Target: tgt, State: st, SourceHash: catalog.Hash(src)}
	}
	a := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		seg("aaaaaaaaaaa1", "The IOM office organized the seminar.", "Представительство МОМ провело семинар.", catalog.Translated),
		seg("aaaaaaaaaaa2", "Representatives of the Mejlis\nwere invited.", "Были приглашены представители\nМеджлиса.", catalog.Final),
		seg("aaaaaaaaaaa3", `He said: "yes, of course".`, "", catalog.Untranslated),
		seg("aaaaaaaaaaa4", "The Ombudsman spoke first.", "Омбудсмен выступил.", catalog.Outdated),
	}}
	a.Segments[0].Terms = []string{"IOM → МОМ"}
	a.Segments[1].Note = "checked by the editor"
	a.Segments[3].PreviousSource = "The Ombudsman spoke."
	b := &catalog.Catalog{Document: "brief.2019", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		seg("aaaaaaaaaaa1", "The IOM office organized the seminar.", "", catalog.Untranslated),
	}}
	return []catalog.Pair{{Target: a}, {Target: b}}
}

func writeFixture(t *testing.T, dir string, opts Options) {
	t.Helper()
	for _, f := range Write("en", "ru", fixture(), opts) {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWriteGolden(t *testing.T) {
	files := Write("en", "ru", fixture(), Options{})
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		golden.File(t, filepath.Join(testdata, "export", f.Name), f.Data)
	}
	if got := strings.Join(names, " "); got != "active.en.toml active.ru.toml translate.ru.toml" {
		t.Errorf("files %s", got)
	}
	todo := Write("en", "ru", fixture(), Options{OnlyTodo: true})
	if len(todo) != 2 || todo[1].Name != "translate.ru.toml" {
		t.Errorf("--only todo writes %d files", len(todo))
	}
}

// TestBundleLoads loads every exported file with go-i18n's Bundle and
// localizes from it: the active file gives the translations, the
// translate file the source placeholders.
func TestBundleLoads(t *testing.T) {
	dir := t.TempDir()
	writeFixture(t, dir, Options{})
	for _, tc := range []struct {
		file, lang, id, want string
	}{
		{"active.en.toml", "en", "news.aaaaaaaaaaa1", "The IOM office organized the seminar."},
		{"active.ru.toml", "ru", "news.aaaaaaaaaaa1", "Представительство МОМ провело семинар."},
		{"active.ru.toml", "ru", "news.aaaaaaaaaaa2", "Были приглашены представители\nМеджлиса."},
		{"translate.ru.toml", "ru", "news.aaaaaaaaaaa3", `He said: "yes, of course".`},
		{"translate.ru.toml", "ru", "brief.2019.aaaaaaaaaaa1", "The IOM office organized the seminar."},
	} {
		b := i18n.NewBundle(language.English)
		b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
		mf, err := b.LoadMessageFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if mf.Tag.String() != tc.lang {
			t.Errorf("%s: go-i18n reads the language %s", tc.file, mf.Tag)
		}
		got, err := i18n.NewLocalizer(b, tc.lang).Localize(&i18n.LocalizeConfig{MessageID: tc.id})
		if err != nil || got != tc.want {
			t.Errorf("%s %s: %q, %v; want %q", tc.file, tc.id, got, err, tc.want)
		}
	}
}

// TestGoi18nMerge runs goi18n's own merge on an export whose translate file
// a translator filled: goi18n keeps a translation only when the hash we
// wrote is the one it computes, so the merged active file proves the
// hashes; terjime reads goi18n's output back.
func TestGoi18nMerge(t *testing.T) {
	goi18n, err := exec.LookPath("goi18n")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("goi18n is missing: go install github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0")
		}
		t.Skip("goi18n not installed (go install github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0)")
	}
	dir := t.TempDir()
	writeFixture(t, dir, Options{})
	filled, err := os.ReadFile(filepath.Join(testdata, "translate.ru.filled.toml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "translate.ru.toml"), filled, 0o644)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	cmd := exec.Command(goi18n, "merge", "-sourceLanguage", "en", "-outdir", out, "active.en.toml", "active.ru.toml", "translate.ru.toml")
	cmd.Dir = dir
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("goi18n merge: %v\n%s", err, msg)
	}
	f, err := os.Open(filepath.Join(out, "active.ru.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := Read(filepath.Join(out, "active.ru.toml"), f)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	bases := map[string]catalog.Base{}
	for _, p := range fixture() {
		for i, s := range p.Target.Segments {
			bases[p.Target.Document+"."+s.ID] = catalog.BaseOf(&p.Target.Segments[i])
		}
	}
	for _, u := range ex.Units {
		got[u.Document+"."+u.ID] = u.Target
		// An empty SourceHash: the hash was verified against the
		// description, which goi18n kept with the base on its last line.
		if u.State != catalog.Translated || u.SourceHash != "" {
			t.Errorf("%s: state %v, hash %s for source %q", u.ID, u.State, u.SourceHash, u.Source)
		}
		if want := bases[u.Document+"."+u.ID]; u.Base != want {
			t.Errorf("%s: goi18n kept the base %v, want %v", u.ID, u.Base, want)
		}
	}
	want := map[string]string{
		"news.aaaaaaaaaaa1":       "Представительство МОМ провело семинар.",
		"news.aaaaaaaaaaa2":       "Были приглашены представители\nМеджлиса.",
		"news.aaaaaaaaaaa3":       "Он сказал: «да, конечно».",
		"news.aaaaaaaaaaa4":       "Первым выступил Омбудсмен.",
		"brief.2019.aaaaaaaaaaa1": "Представительство МОМ провело семинар.",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: goi18n merged %q, want %q", id, got[id], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("goi18n kept %d messages, want %d: %v", len(got), len(want), got)
	}
}

func TestReadTranslateFile(t *testing.T) {
	f, err := os.Open(filepath.Join(testdata, "translate.ru.filled.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The locale comes from the name, as in go-i18n.
	ex, err := Read("translate.ru.toml", f)
	if err != nil {
		t.Fatal(err)
	}
	if ex.TargetLocale != "ru" || ex.Format != "goi18n" {
		t.Errorf("locale %q, format %q", ex.TargetLocale, ex.Format)
	}
	var got []string
	for _, u := range ex.Units {
		got = append(got, u.Document+"."+u.ID+" "+u.State.String())
	}
	want := "news.aaaaaaaaaaa3 translated|news.aaaaaaaaaaa4 translated|brief.2019.aaaaaaaaaaa1 translated|brief.2019.aaaaaaaaaaa5 untranslated"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("units\n got %s\nwant %s", g, want)
	}
	if ex.Units[0].Line != 9 {
		t.Errorf("first message at line %d, want 9", ex.Units[0].Line)
	}
}

// A hash goi18n did not make says nothing of the source: the merge goes by
// the description. goi18n's own is kept for the merge to check.
func TestReadForeignHash(t *testing.T) {
	ex, err := Parse("active.ru.toml", []byte(`["news.a"]
description = "The seminar ended."
hash = "md5-0123"
other = "Семинар завершился."

["news.b"]
hash = "sha1-0123"
other = "Спасибо."
`))
	if err != nil {
		t.Fatal(err)
	}
	if u := ex.Units[0]; u.SourceHash != "" || u.Source != "The seminar ended." {
		t.Errorf("foreign hash: source %q, hash %q", u.Source, u.SourceHash)
	}
	if u := ex.Units[1]; u.SourceHash != "sha1-0123" {
		t.Errorf("goi18n's hash: %q", u.SourceHash)
	}
}

// The source messages of an export are told by their name.
func TestSourceFile(t *testing.T) {
	for path, want := range map[string]bool{
		"i18n/active.en.toml": true, "active.en-US.toml": false, "active.ru.toml": false,
		"i18n/translate.en.toml": true, "active.en.json": false, "en.toml": true, "notes.toml": false,
	} {
		if got := SourceFile(path, "en"); got != want {
			t.Errorf("%s: %v, want %v", path, got, want)
		}
	}
}

func TestReadMalformed(t *testing.T) {
	for _, tc := range []struct{ name, file, toml, want string }{
		{"syntax", "active.ru.toml", "[\"a.b\"]\nother = \"x\n", "active.ru.toml:2:"},
		{"truncated", "active.ru.toml", "[\"a.b\"]\nhash = \"sha1-1\"\nother = \"Пере", "active.ru.toml:3:"},
		{"mixed keys", "active.ru.toml", "[\"a.b\"]\nother = \"x\"\nfoo = \"y\"\n", "active.ru.toml:1: a.b mixes go-i18n message keys (other) with other keys (foo)"},
		{"no hash", "active.ru.toml", "[\"a.b\"]\nother = \"x\"\n", `active.ru.toml:1: message "a.b" has neither a hash nor a description`},
		{"table twice", "active.ru.toml", "[\"a.b\"]\nhash = \"sha1-1\"\nother = \"x\"\n\n[\"a.b\"]\nother = \"y\"\n", "active.ru.toml:5: table [a.b] is defined twice"},
		{"key twice", "active.ru.toml", "[\"a.b\"]\nhash = \"sha1-1\"\nother = \"x\"\nother = \"y\"\n", "active.ru.toml:4: key a.b.other is defined twice"},
		{"not a string", "active.ru.toml", "[\"a.b\"]\nhash = \"sha1-1\"\nother = 3\n", "active.ru.toml:3: a.b.other: go-i18n messages hold strings, not integer"},
		{"array of tables", "active.ru.toml", "[[messages]]\nother = \"x\"\n", "active.ru.toml:1: [[messages]]: an array of tables"},
		{"invalid utf8", "active.ru.toml", "[\"a.b\"]\nother = \"\xff\"\n", "active.ru.toml:2: invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.file, strings.NewReader(tc.toml))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			var pe *input.Error
			if !errors.As(err, &pe) {
				t.Errorf("%v is not a *input.Error", err)
			}
		})
	}
}

// TestMessagesAsGoI18n checks that ReadMessages finds the messages go-i18n's
// own parser finds, with the same IDs and texts, in every shape of file and
// in TOML, JSON and YAML.
func TestMessagesAsGoI18n(t *testing.T) {
	files := map[string]string{
		"nested.toml": "[news]\n\"a1\" = \"flat in a table\"\n\n[news.a2]\nhash = \"sha1-2\"\nother = \"nested\"\n",
		"flat.toml":   "\"news.a1\" = \"flat\"\n\"news.a2\" = { hash = \"sha1-2\", other = \"inline\" }\n",
		"id.toml":     "[whatever]\nid = \"news.a1\"\nhash = \"sha1-1\"\nother = \"with an id\"\n",
		"v1.toml":     "[\"news.a1\"]\nhash = \"sha1-1\"\ntranslation = \"version 1\"\n",
		"dotted.toml": "news.a1.hash = \"sha1-1\"\nnews.a1.other = \"dotted keys\"\n",
		"plural.toml": "[Segments]\ndescription = \"count\"\none = \"{{.Count}} segment\"\nfew = \"{{.Count}} segmenta\"\nother = \"{{.Count}} segments\"\n",
		"nested.json": "{\n  \"news\": {\n    \"a1\": \"flat in a table\",\n    \"a2\": {\"hash\": \"sha1-2\", \"other\": \"nested\"}\n  },\n  \"Bye\": {\"one\": \"bye\", \"other\": \"byes\"}\n}\n",
		"v1.json":     "[\n  {\"id\": \"news.a1\", \"translation\": \"version 1\"},\n  {\"id\": \"news.a2\", \"translation\": {\"one\": \"one\", \"other\": \"many\"}}\n]\n",
		"nested.yaml": "news:\n  a1: flat in a table\n  a2:\n    hash: sha1-2\n    other: nested\nBye:\n  one: bye\n  other: byes\n",
		"v1.yaml":     "- id: news.a1\n  translation: version 1\n- id: news.a2\n  translation:\n    one: one\n    other: many\n",
	}
	for _, name := range []string{"export/active.ru.toml", "export/translate.ru.toml", "export/active.en.toml", "translate.ru.filled.toml"} {
		data, err := os.ReadFile(filepath.Join(testdata, name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	unmarshal := map[string]i18n.UnmarshalFunc{".toml": toml.Unmarshal, ".json": json.Unmarshal, ".yaml": yaml.Unmarshal}
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			want, err := i18n.ParseMessageBytes([]byte(content), unmarshal[filepath.Ext(name)])
			if err != nil {
				t.Fatal(err)
			}
			got, problems, err := ReadMessages(name, []byte(content))
			if err != nil || len(problems) > 0 {
				t.Fatal(err, problems)
			}
			text := func(id, desc, hash string, forms ...string) string {
				return id + "|" + desc + "|" + hash + "|" + strings.Join(forms, "|")
			}
			wantIDs := map[string]string{}
			for _, m := range want {
				wantIDs[m.ID] = text(m.ID, m.Description, m.Hash, m.Zero, m.One, m.Two, m.Few, m.Many, m.Other)
			}
			gotIDs := map[string]string{}
			for _, m := range got {
				var forms []string
				for _, k := range PluralKeys {
					forms = append(forms, m.Form(k))
				}
				gotIDs[m.ID] = text(m.ID, m.Description, m.Hash, forms...)
				if m.Line == 0 {
					t.Errorf("%s: no line", m.ID)
				}
			}
			if !reflect.DeepEqual(gotIDs, wantIDs) {
				t.Errorf("got  %v\nwant %v", gotIDs, wantIDs)
			}
			if filepath.Ext(name) != ".toml" {
				return
			}
			// The fast path, where it applies, reads the same messages on
			// the same lines in the same order.
			doc, err := decodeTOML(name, []byte(content))
			if err != nil {
				t.Fatal(err)
			}
			general, _ := messages(name, doc)
			if fast, ok := fastMessages([]byte(content)); ok {
				if !reflect.DeepEqual(fast, general) {
					t.Errorf("fast path:\n%+v\ngeneral:\n%+v", fast, general)
				}
			} else if strings.HasPrefix(name, "export/") || strings.HasPrefix(name, "translate.") {
				t.Errorf("the fast path does not read %s", name)
			}
		})
	}
}

// TestReadMessagesLines gives each message the line of its key or table in
// every format, and reads on past the parts go-i18n refuses.
func TestReadMessagesLines(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		want          []string // id:line
		problems      []string // path:line
	}{
		{"a.toml", "[Hello]\nother = \"Hi\"\n\n[Broken]\nother = \"x\"\nlabel = \"y\"\n\n[Num]\nother = 3\n",
			[]string{"Hello:1", "Broken:4"}, []string{"Broken:4", "Num.other:9"}},
		{"a.json", "{\n  \"Hello\": \"Hi\",\n  \"Bye\": {\n    \"other\": \"\"\n  },\n  \"N\": 3\n}\n",
			[]string{"Hello:2", "Bye:3"}, []string{"N:6"}},
		{"a.yaml", "Hello: Hi\nBye:\n  other: \"\"\nEmpty:\nList: [1]\n",
			[]string{"Hello:1", "Bye:2", "Empty:4"}, []string{"List:5"}},
		{"a.yml", "- id: One\n  translation: one\n- id: Two\n  translation: two\n",
			[]string{"One:1", "Two:3"}, nil},
	} {
		msgs, problems, err := ReadMessages(tc.name, []byte(tc.content))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got, gotProblems []string
		for _, m := range msgs {
			got = append(got, m.ID+":"+strconv.Itoa(m.Line))
		}
		for _, p := range problems {
			gotProblems = append(gotProblems, p.Path+":"+strconv.Itoa(p.Line))
		}
		if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(gotProblems, tc.problems) {
			t.Errorf("%s: messages %q, problems %q; want %q, %q", tc.name, got, gotProblems, tc.want, tc.problems)
		}
	}
	for name, content := range map[string]string{
		"bad.json": "{\"Hello\": \"Salam!\",}",
		"bad.yaml": "Hello: Salam\n  - x: [\n",
		"bad.toml": "[Hello]\nother = \"x\n",
	} {
		_, _, err := ReadMessages(name, []byte(content))
		var pe *input.Error
		if !errors.As(err, &pe) || pe.Line == 0 {
			t.Errorf("%s: %v, want an error with its line", name, err)
		}
	}
}

func TestSplitID(t *testing.T) {
	for id, want := range map[string][2]string{
		"iom-seminar.5ce6fa46ab49":  {"iom-seminar", "5ce6fa46ab49"},
		"brief.2019.5ce6fa46ab49-2": {"brief.2019", "5ce6fa46ab49-2"},
		"5ce6fa46ab49":              {"", "5ce6fa46ab49"},
	} {
		if d, i := SplitID(id); d != want[0] || i != want[1] {
			t.Errorf("SplitID(%q) = %q, %q", id, d, i)
		}
		if want[0] != "" && MessageID(want[0], want[1]) != id {
			t.Errorf("MessageID(%q, %q) != %q", want[0], want[1], id)
		}
	}
}

// TestHash pins goi18n merge's hashes: the values of go-i18n's own merge
// tests and of the PersonCats example in goi18n's documentation.
func TestHash(t *testing.T) {
	for _, c := range []struct{ desc, other, want string }{
		{"", "Hello", "sha1-f7ff9e8b7bb2e09b70935a5d785e0cc5d9d0abf0"},
		{"", "Goodbye", "sha1-b5b29c53e3c71cb9c6581ab053d7758fab8ca24d"},
		{"The number of cats a person has", "{{.Name}} has {{.Count}} cats.", "sha1-f937a0e05e19bfe6cd70937c980eaf1f9832f091"},
	} {
		if got := Hash(c.desc, c.other); got != c.want {
			t.Errorf("Hash(%q, %q) = %s, want %s", c.desc, c.other, got, c.want)
		}
	}
}

// A comment's every line break, a lone CR too, starts a comment line, as
// in a PO file: deleting the CR would join two lines' words.
func TestWriteCommentLines(t *testing.T) {
	for _, note := range []string{"first\nsecond", "first\r\nsecond", "first\rsecond"} {
		c := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
			{ID: "aaaaaaaaaaa1", Source: "Hello.", SourceHash: catalog.Hash("Hello."), Target: "Привет.", State: catalog.Translated, Note: note},
		}}
		for _, f := range Write("en", "ru", []catalog.Pair{{Target: c}}, Options{}) {
			if f.Name == "active.ru.toml" && (!strings.Contains(string(f.Data), "# Note: first\n#       second\n") || strings.Contains(string(f.Data), "\r")) {
				t.Errorf("note %q written as\n%s", note, f.Data)
			}
		}
	}
}
