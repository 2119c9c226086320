//go:build unix

package cputime

import (
	"os"
	"path/filepath"
	"testing"
)

// A busy loop shows as processor time; the kernel's share, of the writes
// that follow, is part of it.
func TestSecondsGrow(t *testing.T) {
	start := Seconds()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if end := Seconds(); end <= start {
		t.Errorf("processor time went from %v to %v over a busy loop (%d)", start, end, x)
	}
	// The loop alone may cost the kernel nothing: writes make sure it
	// works.
	f, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for range 20_000 {
		if _, err := f.Write(buf); err != nil {
			t.Fatal(err)
		}
	}
	if sys, all := System(), Seconds(); sys <= 0 || sys > all {
		t.Errorf("system time %v, total %v", sys, all)
	}
}
