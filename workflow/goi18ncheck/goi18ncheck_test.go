package goi18ncheck

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/language"

	"github.com/terjime/terjime/workflow/check"
)

// TestDirs runs Check over each case in testdata/check/goi18n: a txtar
// archive of message files and a "want" file listing the findings as
// "check locale file:line message-id".
func TestDirs(t *testing.T) {
	cases, err := filepath.Glob("../../testdata/check/goi18n/*.txtar")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(c), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(c)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var want []string
			for _, f := range ar.Files {
				if f.Name == "want" {
					for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
						if l != "" {
							want = append(want, l)
						}
					}
					continue
				}
				if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			findings, _, err := Check(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			rep := check.NewReport(findings, nil)
			var got []string
			for _, f := range rep.Findings {
				got = append(got, strings.TrimSpace(fmt.Sprintf("%s %s %s:%d %s", f.Check, f.Locale, filepath.Base(f.File), f.Line, f.Segment)))
			}
			for i := range want {
				want[i] = strings.TrimSpace(want[i])
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				var msgs []string
				for _, f := range rep.Findings {
					msgs = append(msgs, f.Check+": "+f.Message)
				}
				t.Errorf("findings:\n%s\nwant:\n%s\nmessages:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), strings.Join(msgs, "\n"))
			}
		})
	}
}

// TestTagHint names Turkmen for the country code of Turkmenistan.
func TestTagHint(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "active.en.toml"), []byte("Hello = \"Hello\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "active.tm.toml"), []byte("Hello = \"Salam\"\n"), 0o644)
	fs, _, err := Check(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || !strings.Contains(fs[0].Message, `language is "tk"`) || !strings.Contains(fs[0].Message, "active.tk.toml") {
		t.Errorf("got %+v", fs)
	}
}

func TestForms(t *testing.T) {
	for _, c := range []struct {
		tag  string
		want string
	}{
		{"en", "one other"},
		{"ru", "one few many other"},
		{"tk", "one other"},
		{"ja", "other"},
		{"ar", "zero one two few many other"},
		{"uk", "one few many other"},
	} {
		if got := strings.Join(Forms(language.MustParse(c.tag)), " "); got != c.want {
			t.Errorf("Forms(%s) = %s, want %s", c.tag, got, c.want)
		}
	}
}

// TestRepositoryMessages checks the CLI's own messages, as .ci/run does
// with terjime check --goi18n locales.
func TestRepositoryMessages(t *testing.T) {
	fs, files, err := Check("../../locales", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Errorf("checked %v, want the en, ru and tk files", files)
	}
	for _, f := range fs {
		t.Errorf("%s:%d: %s: %s", f.File, f.Line, f.Check, f.Message)
	}
}
