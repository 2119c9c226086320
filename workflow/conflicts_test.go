package workflow

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

// walkConflicts asks about each open conflict and does what the answer
// says: keep the catalog's version, take the other (by number when there
// are several), type a new text, skip; an unknown answer asks again; the
// end of the input stops, keeping what was decided.
func TestWalkConflicts(t *testing.T) {
	seg := func(id string, others ...string) catalog.Segment {
		s := catalog.Segment{ID: id, Source: "Source " + id + ".", Target: "Каталог " + id + ".", State: catalog.Reviewed}
		for _, o := range others {
			s.Conflicts = append(s.Conflicts, catalog.Conflict{Target: o, State: catalog.Translated, ChangedBy: "Merdan", From: "ru.po:" + id})
		}
		return s
	}
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		seg("a", "Файл a."),
		seg("b", "Файл b."),
		seg("c", "Первый c.", "Второй c."),
		seg("d", "Файл d."),
		seg("e"),
		seg("f", "Файл f."),
		seg("g", "Файл g."),
	}}
	env, _, errb := ui.NewTest("", "k\nwhat?\nt\n1\ne\nНовый текст d.\ns\n")
	opts := MergeOptions{Who: "Aýna", Now: "2024-06-02T10:00:00Z"}
	cats, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, opts)
	if err != nil || len(cats) != 1 {
		t.Fatal(err, cats)
	}
	want := []struct {
		target    string
		state     catalog.State
		by        string
		conflicts int
	}{
		{"Каталог a.", catalog.Reviewed, "", 0},
		{"Файл b.", catalog.Translated, "Merdan", 0},
		{"Первый c.", catalog.Translated, "Merdan", 0},
		{"Новый текст d.", catalog.Reviewed, "Aýna", 0},
		{"Каталог e.", catalog.Reviewed, "", 0},
		{"Каталог f.", catalog.Reviewed, "", 1}, // skipped
		{"Каталог g.", catalog.Reviewed, "", 1}, // the input ended
	}
	for i, w := range want {
		s := c.Segments[i]
		if s.Target != w.target || s.State != w.state || s.ChangedBy != w.by || len(s.Conflicts) != w.conflicts {
			t.Errorf("segment %s: %q %s by %q, %d conflicts; want %+v", s.ID, s.Target, s.State, s.ChangedBy, len(s.Conflicts), w)
		}
	}
	out := errb.String()
	for _, w := range []string{
		"ru/news, segment a (conflict 1 of 6)\n    en:      Source a.\n    catalog: Каталог a.",
		"    (reviewed)",
		"    file:    Файл a.",
		"    (translated, Merdan, ru.po:a)",
		"    changes: [-Каталог-] {+Файл+} a.",
		"    1: Первый c.",
		"[k] keep the catalog's, [1–2] take that version, [t] take the last, [e] edit, [s] skip, [q] quit: ",
		"new text: ",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("the questions lack %q:\n%s", w, out)
		}
	}
	if n := strings.Count(out, "ru/news, segment b"); n != 1 {
		t.Errorf("an unknown answer showed the conflict %d times", n)
	}
}

// A conflict a git merge left names the other version the branch's, not
// a file's: no file was merged.
func TestWalkConflictsBranch(t *testing.T) {
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{{
		ID: "a", Source: "A.", Target: "Наше.", State: catalog.Translated,
		Conflicts: []catalog.Conflict{{Target: "Их.", State: catalog.Translated, From: "git merge of ayna"}},
	}}}
	env, _, errb := ui.NewTest("", "t\n")
	if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, MergeOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"    catalog: Наше.",
		"    branch:  Их.",
		"    (translated, git merge of ayna)",
		"[k] keep the catalog's, [t] take the branch's, [e] edit, [s] skip, [q] quit: ",
	} {
		if !strings.Contains(errb.String(), w) {
			t.Errorf("the question lacks %q:\n%s", w, errb)
		}
	}
	if c.Segments[0].Target != "Их." {
		t.Errorf("took %q", c.Segments[0].Target)
	}
}

// A conflict with more than nine other versions takes any of them by its
// number; a number past the last asks again.
func TestWalkConflictsManyVersions(t *testing.T) {
	s := catalog.Segment{ID: "a", Source: "A.", Target: "Каталог.", State: catalog.Reviewed}
	for k := 1; k <= 12; k++ {
		s.Conflicts = append(s.Conflicts, catalog.Conflict{Target: fmt.Sprintf("Версия %d.", k), State: catalog.Translated})
	}
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{s}}
	env, _, errb := ui.NewTest("", "13\n0\n+1\n11\n")
	if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, MergeOptions{}); err != nil {
		t.Fatal(err)
	}
	if s := c.Segments[0]; s.Target != "Версия 11." || len(s.Conflicts) != 0 {
		t.Errorf("took %q, %d conflicts left", s.Target, len(s.Conflicts))
	}
	if n := strings.Count(errb.String(), "[1–12] take that version"); n != 4 {
		t.Errorf("asked %d times, want 4:\n%s", n, errb)
	}
}

// With an editor (VISUAL or EDITOR), "e" opens the catalog's text in it;
// the other versions are comment lines, left out of the result.
func TestWalkConflictsEditor(t *testing.T) {
	if _, err := exec.LookPath("sed"); err != nil {
		t.Skip("no sed to play the editor")
	}
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{{
		ID: "a", Source: "A.", Target: "Старый текст.", State: catalog.Translated,
		Conflicts: []catalog.Conflict{{Target: "Другой текст.", State: catalog.Translated, From: "ru.po:3"}},
	}}}
	env, _, _ := ui.NewTest("", "e\n")
	opts := MergeOptions{Who: "Aýna", Now: "2024-06-02T10:00:00Z", Editor: "sed -i s/Старый/Новый/"}
	if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, opts); err != nil {
		t.Fatal(err)
	}
	if s := c.Segments[0]; s.Target != "Новый текст." || len(s.Conflicts) != 0 || s.ChangedBy != "Aýna" {
		t.Errorf("edited: %+v", s)
	}
}

// An editor that exits with an error (vim's :cq) or does not run leaves
// its conflict open and asks again; what was settled before stays so and
// the walk goes on.
func TestWalkConflictsEditorFails(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no sh")
	}
	other := []catalog.Conflict{{Target: "Другой.", State: catalog.Translated, From: "ru.po:3"}}
	for _, editor := range []string{"false", "/no/such/editor"} {
		c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
			{ID: "a", Source: "A.", Target: "А.", State: catalog.Reviewed, Conflicts: slices.Clone(other)},
			{ID: "b", Source: "B.", Target: "Б.", State: catalog.Reviewed, Conflicts: slices.Clone(other)},
		}}
		env, _, errb := ui.NewTest("", "t\ne\nk\n")
		_, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, MergeOptions{Editor: editor})
		if err != nil {
			t.Fatalf("%s: %v", editor, err)
		}
		if a, b := c.Segments[0], c.Segments[1]; a.Target != "Другой." || len(a.Conflicts) != 0 || b.Target != "Б." || len(b.Conflicts) != 0 {
			t.Errorf("%s: a %q (%d conflicts), b %q (%d conflicts)", editor, a.Target, len(a.Conflicts), b.Target, len(b.Conflicts))
		}
		if want := "the editor " + editor + " failed ("; !strings.Contains(errb.String(), want) {
			t.Errorf("%s: the walk does not say %q:\n%s", editor, want, errb)
		}
	}
}

// The editor's value is run as git runs it: through the shell when it
// holds a space or a quote, so an option (code --wait) and a quoted path
// with spaces work; a path with spaces, unquoted, is run as that program.
func TestWalkConflictsEditorCommand(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no sh")
	}
	if _, err := exec.LookPath("sed"); err != nil {
		t.Skip("no sed to play the editor")
	}
	dir := filepath.Join(t.TempDir(), "my editor")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ed := filepath.Join(dir, "ed it")
	// The editor edits its last argument and notes the ones before it.
	script := "#!/bin/sh\nfor last; do :; done\necho \"$#\" \"$1\" > \"$(dirname \"$0\")/args\"\nsed -i s/Старый/Новый/ \"$last\"\n"
	if err := os.WriteFile(ed, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ editor, args string }{
		{"'" + ed + "' --wait", "2 --wait"},
		{`"` + ed + `" --wait`, "2 --wait"},
		{ed, "1"},
		{strings.ReplaceAll(ed, " ", `\ `), "1"},
	} {
		c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{{
			ID: "a", Source: "A.", Target: "Старый текст.", State: catalog.Translated,
			Conflicts: []catalog.Conflict{{Target: "Другой текст.", State: catalog.Translated, From: "ru.po:3"}},
		}}}
		env, _, _ := ui.NewTest("", "e\n")
		opts := MergeOptions{Who: "Aýna", Now: "2024-06-02T10:00:00Z", Editor: tc.editor}
		if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, opts); err != nil {
			t.Errorf("%s: %v", tc.editor, err)
			continue
		}
		if s := c.Segments[0]; s.Target != "Новый текст." {
			t.Errorf("%s: edited to %q", tc.editor, s.Target)
		}
		args, _ := os.ReadFile(filepath.Join(dir, "args"))
		if got := strings.TrimSpace(string(args)); !strings.HasPrefix(got, tc.args) {
			t.Errorf("%s: the editor's arguments: %q, want %q and the file", tc.editor, got, tc.args)
		}
	}
}

// The text the editor leaves above the help line is the translation
// whole, a line starting with # too; a CR LF the editor wrote is a line
// break.
func TestWalkConflictsEditorHash(t *testing.T) {
	if _, err := exec.LookPath("sed"); err != nil {
		t.Skip("no sed to play the editor")
	}
	for _, editor := range []string{"sed -i s/x/x/", `sed -i 's/$/\x0d/'`} {
		c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{{
			ID: "a", Source: "#1 in the ranking.\nSecond line.", Target: "#1 в рейтинге.\nВторая строка.", State: catalog.Translated,
			Conflicts: []catalog.Conflict{{Target: "Другой текст.", State: catalog.Translated, From: "ru.po:3"}},
		}}}
		env, _, _ := ui.NewTest("", "e\n")
		opts := MergeOptions{Who: "Aýna", Now: "2024-06-02T10:00:00Z", Editor: editor}
		if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, opts); err != nil {
			t.Fatal(err)
		}
		if s := c.Segments[0]; s.Target != "#1 в рейтинге.\nВторая строка." || len(s.Conflicts) != 0 {
			t.Errorf("%s: edited to %q", editor, s.Target)
		}
	}
}

// A conflict a segment took with it into [[obsolete]] (its sentence left
// the source) is asked about as the segments' are and counted in the
// total, which counts only the segments --segment names.
func TestWalkConflictsObsolete(t *testing.T) {
	other := []catalog.Conflict{{Target: "Другой.", State: catalog.Translated, From: "ru.po:3"}}
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en",
		Segments: []catalog.Segment{
			{ID: "a", Source: "A.", Target: "А.", State: catalog.Reviewed, Conflicts: slices.Clone(other)},
			{ID: "b", Source: "B.", Target: "Б.", State: catalog.Reviewed, Conflicts: slices.Clone(other)},
		},
		Obsolete: []catalog.Segment{{ID: "o", Source: "Gone.", Target: "Ушло.", State: catalog.Reviewed, Conflicts: slices.Clone(other)}},
	}
	env, _, errb := ui.NewTest("", "t\n")
	if _, err := walkConflicts(context.Background(), env, nil, []*catalog.Catalog{c}, MergeOptions{Segments: []string{"o"}}); err != nil {
		t.Fatal(err)
	}
	if o := c.Obsolete[0]; o.Target != "Другой." || len(o.Conflicts) != 0 {
		t.Errorf("the obsolete entry: %q, %d conflicts", o.Target, len(o.Conflicts))
	}
	if len(c.Segments[0].Conflicts) != 1 || len(c.Segments[1].Conflicts) != 1 {
		t.Errorf("a segment --segment does not name was settled")
	}
	if !strings.Contains(errb.String(), "segment o (conflict 1 of 1)\n    en:      Gone.\n    (an obsolete entry: its sentence was removed from the article)\n") {
		t.Errorf("the question:\n%s", errb)
	}
}
