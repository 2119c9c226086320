package workflow

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/ui"
)

// buildFixture copies the edition fixture project (testdata/edition,
// without its golden files) into a temporary directory and loads it.
func buildFixture(t testing.TB) *Project {
	t.Helper()
	from := filepath.Join("..", "testdata", "edition")
	dir := t.TempDir()
	for _, rel := range []string{"terjime.toml", "seminar.en.txt", "locales/en/seminar.toml", "locales/ru/seminar.toml", "locales/tk/seminar.toml"} {
		data, err := os.ReadFile(filepath.Join(from, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, rel), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// editCatalog rewrites text in a catalog of the fixture.
func editCatalog(t *testing.T, p *Project, locale, old, new string) {
	t.Helper()
	path := p.CatalogPath(locale, "seminar")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runBuild(t *testing.T, p *Project, opts BuildOptions) (stdout, stderr string, err error) {
	t.Helper()
	env, out, errb := ui.NewTest("", "")
	err = Build(context.Background(), env, p, opts)
	return out.String(), errb.String(), err
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestBuildComplete builds every edition of the fixture: the files are the
// golden ones, the English text edition is the article, and stdout lists
// the files.
func TestBuildComplete(t *testing.T) {
	p := buildFixture(t)
	stdout, stderr, err := runBuild(t, p, BuildOptions{})
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var want []string
	for _, loc := range []string{"en", "ru", "tk"} {
		for _, ext := range []string{"txt", "md", "html"} {
			rel := filepath.Join("dist", loc, "seminar."+ext)
			want = append(want, rel)
			got, err := os.ReadFile(filepath.Join(p.Dir, rel))
			if err != nil {
				t.Fatal(err)
			}
			golden, err := os.ReadFile(filepath.Join("..", "testdata", "edition", "golden", loc, "seminar."+ext))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(golden) {
				t.Errorf("%s differs from testdata/edition/golden/%s/seminar.%s", rel, loc, ext)
			}
		}
	}
	if got := strings.Fields(stdout); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stdout lists %v, want %v", got, want)
	}
	article, _ := os.ReadFile(filepath.Join(p.Dir, "seminar.en.txt"))
	text, _ := os.ReadFile(filepath.Join(p.Dir, "dist", "en", "seminar.txt"))
	if string(article) != string(text) {
		t.Error("the English text edition is not the article byte for byte")
	}
	if !strings.Contains(stderr, "built 9 files in dist") {
		t.Errorf("stderr: %q", stderr)
	}
}

// TestBuildIncomplete: an outdated segment keeps the Russian edition from
// being published. The files of the last published one stay, named as
// stale, and the others still link to them; with RemoveStale they are
// removed and the others no longer link to them.
func TestBuildIncomplete(t *testing.T) {
	p := buildFixture(t)
	if _, _, err := runBuild(t, p, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	published := map[string][]byte{}
	for _, ext := range []string{"txt", "md", "html"} {
		published[ext], _ = os.ReadFile(filepath.Join(p.Dir, "dist", "ru", "seminar."+ext))
	}
	editCatalog(t, p, "ru", "target = \"В нём приняли участие представители Меджлиса и Омбудсмена.\"\nstate = \"reviewed\"",
		"target = \"В нём приняли участие представители Меджлиса и Омбудсмена.\"\nstate = \"outdated\"")
	for _, remove := range []bool{false, true} {
		_, stderr, err := runBuild(t, p, BuildOptions{RemoveStale: remove})
		if !errors.Is(err, ErrFindings) {
			t.Fatalf("err = %v, want ErrFindings", err)
		}
		if !strings.Contains(err.Error(), "ru/seminar") {
			t.Errorf("error %q does not name the edition", err)
		}
		want := []string{
			"ru/seminar: not published: 1 segment of 7 is not done (85.7% complete",
			"locales/ru/seminar.toml:25: 9521b6840da2 (outdated): Representatives of the Mejlis and the Ombudsman took part…",
			"ru/seminar: the edition published earlier stays, stale: dist/ru/seminar.txt, dist/ru/seminar.md, dist/ru/seminar.html (--remove-stale removes it)",
			"built 6 files in dist",
		}
		if remove {
			want[2] = "removed dist/ru/seminar.html: its edition is not published"
		}
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("remove %v: stderr lacks %q:\n%s", remove, w, stderr)
			}
		}
		for _, ext := range []string{"txt", "md", "html"} {
			data, err := os.ReadFile(filepath.Join(p.Dir, "dist", "ru", "seminar."+ext))
			switch {
			case remove && err == nil:
				t.Errorf("dist/ru/seminar.%s is still there", ext)
			case !remove && !bytes.Equal(data, published[ext]):
				t.Errorf("dist/ru/seminar.%s is not the edition published earlier", ext)
			}
		}
		tk, _ := os.ReadFile(filepath.Join(p.Dir, "dist", "tk", "seminar.html"))
		if strings.Contains(string(tk), `hreflang="ru"`) != !remove || !strings.Contains(string(tk), `hreflang="en"`) {
			t.Errorf("remove %v: tk edition's alternates:\n%s", remove, tk)
		}
	}
}

// TestBuildPartial publishes an incomplete edition under --min-complete,
// marked or not, and refuses one below the threshold.
func TestBuildPartial(t *testing.T) {
	p := buildFixture(t)
	editCatalog(t, p, "ru", "target = \"Другие статьи по теме\"\nstate = \"reviewed\"", "target = \"\"\nstate = \"untranslated\"")
	for _, fb := range []edition.Fallback{edition.FallbackMark, edition.FallbackSource} {
		_, stderr, err := runBuild(t, p, BuildOptions{Partial: true, MinComplete: 80, Fallback: fb, Locales: []string{"ru"}})
		if err != nil {
			t.Fatalf("%s: %v", fb, err)
		}
		if !strings.Contains(stderr, "ru/seminar: published with 1 segment of 7 in the source language (en), 85.7% complete") ||
			!strings.Contains(stderr, "38a715580aac (untranslated): More related articles") {
			t.Errorf("%s: stderr:\n%s", fb, stderr)
		}
		html, _ := os.ReadFile(filepath.Join(p.Dir, "dist", "ru", "seminar.html"))
		text, _ := os.ReadFile(filepath.Join(p.Dir, "dist", "ru", "seminar.txt"))
		if fb == edition.FallbackMark {
			if !strings.Contains(string(html), `<h2><span lang="en" class="untranslated"><span class="marker">[en]</span> More related articles</span></h2>`) ||
				!strings.Contains(string(text), "\n[en] More related articles\n") {
				t.Errorf("mark: the gap is not marked:\n%s\n%s", html, text)
			}
		} else if !strings.Contains(string(html), `<h2><span lang="en">More related articles</span></h2>`) ||
			!strings.Contains(string(text), "\nMore related articles\n") {
			t.Errorf("source: the gap is not in English:\n%s\n%s", html, text)
		}
	}
	_, stderr, err := runBuild(t, p, BuildOptions{Partial: true, MinComplete: 90, Fallback: edition.FallbackMark})
	if !errors.Is(err, ErrFindings) || !strings.Contains(stderr, "ru/seminar: not published: 85.7% complete, below --min-complete 90.0%") {
		t.Errorf("below the threshold: %v\n%s", err, stderr)
	}
}

// TestBuildSelect writes only the locales and formats asked for.
func TestBuildSelect(t *testing.T) {
	p := buildFixture(t)
	out := filepath.Join(t.TempDir(), "site")
	stdout, _, err := runBuild(t, p, BuildOptions{Locales: []string{"tk", "ru"}, Formats: []edition.Format{edition.HTML}, Output: out})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(out, "ru", "seminar.html") + "\n" + filepath.Join(out, "tk", "seminar.html") + "\n"
	if stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	if exists(filepath.Join(p.Dir, "dist")) || exists(filepath.Join(out, "en")) {
		t.Error("wrote more than asked")
	}
	if _, _, err := runBuild(t, p, BuildOptions{Locales: []string{"de"}}); err == nil || !strings.Contains(err.Error(), `unknown locale "de" (the project has: en, ru, tk)`) {
		t.Errorf("unknown locale: %v", err)
	}
	if _, _, err := runBuild(t, p, BuildOptions{Documents: []string{"nope"}}); err == nil {
		t.Error("unknown document: no error")
	}
	if _, _, err := runBuild(t, p, BuildOptions{Partial: true, MinComplete: 101}); err == nil {
		t.Error("--min-complete 101: no error")
	}
}

// TestBuildBaseURL: with [build] base_url the hreflang links are absolute
// and each page names its canonical address.
func TestBuildBaseURL(t *testing.T) {
	p := buildFixture(t)
	p.Build.BaseURL = "https://news.example.org/a/"
	if _, _, err := runBuild(t, p, BuildOptions{Formats: []edition.Format{edition.HTML}}); err != nil {
		t.Fatal(err)
	}
	html, _ := os.ReadFile(filepath.Join(p.Dir, "dist", "tk", "seminar.html"))
	for _, w := range []string{
		`<link rel="canonical" href="https://news.example.org/a/tk/seminar.html">`,
		`<link rel="alternate" hreflang="ru" href="https://news.example.org/a/ru/seminar.html">`,
		`<link rel="alternate" hreflang="x-default" href="https://news.example.org/a/en/seminar.html">`,
	} {
		if !strings.Contains(string(html), w) {
			t.Errorf("lacks %s:\n%s", w, html)
		}
	}
	if _, err := ParseProject("terjime.toml", []byte("source_locale = \"en\"\n[build]\nbase_url = \"news.example.org\"\n")); err == nil || !strings.Contains(err.Error(), "terjime.toml:3:") {
		t.Errorf("a relative base_url: %v", err)
	}
}

// TestBuildMissingCatalog: a locale without a catalog yet is skipped, its
// first segments reported as having no entry, and the others counted.
func TestBuildMissingCatalog(t *testing.T) {
	p := buildFixture(t)
	if err := os.Remove(p.CatalogPath("tk", "seminar")); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runBuild(t, p, BuildOptions{})
	if !errors.Is(err, ErrFindings) || strings.Count(stderr, "has no entry (run \"terjime segment\")") != gapsShown ||
		!strings.Contains(stderr, "… and 2 more segments (terjime check --list-missing -l tk -d seminar lists them all)") {
		t.Errorf("%v\n%s", err, stderr)
	}
}

// TestBuildMalformed: a broken catalog stops the build before anything is
// written, with an operational error (not findings).
func TestBuildMalformed(t *testing.T) {
	p := buildFixture(t)
	editCatalog(t, p, "tk", `state = "reviewed"`, `state = "done"`)
	_, _, err := runBuild(t, p, BuildOptions{})
	if err == nil || errors.Is(err, ErrFindings) || !strings.Contains(err.Error(), "tk/seminar.toml:") {
		t.Errorf("err = %v", err)
	}
	if exists(filepath.Join(p.Dir, "dist")) {
		t.Error("wrote editions despite the error")
	}
}
