package disk

import (
	"os"
	"path/filepath"
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
	changed, err := p.Apply()
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
	if _, err := p.Apply(); err == nil {
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
