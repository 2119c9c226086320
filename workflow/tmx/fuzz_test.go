package tmx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead: no input makes Read panic, and an error never comes with a
// partial result.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(testdata, "*.tmx"))
	golden, _ := filepath.Glob(filepath.Join(testdata, "golden", "*.tmx"))
	for _, file := range append(files, golden...) {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tus, err := Read("fuzz.tmx", bytes.NewReader(data))
		if err != nil && tus != nil {
			t.Fatalf("error %v with %d pairs", err, len(tus))
		}
	})
}
