package workflow

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/memory"
)

// TestGitignoreAdd: terjime's patterns are added once, those missing
// only, after what is there, on lines of their own.
func TestGitignoreAdd(t *testing.T) {
	ours := gitignoreComment + "\n" + strings.Join(gitignorePatterns, "\n") + "\n"
	for _, tc := range []struct{ old, want string }{
		{"", ours},
		{"/dist/\n", "/dist/\n" + ours},
		{"/dist/", "/dist/\n" + ours},
		{ours, ""},
		{"/dist/\n  /.terjime/tm/*.tmi  \n", "/dist/\n  /.terjime/tm/*.tmi  \n" + gitignoreComment + "\n/.terjime/lock\n/.terjime/lock.holder\n/.terjime/journal\n"},
	} {
		got := gitignoreAdd([]byte(tc.old))
		if string(got) != tc.want || (tc.want == "") != (got == nil) {
			t.Errorf("gitignoreAdd(%q) =\n%s\nwant\n%s", tc.old, got, tc.want)
		}
	}
}

// TestGitignoreCovers holds the patterns to the files terjime keeps
// beside a project's data: the memory's indexes, the lock, the journal.
func TestGitignoreCovers(t *testing.T) {
	p := &Project{Dir: "/p"}
	for _, path := range []string{memory.IndexPath(p.TMDir()), memory.DeltaPath(p.TMDir()), p.lockPath(), p.lockPath() + ".holder", p.JournalPath()} {
		rel, _ := filepath.Rel(p.Dir, path)
		covered := false
		for _, pat := range gitignorePatterns {
			if ok, _ := filepath.Match(strings.TrimPrefix(pat, "/"), filepath.ToSlash(rel)); ok {
				covered = true
			}
		}
		if !covered {
			t.Errorf("%s is not in .gitignore's patterns %q", rel, gitignorePatterns)
		}
	}
	for _, data := range []string{memory.ImportDir(p.TMDir()) + "/agency.tmx", p.CatalogPath("ru", "news")} {
		rel, _ := filepath.Rel(p.Dir, data)
		for _, pat := range gitignorePatterns {
			if ok, _ := filepath.Match(strings.TrimPrefix(pat, "/"), rel); ok {
				t.Errorf("%s, project data, is ignored by %s", rel, pat)
			}
		}
	}
}
