package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that notes failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }

func TestFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.txt")
	r := &recorder{TB: t}
	File(r, path, []byte("x"))
	if !r.failed {
		t.Error("a missing golden file passed")
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte("x"), 0o644)
	same := &recorder{TB: t}
	File(same, path, []byte("x"))
	if same.failed {
		t.Error("equal output failed")
	}
	diff := &recorder{TB: t}
	File(diff, path, []byte("y"))
	if !diff.failed {
		t.Error("different output passed")
	}
}
