package workflow

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

func needGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("git is missing; .ci/run installs it")
		}
		t.Skip("git not installed")
	}
}

// The merge driver: catalogs merge segment by segment into ours, in
// terjime's layout; a version that is not a catalog is merged line by line,
// with git's conflict markers and a non-zero exit.
func TestGitMergeDriver(t *testing.T) {
	needGit(t)
	dir := t.TempDir()
	write := func(name string, c *catalog.Catalog) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, c.Marshal(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	cat := func(a, b string) *catalog.Catalog {
		return &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
			{ID: "a", Source: "A.", Target: a, State: catalog.Translated, SourceHash: "a"},
			{ID: "b", Source: "B.", Target: b, State: catalog.Translated, SourceHash: "b"},
		}}
	}
	base, ours, theirs := write("base", cat("А.", "Б.")), write("ours", cat("А, наше.", "Б.")), write("theirs", cat("А.", "Б, их."))
	env, _, errb := ui.NewTest("", "")
	if err := GitMergeDriver(context.Background(), env, base, ours, theirs, "locales/ru/news.toml"); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	data, _ := os.ReadFile(ours)
	got, err := catalog.Parse("ours", data)
	if err != nil || string(got.Marshal()) != string(data) {
		t.Fatalf("not a catalog in terjime's layout (%v):\n%s", err, data)
	}
	if got.Segments[0].Target != "А, наше." || got.Segments[1].Target != "Б, их." {
		t.Errorf("merged %+v", got.Segments)
	}

	// Our side is not a catalog any more: git's own line merge.
	os.WriteFile(ours, []byte("not = [a catalog\n"), 0o644)
	err = GitMergeDriver(context.Background(), env, base, ours, theirs, "locales/ru/news.toml")
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("err = %v", err)
	}
	data, _ = os.ReadFile(ours)
	if !strings.Contains(string(data), "<<<<<<< ours") || !strings.Contains(errb.String(), "merged line by line") {
		t.Errorf("no line merge:\n%s\n%s", data, errb)
	}
	// Outside git merge (a rebase, a cherry-pick) the sides keep git's
	// names, as they are not this branch and the merged one there.
	if want := "locales/ru/news.toml: terjime cannot read git's ours version (from the branch the commit is applied to) as a catalog (line 1: malformed TOML"; !strings.Contains(errb.String(), want) ||
		!strings.Contains(errb.String(), "git show HEAD:locales/ru/news.toml shows that version") {
		t.Errorf("the message does not say which side, where and how to see it:\n%s", errb)
	}
	os.WriteFile(ours, cat("А, наше.", "Б.").Marshal(), 0o644)
	os.WriteFile(theirs, []byte("not = [a catalog\n"), 0o644)
	errb.Reset()
	GitMergeDriver(context.Background(), env, base, ours, theirs, "locales/ru/news.toml")
	if want := "locales/ru/news.toml: terjime cannot read git's theirs version (from the commit being applied) as a catalog (line 1: malformed TOML"; !strings.Contains(errb.String(), want) ||
		strings.Contains(errb.String(), "git show") {
		t.Errorf("a rebase's theirs:\n%s", errb)
	}

	// Their side has a line no catalog has: the message names their side,
	// the line of their version and the commit it is in, never the line
	// of git's temporary file.
	t.Setenv("GITHEAD_0123456789abcdef0123456789abcdef01234567", "other")
	os.WriteFile(ours, cat("А, наше.", "Б.").Marshal(), 0o644)
	os.WriteFile(theirs, []byte(strings.Replace(string(cat("А.", "Б, их.").Marshal()), `state = "translated"`, `state = "translatd"`, 1)), 0o644)
	errb.Reset()
	GitMergeDriver(context.Background(), env, base, ours, theirs, "locales/ru/news.toml")
	for _, w := range []string{
		"locales/ru/news.toml: terjime cannot read the merged branch's version (theirs) as a catalog (line ",
		`unknown state "translatd"`,
		"git show 0123456789ab:locales/ru/news.toml shows that version",
		"correct that text in the merged file",
	} {
		if !strings.Contains(errb.String(), w) {
			t.Errorf("the message lacks %q:\n%s", w, errb)
		}
	}
	if strings.Contains(errb.String(), "(theirs):") {
		t.Errorf("the message names a line of git's temporary file:\n%s", errb)
	}
}

// The diff driver writes a catalog segment by segment, one field a line,
// open conflicts included; a file that is not a catalog as it is.
func TestGitDiffDriver(t *testing.T) {
	dir := t.TempDir()
	c := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "a1", Source: "Hello.", Target: "Привет.", State: catalog.Reviewed, ChangedBy: "Aýna", ChangedAt: "2024-06-01T09:00:00Z",
			Conflicts: []catalog.Conflict{{Target: "Здравствуйте.", State: catalog.Translated, From: "ru.po:7"}}},
	}}
	path := filepath.Join(dir, "news.toml")
	os.WriteFile(path, c.Marshal(), 0o644)
	env, out, _ := ui.NewTest("", "")
	if err := GitDiffDriver(env, path); err != nil {
		t.Fatal(err)
	}
	want := "ru/news\n\n[a1] reviewed — Aýna 2024-06-01T09:00:00Z\n  source: Hello.\n  target: Привет.\n  conflict: Здравствуйте. (translated, ru.po:7)\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
	os.WriteFile(path, []byte("plain text\n"), 0o644)
	env, out, _ = ui.NewTest("", "")
	if err := GitDiffDriver(env, path); err != nil || out.String() != "plain text\n" {
		t.Errorf("a file that is not a catalog: %v %q", err, out.String())
	}
}

// git setup outside a repository says to run git init, in the UI's
// language; with terjime not on PATH, it says how to put it there, which
// in a news project is not ./cmd/terjime's go install alone.
func TestGitSetupMessages(t *testing.T) {
	needGit(t)
	gitPath, _ := exec.LookPath("git")
	bin := t.TempDir()
	if err := os.Symlink(gitPath, filepath.Join(bin, "git")); err != nil {
		t.Skip(err)
	}
	p := newProject(t, "Hello.")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(p.Dir)) // whatever holds the temporary directory
	env, _, _ := ui.NewTest("", "")
	err := GitSetup(context.Background(), env, p)
	var ue *ui.Error
	if !errors.As(err, &ue) || ue.ID != "GitNoRepository" || !strings.HasSuffix(err.Error(), "is not in a git repository: run git init first") {
		t.Errorf("outside a repository: %v", err)
	}

	if out, err := exec.Command("git", "init", "-q", p.Dir).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	t.Setenv("PATH", bin)
	env, _, errb := ui.NewTest("", "")
	if err := GitSetup(context.Background(), env, p); err != nil {
		t.Fatal(err)
	}
	if want := "note: terjime is not on PATH, and git runs the drivers by that name: install it on PATH (go install ./cmd/terjime in terjime's source) before the next merge"; !strings.Contains(errb.String(), want) {
		t.Errorf("not on PATH:\n%s", errb)
	}
}

// --since outside a repository says so in the UI's language.
func TestChangedSinceNoRepository(t *testing.T) {
	needGit(t)
	p := newProject(t, "Hello.")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(p.Dir))
	_, err := p.ChangedSince(context.Background(), "main", nil, nil)
	var ue *ui.Error
	if !errors.As(err, &ue) || ue.ID != "GitSinceNoRepository" || !strings.HasSuffix(err.Error(), "is not in a git repository") {
		t.Errorf("outside a repository: %v", err)
	}
}
