package po

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
)

const testdata = "../../testdata/po"

// fixture is two documents of one locale covering every state and the
// characters a PO string must escape.
func fixture() []catalog.Pair {
	seg := func(id, src, tgt string, st catalog.State) catalog.Segment {
		return catalog.Segment{ID: id, Source: src, Target: tgt, State: st, SourceHash: catalog.Hash(src)}
	}
	a := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		seg("aaaaaaaaaaa1", "The IOM office organized the seminar.", "Представительство МОМ провело семинар.", catalog.Translated),
		seg("aaaaaaaaaaa2", "Representatives of the Mejlis\nwere invited.", "Были приглашены представители\nМеджлиса.", catalog.Reviewed),
		seg("aaaaaaaaaaa3", `He said: "Tabs	and \backslashes\".`, "", catalog.Untranslated),
		seg("aaaaaaaaaaa4", "The Ombudsman spoke first.", "Первым выступил Омбудсмен.", catalog.Outdated),
		seg("aaaaaaaaaaa5", "Final words.", "Заключительные слова.", catalog.Final),
	}}
	a.Segments[0].Terms = []string{"IOM → МОМ"}
	a.Segments[1].Note = "checked by the editor\n\nkeep the line break"
	a.Segments[1].Terms = []string{"Mejlis → Меджлис"}
	a.Segments[3].PreviousSource = "The Ombudsman spoke."
	b := &catalog.Catalog{Document: "brief", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		// The same sentence as in "news": same ID, same source.
		seg("aaaaaaaaaaa5", "Final words.", "Последние слова.", catalog.Translated),
	}}
	return []catalog.Pair{{Target: a}, {Target: b}}
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		opts Options
	}{
		{"export.ru.po", Options{}},
		{"todo.ru.po", Options{OnlyTodo: true}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, "en", "ru", fixture(), tc.opts); err != nil {
				t.Fatal(err)
			}
			golden.File(t, filepath.Join(testdata, tc.file), b.Bytes())
			msgfmtCheck(t, b.Bytes())
		})
	}
}

func TestWriteTurkmenHeader(t *testing.T) {
	var b bytes.Buffer
	p := fixture()
	p[0].Target.Locale = "tk"
	if err := Write(&b, "en", "tk", p[:1], Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"Language: tk\n"`,
		`"Language-Team: Turkmen\n"`,
		`"Plural-Forms: nplurals=2; plural=(n != 1);\n"`,
		`"Content-Type: text/plain; charset=UTF-8\n"`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("header lacks %s", want)
		}
	}
	msgfmtCheck(t, b.Bytes())
}

// TestRoundTrip reads an export back: every unit carries the segment's ID,
// document, source, target, state (as PO can say it) and note.
func TestRoundTrip(t *testing.T) {
	var b bytes.Buffer
	pairs := fixture()
	if err := Write(&b, "en", "ru", pairs, Options{}); err != nil {
		t.Fatal(err)
	}
	ex, err := Read("export.ru.po", &b)
	if err != nil {
		t.Fatal(err)
	}
	if ex.TargetLocale != "ru" || ex.SourceLocale != "en" || ex.Format != "po" {
		t.Errorf("locales %q → %q, format %q", ex.SourceLocale, ex.TargetLocale, ex.Format)
	}
	var want []catalog.Unit
	for _, p := range pairs {
		for _, s := range p.Target.Segments {
			st := s.State
			if st.Done() {
				st = catalog.Translated
			}
			want = append(want, catalog.Unit{Document: p.Target.Document, ID: s.ID, Source: s.Source, Target: s.Target,
				State: st, StateSet: true, PreviousSource: s.PreviousSource, Note: s.Note, Base: catalog.BaseOf(&s)})
		}
	}
	if len(ex.Units) != len(want) {
		t.Fatalf("read %d units, want %d", len(ex.Units), len(want))
	}
	for i := range want {
		got := ex.Units[i]
		got.Line = 0
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("unit %d:\n got %+v\nwant %+v", i, got, want[i])
		}
	}
}

// TestReadEditorOutput reads what Poedit and msgmerge write: wrapped
// strings, obsolete entries, other flags, references with line numbers,
// CRLF line ends, a byte-order mark.
func TestReadEditorOutput(t *testing.T) {
	ex, err := readFile(t, "poedit.ru.po")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]catalog.Unit{}
	for _, u := range ex.Units {
		got[u.ID] = u
	}
	if len(ex.Units) != 3 {
		t.Fatalf("read %d units, want 3 (obsolete entries skipped): %+v", len(ex.Units), ex.Units)
	}
	u := got["aaaaaaaaaaa3"]
	if u.Target != `Он сказал: «Табуляция	и \обратные косые\».` || u.State != catalog.Translated || u.Document != "news" {
		t.Errorf("wrapped entry: %+v", u)
	}
	if u := got["aaaaaaaaaaa4"]; u.State != catalog.Translated || u.Note != "" || u.PreviousSource != "" {
		t.Errorf("entry with fuzzy removed: %+v", u)
	}
	if u := got["aaaaaaaaaaa1"]; u.State != catalog.Outdated || u.Line != 25 {
		t.Errorf("fuzzy entry with other flags: %+v", u)
	}
	crlf, _ := os.ReadFile(filepath.Join(testdata, "poedit.ru.po"))
	crlf = append([]byte("\uFEFF"), bytes.ReplaceAll(crlf, []byte("\n"), []byte("\r\n"))...)
	ex2, err := Read("crlf.po", bytes.NewReader(crlf))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ex2.Units, ex.Units) {
		t.Errorf("CRLF and BOM change what is read:\n%+v\n%+v", ex2.Units, ex.Units)
	}
}

func TestReadLegacyCharset(t *testing.T) {
	ex, err := readFile(t, "cp1251.ru.po")
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Units) != 1 || ex.Units[0].Target != "Представительство МОМ провело семинар." {
		t.Errorf("windows-1251 file read as %+v", ex.Units)
	}
}

func TestReadMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, po string
		want     string
	}{
		{"unterminated", "msgid \"a\"\nmsgstr \"b\n", "x.po:2: unterminated string"},
		{"bad escape", "msgid \"a\\q\"\nmsgstr \"\"\n", `x.po:1: unknown escape \q`},
		{"no msgstr", "msgctxt \"id\"\nmsgid \"a\"\n\nmsgctxt \"id2\"\nmsgid \"b\"\nmsgstr \"\"\n", "x.po:1: entry without msgstr"},
		{"truncated entry", "msgctxt \"id\"\nmsgid \"a\"\n", "x.po:1: entry without msgstr"},
		{"truncated line", "msgctxt \"id\"\nmsgid \"a\"\nmsgstr \"Пере", "x.po:3: the file ends in the middle of a line"},
		{"garbage", "msgid \"a\"\nmsgstr \"b\"\nhello\n", `x.po:3: unexpected "hello"`},
		{"after quote", "msgid \"a\" x\nmsgstr \"b\"\n", `x.po:1: text after the closing quote`},
		{"duplicate", "msgctxt \"i\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"i\"\nmsgid \"a\"\nmsgstr \"c\"\n", "x.po:5: duplicate entry (same msgctxt and msgid as line 1)"},
		{"orphan string", "\"a\"\n", "x.po:1: a string continues nothing"},
		{"plural", "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\n", "x.po:1: plural entry"},
		{"invalid utf8", "msgid \"a\"\nmsgstr \"\xff\"\n", "x.po:2: invalid UTF-8 at byte offset 18"},
		{"unknown charset", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=klingon\\n\"\n", `x.po:2: unknown charset "klingon"`},
		{"missing quote", "msgid a\nmsgstr \"\"\n", "x.po:1: expected a quoted string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("x.po", strings.NewReader(tc.po))
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

func TestReadRefusesHugeInput(t *testing.T) {
	_, err := Read("huge.po", hugeReader{n: input.DefaultMaxBytes + 10})
	if err == nil || !errors.Is(err, input.ErrTooLarge) || !strings.Contains(err.Error(), "huge.po: file is larger than the 256 MiB terjime reads") {
		t.Fatalf("got %v", err)
	}
}

// hugeReader yields n bytes of comment lines without holding them.
type hugeReader struct{ n int }

func (h hugeReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '#'
		if i%64 == 63 {
			p[i] = '\n'
		}
	}
	return len(p), nil
}

func readFile(t *testing.T, name string) (*catalog.Exchange, error) {
	t.Helper()
	f, err := os.Open(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Read(name, f)
}

// msgfmtCheck runs msgfmt --check on a PO file: it must pass without a
// warning. Skipped without msgfmt (Debian package gettext), except in CI.
func msgfmtCheck(t *testing.T, po []byte) {
	t.Helper()
	path, err := exec.LookPath("msgfmt")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("msgfmt is missing: install the Debian package gettext")
		}
		t.Skip("msgfmt not installed (Debian package gettext)")
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "check.po")
	if err := os.WriteFile(f, po, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--check", "-o", os.DevNull, f)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("msgfmt --check: %v\n%s", err, out)
	}
}

// A link's title has its sentence in an extracted comment, on that one
// line whatever line breaks the sentence has: a CR, which a CRLF document
// keeps, ends a line for many PO readers (Python's among them) and would
// leave the rest of the sentence outside the comment.
func TestWriteContextOnOneLine(t *testing.T) {
	for _, tc := range []struct{ name, sentence, want string }{
		{"LF", "A long line\nwith <1>it</1> here.", "#. In the sentence: A long line with it here.\n"},
		{"CRLF", "A long line\r\nwith <1>it</1> here.", "#. In the sentence: A long line with it here.\n"},
		{"CR", "A long line\rwith <1>it</1> here.", "#. In the sentence: A long line with it here.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &catalog.Catalog{Document: "a", Segments: []catalog.Segment{
				{ID: "aaaaaaaaaaa1", Source: tc.sentence},
				{ID: "aaaaaaaaaaa2", Source: "Tip", In: "aaaaaaaaaaa1"},
			}}
			tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
				{ID: "aaaaaaaaaaa1", Source: tc.sentence, SourceHash: catalog.Hash(tc.sentence)},
				{ID: "aaaaaaaaaaa2", Source: "Tip", SourceHash: catalog.Hash("Tip")},
			}}
			var b bytes.Buffer
			if err := Write(&b, "en", "ru", []catalog.Pair{{Source: src, Target: tgt}}, Options{}); err != nil {
				t.Fatal(err)
			}
			_, rest, ok := strings.Cut(b.String(), "#. In the")
			if line, _, _ := strings.Cut(rest, "#. terjime-base"); !ok || "#. In the"+line != tc.want {
				t.Errorf("the context: %q, want %q", "#. In the"+line, tc.want)
			}
			msgfmtCheck(t, b.Bytes())
		})
	}
}

// A note's every line break, a lone CR too, starts a comment line: a CR
// left in a comment ends the line for many readers, and one deleted joins
// two lines' words. The note comes back with LF line breaks.
func TestWriteNoteLines(t *testing.T) {
	for _, note := range []string{"first\nsecond", "first\r\nsecond", "first\rsecond"} {
		tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
			{ID: "aaaaaaaaaaa1", Source: "Hello.", SourceHash: catalog.Hash("Hello."), Note: note},
		}}
		src := &catalog.Catalog{Document: "a", Segments: []catalog.Segment{{ID: "aaaaaaaaaaa1", Source: "Hello."}}}
		var b bytes.Buffer
		if err := Write(&b, "en", "ru", []catalog.Pair{{Source: src, Target: tgt}}, Options{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "\n# first\n# second\n") || strings.Contains(b.String(), "\r") {
			t.Errorf("note %q written as\n%s", note, b.String())
		}
		msgfmtCheck(t, b.Bytes())
		ex, err := Read("a.po", &b)
		if err != nil {
			t.Fatal(err)
		}
		if got := ex.Units[0].Note; got != "first\nsecond" {
			t.Errorf("note %q read back as %q", note, got)
		}
	}
}
