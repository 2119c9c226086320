package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestInterruptedRun: an interrupted command exits 130 and leaves the
// project as it was.
func TestInterruptedRun(t *testing.T) {
	dir := editionFixture(t)
	ru := filepath.Join(dir, "locales", "ru", "seminar.toml")
	before, _ := os.ReadFile(ru)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"build"},
		{"segment", "--purge-obsolete"},
	} {
		code := run(ctx, append([]string{"terjime", "--quiet", "--project", dir}, args...), noenv)
		if code != exitInterrupted {
			t.Errorf("%v interrupted: exit %d, want %d", args, code, exitInterrupted)
		}
	}
	if after, _ := os.ReadFile(ru); string(after) != string(before) {
		t.Error("an interrupted segment changed the Russian catalog")
	}
	if _, err := os.Stat(filepath.Join(dir, "dist")); !os.IsNotExist(err) {
		t.Errorf("an interrupted build wrote dist/: %v", err)
	}
}
