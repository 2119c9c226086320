package workflow

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

// Segments of the test project's ru catalog (testdata/merge/project).
const (
	idTitle     = "3868c454c3a8" // final
	idReviewed  = "2a39087fdd32" // reviewed, with a note
	idEmpty     = "ef5cf3e1197e" // untranslated, hard-wrapped source
	idEmpty2    = "8569efc4ed5a" // untranslated
	srcTitle    = "IOM seminar in Ashgabat"
	srcReviewed = "The IOM office in Turkmenistan held a seminar on countering trafficking in persons."
	tgtTitle    = "Семинар МОМ в Ашхабаде"
	tgtReviewed = "Представительство МОМ в Туркменистане провело семинар по противодействию торговле людьми."
)

// writeMergeInput writes a file into dir and returns its path.
func writeMergeInput(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const poHeader = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"

func poEntry(id, src, tgt string) string {
	return "#: news\nmsgctxt \"" + id + "\"\nmsgid \"" + src + "\"\nmsgstr \"" + tgt + "\"\n\n"
}

// TestMergeConflictKeptOpen: a conflict does not stop the merge. The good
// file and the rest of the bad one go in; the conflict is shown with both
// texts and their differences and kept open in the catalog with the file's
// version, and the merge exits 1 until it is settled with --take.
func TestMergeConflictKeptOpen(t *testing.T) {
	p := mergeProject(t)
	dir := t.TempDir()
	good := writeMergeInput(t, dir, "good.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо."))
	bad := writeMergeInput(t, dir, "bad.po", poHeader+poEntry(idReviewed, srcReviewed, "Представительство МОМ провело семинар о торговле людьми.")+poEntry(idEmpty, "The seminar ended with a round table\\nof experts.", "Семинар завершился."))
	msg, err := runMerge(t, p, MergeOptions{Files: []string{good, bad}})
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("want findings, got %v", err)
	}
	if !strings.HasPrefix(err.Error(), "1 conflict is open in the catalogs.") {
		t.Errorf("error = %q", err)
	}
	for _, want := range []string{
		"bad.po:7: conflict in ru/news, segment " + idReviewed + ": the catalog has a different translation (reviewed) than the file (translated)",
		"    catalog: " + tgtReviewed,
		"    file:    Представительство МОМ провело семинар о торговле людьми.",
		"    changes: Представительство МОМ [-в Туркменистане-] провело семинар [-по противодействию-] {+о+} торговле людьми.",
		"    kept open in the catalog with both versions: settle it with terjime merge --take file|catalog --segment " + idReviewed,
		"good.po: 1 segment: applied 1, unchanged 0",
		"bad.po: 2 segments: applied 1, unchanged 0, kept as outdated 0, conflicts 1",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("output lacks %q:\n%s", want, msg)
		}
	}
	c, _ := catalog.ReadFile(p.CatalogPath("ru", "news"))
	s, _ := c.Lookup(idReviewed)
	if s.Target != tgtReviewed || s.State != catalog.Reviewed || len(s.Conflicts) != 1 ||
		s.Conflicts[0].Target != "Представительство МОМ провело семинар о торговле людьми." || s.Conflicts[0].From != bad+":7" {
		t.Errorf("the conflict is not kept with the segment: %+v", s)
	}
	for id, want := range map[string]string{idEmpty2: "Спасибо.", idEmpty: "Семинар завершился."} {
		if s, _ := c.Lookup(id); s.Target != want || s.ChangedBy != testWho {
			t.Errorf("%s not applied: %+v", id, s)
		}
	}

	// Merging the file again keeps the one conflict, not a second copy.
	if _, err := runMerge(t, p, MergeOptions{Files: []string{bad}}); !errors.Is(err, ErrFindings) {
		t.Fatalf("again: %v", err)
	}
	c, _ = catalog.ReadFile(p.CatalogPath("ru", "news"))
	if s, _ := c.Lookup(idReviewed); len(s.Conflicts) != 1 {
		t.Errorf("merging again: %d conflicts kept", len(s.Conflicts))
	}

	// A walk that skips the conflict settles nothing and says so; it is
	// still open.
	env, _, errb := ui.NewTest("", "s\n")
	env.InTTY, env.ErrTTY = true, true
	err = Merge(context.Background(), env, p, MergeOptions{Interactive: true})
	if !errors.Is(err, ErrFindings) || !strings.Contains(errb.String(), "nothing settled: the catalogs are as they were") {
		t.Errorf("skipped: %v, said\n%s", err, errb)
	}

	// --take without files settles what the catalogs hold.
	msg, err = runMerge(t, p, MergeOptions{Take: "file", Segments: []string{idReviewed}})
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	if !strings.Contains(msg, "settled 1 conflict: the other version was taken") {
		t.Errorf("output:\n%s", msg)
	}
	c, _ = catalog.ReadFile(p.CatalogPath("ru", "news"))
	if s, _ := c.Lookup(idReviewed); s.Target != "Представительство МОМ провело семинар о торговле людьми." || s.State != catalog.Translated || len(s.Conflicts) != 0 || s.ChangedBy != testWho {
		t.Errorf("taken: %+v", s)
	}

	// With none open, --take and --interactive say there is nothing to
	// settle, not that the catalogs hold a file's translations.
	for _, tc := range []struct {
		opts MergeOptions
		want string
	}{
		{MergeOptions{Take: "file"}, "no open conflicts: nothing to settle"},
		{MergeOptions{Take: "catalog", Segments: []string{"0123456789ab"}}, "no open conflict in the segments --segment names (0123456789ab): nothing to settle"},
	} {
		msg, err := runMerge(t, p, tc.opts)
		if err != nil || strings.TrimSpace(msg) != tc.want {
			t.Errorf("%+v: %v, said\n%s\nwant %s", tc.opts, err, msg, tc.want)
		}
	}
	env, _, errb = ui.NewTest("", "")
	env.InTTY, env.ErrTTY = true, true
	if err := Merge(context.Background(), env, p, MergeOptions{Interactive: true}); err != nil || strings.TrimSpace(errb.String()) != "no open conflicts: nothing to settle" {
		t.Errorf("--interactive: %v, said\n%s", err, errb)
	}
}

// TestMergeForce: --force (--take file) takes the file's version and says
// so; nothing stays open.
func TestMergeForce(t *testing.T) {
	p := mergeProject(t)
	bad := writeMergeInput(t, t.TempDir(), "bad.po", poHeader+poEntry(idReviewed, srcReviewed, "Совсем другой перевод."))
	msg, err := runMerge(t, p, MergeOptions{Files: []string{bad}, Force: true})
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	if !strings.Contains(msg, "--take file: the file's version was taken") {
		t.Errorf("forced conflict not reported:\n%s", msg)
	}
	c, _ := catalog.ReadFile(p.CatalogPath("ru", "news"))
	if s, _ := c.Lookup(idReviewed); s.Target != "Совсем другой перевод." || s.State != catalog.Translated || len(s.Conflicts) != 0 {
		t.Errorf("forced: %+v", s)
	}
}

// TestMergeBadInputWritesNothing: a malformed or truncated file among good
// ones is an error naming file:line, and no catalog changes.
func TestMergeBadInputWritesNothing(t *testing.T) {
	good := poHeader + poEntry(idEmpty2, "Thank you.", "Спасибо.")
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"malformed PO", "bad.po", poHeader + "msgctxt \"x\"\nmsgid \"a\nmsgstr \"\"\n", "bad.po:7: unterminated string"},
		{"truncated PO", "cut.po", good[:len(good)-8], "cut.po:9: the file ends in the middle of a line"},
		{"truncated PO entry", "cut.po", poHeader + "#: news\nmsgctxt \"" + idEmpty + "\"\nmsgid \"x\"\n", "cut.po:7: entry without msgstr"},
		{"malformed CSV", "bad.csv", "id,source,target,state\n" + idEmpty + ",a,\"b\n", "bad.csv:2:"},
		{"truncated CSV row", "cut.csv", "id,source,target,state,note\n" + idEmpty + ",a,b,transl", "cut.csv:2:"},
		{"malformed TOML", "active.ru.toml", "[\"news." + idEmpty + "\"]\nother = \"x\n", "active.ru.toml:2:"},
		{"malformed XLIFF", "bad.xlf", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ru\">\n<file id=\"news\"><unit id=\"u\"><segment id=\"" + idEmpty + "\"><source>a</source>", "bad.xlf:"},
		{"XML with an entity", "evil.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<xliff/>", "evil.xlf:"},
		{"empty", "empty.po", "", "empty.po: the file is empty"},
		{"not a format", "notes.txt", "Dear translator:\nplease see the attached file.\n", "cannot tell the format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mergeProject(t)
			dir := t.TempDir()
			files := []string{writeMergeInput(t, dir, "good.po", good), writeMergeInput(t, dir, tc.file, tc.content)}
			before := catalogBytes(t, p)
			_, err := runMerge(t, p, MergeOptions{Files: files})
			if err == nil || errors.Is(err, ErrFindings) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
				t.Error("a failed merge wrote the catalog")
			}
		})
	}
}

func TestMergeRefusesHugeFile(t *testing.T) {
	p := mergeProject(t)
	path := filepath.Join(t.TempDir(), "huge.po")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: its size is what matters, not its content.
	if err := f.Truncate(input.DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = runMerge(t, p, MergeOptions{Files: []string{path}})
	if err == nil || !errors.Is(err, input.ErrTooLarge) || !strings.Contains(err.Error(), "huge.po: file is larger than the 256 MiB terjime reads; split the export by document (--document)") {
		t.Fatalf("got %v", err)
	}
}

func TestMergeDryRun(t *testing.T) {
	p := mergeProject(t)
	file := writeMergeInput(t, t.TempDir(), "ru.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо."))
	before := catalogBytes(t, p)
	env, out, errb := ui.NewTest("", "")
	if err := Merge(context.Background(), env, p, MergeOptions{Files: []string{file}, DryRun: true}); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != filepath.Join("locales", "ru", "news.toml") {
		t.Errorf("dry run lists %q", got)
	}
	if !strings.Contains(errb.String(), "dry run: nothing was written") {
		t.Errorf("output:\n%s", errb.String())
	}
	if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
		t.Error("a dry run wrote the catalog")
	}
}

// TestMergeSummaryLanguages prints the summary in Russian and Turkmen.
func TestMergeSummaryLanguages(t *testing.T) {
	for lang, want := range map[string]string{
		"ru": "ru.po: 2 сегмента — применено: 1, без изменений: 1, сохранено как устаревшие: 0, конфликтов: 0, неизвестных: 0",
		"tk": "ru.po: 2 segment — girizildi: 1, üýtgewsiz: 1, könelen hökmünde saklandy: 0, gapma-garşylyk: 0, näbelli: 0",
	} {
		p := mergeProject(t)
		file := writeMergeInput(t, t.TempDir(), "ru.po", poHeader+poEntry(idEmpty2, "Thank you.", "Спасибо.")+poEntry(idTitle, srcTitle, tgtTitle))
		env, _, errb := ui.NewTest(lang, "")
		if err := Merge(context.Background(), env, p, MergeOptions{Files: []string{file}}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errb.String(), want) {
			t.Errorf("%s:\n%s\nwant %s", lang, errb.String(), want)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"x.txt", "\uFEFF<?xml version=\"1.0\"?>\n<xliff version=\"2.0\">", "xliff"},
		{"x.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">", "tmx"},
		{"x.txt", "# comment\n\nmsgid \"\"\nmsgstr \"\"\n", "po"},
		{"x.txt", "msgctxt \"a\"\n", "po"},
		{"x.txt", "# go-i18n\n[\"news.a\"]\nother = \"x\"\n", "goi18n"},
		{"x.txt", "\"news.a\" = \"x\"\n", "goi18n"},
		{"x.txt", "\uFEFFid,source,target\n", "csv"},
		{"x.txt", "\"id\";\"source\";\"target\"\n", "csv"},
		{"translate.ru.toml", "# nothing left to translate\n", "goi18n"},
		{"x.po", "# only a comment\n", "po"},
	} {
		got, err := Formats.Detect(tc.name, []byte(tc.content))
		if err != nil || got.Name != tc.want {
			t.Errorf("%s %q: %s, %v; want %s", tc.name, tc.content, got.Name, err, tc.want)
		}
	}
	for _, tc := range []struct{ name, content, want string }{
		{"x.xml", "<?xml version=\"1.0\"?>\n<html>", "x.xml: an XML file, but neither XLIFF nor TMX"},
		{"x.txt", "Dear translator:\n", "x.txt: cannot tell the format: not XLIFF, TMX, PO, go-i18n TOML or CSV"},
		{"x.po", " \n\t\r\n", "x.po: the file is empty"},
	} {
		if _, err := Formats.Detect(tc.name, []byte(tc.content)); err == nil || err.Error() != tc.want {
			t.Errorf("%s %q: %v; want %s", tc.name, tc.content, err, tc.want)
		}
	}
}
