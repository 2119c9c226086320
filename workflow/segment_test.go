package workflow

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

// newProject writes a project with one document into a temporary directory.
func newProject(t *testing.T, article string) *Project {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.en.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, ProjectFile), []byte(`source_locale = "en"
target_locales = ["ru", "tk"]

[[document]]
name = "a"
source = "a.en.txt"
`), 0o644)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSegmentSeedRebuildsSource(t *testing.T) {
	seed, err := os.ReadFile("../testdata/iom-seminar.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, article := range map[string]string{
		"seed":      string(seed),
		"crlf+bom":  "\uFEFF" + strings.ReplaceAll(string(seed), "\n", "\r\n") + "\r\n",
		"trailing":  "Title line\n\nOne. Two.\n\n\n",
		"no-header": "  Indented start. Next one.",
	} {
		t.Run(name, func(t *testing.T) {
			p := newProject(t, article)
			env, _, _ := ui.NewTest("", "")
			if err := Segment(context.Background(), env, p, SegmentOptions{}); err != nil {
				t.Fatal(err)
			}
			c, err := catalog.ReadFile(p.CatalogPath("en", "a"))
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Skeleton(); got != article {
				t.Errorf("source catalog does not rebuild the article:\n got %q\nwant %q", got, article)
			}
		})
	}
}

func TestSegmentTwiceChangesNothing(t *testing.T) {
	seed, _ := os.ReadFile("../testdata/iom-seminar.en.txt")
	p := newProject(t, string(seed))
	env, _, errb := ui.NewTest("", "")
	ctx := context.Background()
	if err := Segment(ctx, env, p, SegmentOptions{}); err != nil {
		t.Fatal(err)
	}
	ru := p.CatalogPath("ru", "a")
	before, _ := os.ReadFile(ru)
	// A translator's hand edit survives.
	edited := string(before)
	for _, r := range [][2]string{
		{`target = ""`, `target = "Сотрудничество в противодействии глобальным угрозам современности"`},
		{`state = "untranslated"`, `state = "reviewed"`},
		{`note = ""`, `note = "title checked by the editor"`},
	} {
		if !strings.Contains(edited, r[0]) {
			t.Fatalf("the catalog has no %s to edit:\n%s", r[0], edited)
		}
		edited = strings.Replace(edited, r[0], r[1], 1)
	}
	os.WriteFile(ru, []byte(edited), 0o644)
	errb.Reset()
	if err := Segment(ctx, env, p, SegmentOptions{}); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(ru)
	if string(after) != edited {
		t.Errorf("segment changed a hand-edited catalog:\n%s", after)
	}
	if !strings.Contains(errb.String(), "up to date") {
		t.Errorf("stderr = %q", errb)
	}
}

func TestSegmentBadInputWritesNothing(t *testing.T) {
	tests := []struct {
		name, article, want string
	}{
		{"empty", " \n\n", "a.en.txt:1: the article is empty"},
		{"binary", "PK\x03\x04\x00\x00", "a.en.txt:1: byte offset 4 is a NUL byte"},
		{"latin1", "Line one.\nCaf\xe9 au lait.", "a.en.txt:2: invalid UTF-8 at byte offset 13 (0xe9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newProject(t, tt.article)
			env, _, _ := ui.NewTest("", "")
			err := Segment(context.Background(), env, p, SegmentOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if _, err := os.Stat(filepath.Join(p.Dir, "locales")); !os.IsNotExist(err) {
				t.Errorf("a catalog was written despite the error")
			}
		})
	}
}
