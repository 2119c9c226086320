//go:build unix

package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The attacks of a FIFO or a device as an input: refused at once, never
// read (a FIFO would block forever, /dev/zero would never end).
func TestReadFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "article.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, path := range []string{fifo, "/dev/zero", dir} {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(path, Limit{})
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), path) {
				t.Errorf("ReadFile(%s) = %v, want a not-a-regular-file error naming it", path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("ReadFile(%s) hangs", path)
		}
	}
	// A link to a regular file is read.
	real := filepath.Join(dir, "real.txt")
	os.WriteFile(real, []byte("text"), 0o644)
	link := filepath.Join(dir, "link.txt")
	if os.Symlink(real, link) == nil {
		if data, err := ReadFile(link, Limit{}); err != nil || string(data) != "text" {
			t.Errorf("ReadFile(link) = %q, %v", data, err)
		}
	}
}
