package xliff

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead: no input makes Read panic, and an error never comes with a
// partial result.
func FuzzRead(f *testing.F) {
	for _, pattern := range []string{"golden/*.xlf", "testsuite/valid/*.xlf", "testsuite/invalid/bad_[A-E]*.xlf"} {
		files, _ := filepath.Glob(filepath.Join(testdata, pattern))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Read("fuzz.xlf", bytes.NewReader(data))
		if err != nil && x != nil {
			t.Fatalf("error %v with a result", err)
		}
		if err == nil && (x.Format != "xliff" && x.Format != "xliff12") {
			t.Fatalf("format %q", x.Format)
		}
	})
}
