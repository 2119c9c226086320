package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyProject copies the files of a project under testdata into a
// temporary directory.
func copyProject(t *testing.T, from string, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(from, rel))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// editionFixture copies testdata/edition: the article "seminar" with
// complete Russian and Turkmen catalogs.
func editionFixture(t *testing.T) string {
	return copyProject(t, "../../testdata/edition", "terjime.toml", "seminar.en.txt", "locales/en/seminar.toml",
		"locales/ru/seminar.toml", "locales/tk/seminar.toml")
}

func noenv(string) string { return "" }

// TestBuildExitCodes: 0 when every edition is published, 1 when one is
// skipped as incomplete (or under --min-complete), 2 for bad usage.
func TestBuildExitCodes(t *testing.T) {
	dir := editionFixture(t)
	build := func(args ...string) int {
		return run(context.Background(), append([]string{"terjime", "--quiet", "--project", dir, "build", "-o", filepath.Join(dir, "out")}, args...), noenv)
	}
	if code := build(); code != exitOK {
		t.Errorf("complete project: exit %d, want 0", code)
	}
	ru := filepath.Join(dir, "locales", "ru", "seminar.toml")
	data, _ := os.ReadFile(ru)
	data = []byte(strings.Replace(string(data), `state = "reviewed"`, `state = "outdated"`, 1))
	if err := os.WriteFile(ru, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{nil, exitFindings},
		{[]string{"--locale", "tk"}, exitOK},
		{[]string{"--min-complete", "80"}, exitOK},
		{[]string{"--min-complete", "90"}, exitFindings},
		{[]string{"--format", "pdf"}, exitError},
		{[]string{"--fallback", "mark"}, exitError},
		{[]string{"--min-complete", "x"}, exitError},
		{[]string{"--locale", "xx"}, exitError},
	} {
		if code := build(tc.args...); code != tc.want {
			t.Errorf("build %v: exit %d, want %d", tc.args, code, tc.want)
		}
	}
}

// TestBuildRepository is the main job a new user runs first: at the root
// of the repository, terjime build publishes the seed article in English,
// Russian and Turkmen, in the three formats; the English text edition is
// the article itself.
func TestBuildRepository(t *testing.T) {
	out := t.TempDir()
	if code := run(context.Background(), []string{"terjime", "--quiet", "--project", "../..", "build", "-o", out}, noenv); code != exitOK {
		t.Fatalf("exit %d: the seed editions are not all published (see stderr)", code)
	}
	for _, loc := range []string{"en", "ru", "tk"} {
		for _, ext := range []string{"txt", "md", "html"} {
			if _, err := os.Stat(filepath.Join(out, loc, "iom-seminar."+ext)); err != nil {
				t.Error(err)
			}
		}
	}
	seed, _ := os.ReadFile("../../testdata/iom-seminar.en.txt")
	text, _ := os.ReadFile(filepath.Join(out, "en", "iom-seminar.txt"))
	if string(seed) != string(text) {
		t.Error("the English text edition is not testdata/iom-seminar.en.txt byte for byte")
	}
}

// TestBuildEncodingExit: a source edition its recorded encoding cannot
// hold is an operational error (exit 2) and writes nothing.
func TestBuildEncodingExit(t *testing.T) {
	dir := copyProject(t, "../../testdata/encoding", "fuser.ru.cp1251.txt")
	toml := "source_locale = \"ru\"\ntarget_locales = [\"tk\"]\n\n[[document]]\nname = \"fuser\"\nsource = \"fuser.ru.cp1251.txt\"\nencoding = \"%s\"\n"
	out := filepath.Join(dir, "out")
	for _, tc := range []struct {
		enc  string
		want int
	}{{"iso-8859-8", exitError}, {"windows-1251", exitFindings}} {
		if err := os.WriteFile(filepath.Join(dir, "terjime.toml"), []byte(fmt.Sprintf(toml, tc.enc)), 0o644); err != nil {
			t.Fatal(err)
		}
		code := run(context.Background(), []string{"terjime", "--quiet", "--project", dir, "build", "-o", out}, noenv)
		if code != tc.want {
			t.Errorf("encoding %s: exit %d, want %d", tc.enc, code, tc.want)
		}
		if _, err := os.Stat(out); (err == nil) != (tc.want != exitError) {
			t.Errorf("encoding %s: out exists: %v", tc.enc, err == nil)
		}
	}
}
