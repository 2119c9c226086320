package disk

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPlanWritesOnlyChanges(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.toml")
	b := filepath.Join(dir, "sub", "b.toml")
	if err := os.WriteFile(a, []byte("same"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(a, old, old)

	var p Plan
	p.Write(a, []byte("same"))
	p.Write(b, []byte("new"))
	changed, err := p.Apply(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 1 || changed[0] != b {
		t.Fatalf("changed = %v, want only %s", changed, b)
	}
	if st, _ := os.Stat(a); !st.ModTime().Equal(old) {
		t.Errorf("unchanged file was rewritten")
	}
	if got, _ := os.ReadFile(b); string(got) != "new" {
		t.Errorf("b = %q", got)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "sub"))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestPlanAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.toml")
	os.WriteFile(a, []byte("old"), 0o644)
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o644)

	var p Plan
	p.Write(a, []byte("new"))
	p.Write(filepath.Join(blocker, "x.toml"), []byte("cannot")) // parent is a file
	if _, err := p.Apply(context.Background()); err == nil {
		t.Fatal("Apply succeeded with an impossible path")
	}
	if got, _ := os.ReadFile(a); string(got) != "old" {
		t.Errorf("a was changed to %q although the plan failed", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// Staged writes reach the disk as temporary files at once, land together
// with the plan's other writes, and vanish when the plan fails or is
// discarded.
func TestPlanStage(t *testing.T) {
	dir := t.TempDir()
	a, b, same := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml"), filepath.Join(dir, "same.toml")
	os.WriteFile(a, []byte("old a"), 0o644)
	os.WriteFile(same, []byte("same"), 0o644)
	names := func() []string {
		entries, _ := os.ReadDir(dir)
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}

	var p Plan
	buf := []byte("new a")
	if err := p.Stage(a, buf); err != nil {
		t.Fatal(err)
	}
	copy(buf, "XXXXX") // the caller reuses its buffer
	if err := p.Stage(same, []byte("same")); err != nil {
		t.Fatal(err)
	}
	p.Write(b, []byte("new b"))
	if n := len(names()); n != 3 {
		t.Errorf("after staging one change: %v, want a.toml, its temporary file, same.toml", names())
	}
	if got, _ := os.ReadFile(a); string(got) != "old a" {
		t.Errorf("a changed before Apply: %q", got)
	}
	if got := p.Changed(); len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("Changed = %v, want a and b", got)
	}
	changed, err := p.Apply(context.Background())
	if err != nil || len(changed) != 2 {
		t.Fatalf("Apply = %v, %v", changed, err)
	}
	for path, want := range map[string]string{a: "new a", b: "new b", same: "same"} {
		if got, _ := os.ReadFile(path); string(got) != want {
			t.Errorf("%s = %q, want %q", filepath.Base(path), got, want)
		}
	}
	if n := len(names()); n != 3 {
		t.Errorf("temporary files left behind: %v", names())
	}

	// A plan that fails after staging leaves every file as it was.
	var q Plan
	if err := q.Stage(a, []byte("newer a")); err != nil {
		t.Fatal(err)
	}
	blocker := filepath.Join(dir, "same.toml")
	q.Write(filepath.Join(blocker, "x.toml"), []byte("cannot")) // parent is a file
	if _, err := q.Apply(context.Background()); err == nil {
		t.Fatal("Apply succeeded with an impossible path")
	}
	if got, _ := os.ReadFile(a); string(got) != "new a" {
		t.Errorf("a = %q after a failed plan", got)
	}
	if n := len(names()); n != 3 {
		t.Errorf("temporary files left behind after a failed plan: %v", names())
	}

	// Discard drops what was staged.
	var r Plan
	r.Stage(a, []byte("discarded"))
	r.Discard()
	if got, _ := os.ReadFile(a); string(got) != "new a" || len(names()) != 3 {
		t.Errorf("after Discard: a = %q, files %v", got, names())
	}
	if changed, err := r.Apply(context.Background()); err != nil || len(changed) != 0 {
		t.Errorf("Apply after Discard = %v, %v", changed, err)
	}
}

// TestPlanStageFrom: content written a piece at a time is staged like
// Stage's, and nothing is staged when the file already holds it, however
// long it is.
func TestPlanStageFrom(t *testing.T) {
	dir := t.TempDir()
	a, same := filepath.Join(dir, "a.toml"), filepath.Join(dir, "same.toml")
	long := strings.Repeat("0123456789", 100_000) // longer than a read buffer
	os.WriteFile(a, []byte(long+"old"), 0o644)
	os.WriteFile(same, []byte(long), 0o644)
	pieces := func(s string) func(w io.Writer) error {
		return func(w io.Writer) error {
			for len(s) > 0 {
				n := min(len(s), 4096)
				if _, err := io.WriteString(w, s[:n]); err != nil {
					return err
				}
				s = s[n:]
			}
			return nil
		}
	}
	var p Plan
	if err := p.StageFrom(a, pieces(long+"new")); err != nil {
		t.Fatal(err)
	}
	if err := p.StageFrom(same, pieces(long)); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("after staging one change: %d files, want a.toml, its temporary file, same.toml", len(entries))
	}
	changed, err := p.Apply(context.Background())
	if err != nil || len(changed) != 1 || changed[0] != a {
		t.Fatalf("Apply = %v, %v; want a.toml alone", changed, err)
	}
	if got, _ := os.ReadFile(a); string(got) != long+"new" {
		t.Errorf("a.toml holds %d bytes, not what was written", len(got))
	}

	// A write that fails leaves nothing behind.
	var q Plan
	if err := q.StageFrom(a, func(w io.Writer) error { return errors.New("disk full") }); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("StageFrom with a failing write = %v", err)
	}
	q.Discard()
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("after a failed write: %d files, want 2", len(entries))
	}
}

// TestPlanCancelled: a plan applied under a cancelled context changes no
// target and leaves no temporary file, whether it was cancelled before it
// started or while staged files waited.
func TestPlanCancelled(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.toml")
	b := filepath.Join(dir, "b.toml")
	os.WriteFile(a, []byte("old"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	var p Plan
	p.Write(a, []byte("new"))
	if err := p.Stage(b, []byte("staged")); err != nil {
		t.Fatal(err)
	}
	p.Delete(filepath.Join(dir, "gone.toml"))
	changed, err := p.Apply(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Apply under a cancelled context: changed %v, err %v; want context.Canceled", changed, err)
	}
	if got, _ := os.ReadFile(a); string(got) != "old" {
		t.Errorf("a = %q after a cancelled Apply", got)
	}
	if _, err := os.Stat(b); !os.IsNotExist(err) {
		t.Errorf("b exists after a cancelled Apply: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}

// A symbolic link to a catalog is written through: the link stays and the
// file it points to changes.
func TestPlanWritesThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "news.toml")
	os.MkdirAll(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("old"), 0o640)
	link := filepath.Join(dir, "locales", "news.toml")
	os.MkdirAll(filepath.Dir(link), 0o755)
	if err := os.Symlink("../shared/news.toml", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", fi.Mode(), err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("the linked file holds %q, want new", got)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the file's own 0640 kept", fi.Mode().Perm())
	}
}

// A read-only file is an error, not silently replaced; the error names
// the file, never its temporary file.
func TestPlanRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.toml")
	os.WriteFile(a, []byte("old"), 0o444)
	err := WriteFile(a, []byte("new"))
	if err == nil {
		t.Fatal("a read-only file was replaced")
	}
	if !strings.Contains(err.Error(), a) || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("error %q does not say that %s is read-only", err, a)
	}
	if got, _ := os.ReadFile(a); string(got) != "old" {
		t.Errorf("a = %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}

func TestPlanErrorNamesTheFile(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes into any directory")
	}
	dir := t.TempDir()
	sub := filepath.Join(dir, "ro")
	os.Mkdir(sub, 0o555)
	defer os.Chmod(sub, 0o755)
	err := WriteFile(filepath.Join(sub, "a.toml"), []byte("new"))
	if err == nil || strings.Contains(err.Error(), ".tmp") || !strings.Contains(err.Error(), "a.toml") {
		t.Errorf("error %v: want one naming a.toml and no temporary file", err)
	}
}
