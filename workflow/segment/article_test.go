package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
)

// TestArticles segments whole articles and compares a listing of their
// segments (block, kind, text on one line) with testdata/segment/*.segments.
// Run with -update after a deliberate change, and review the diff.
func TestArticles(t *testing.T) {
	for _, a := range []struct{ path, lang, golden string }{
		{"../../testdata/iom-seminar.en.txt", "en", "iom-seminar.en.segments"},
		{"../../testdata/segment/news.ru.txt", "ru", "news.ru.segments"},
		{"../../testdata/segment/news.tk.txt", "tk", "news.tk.segments"},
	} {
		t.Run(a.lang, func(t *testing.T) {
			b, err := os.ReadFile(a.path)
			if err != nil {
				t.Fatal(err)
			}
			d := Split(string(b), Options{Lang: a.lang})
			checkInvariant(t, string(b), d)
			var got strings.Builder
			fmt.Fprintf(&got, "# Segments of %s (lang %s). Regenerate: go test ./workflow/segment -run TestArticles -update\n", filepath.Base(a.path), a.lang)
			for _, s := range d.Segments {
				fmt.Fprintf(&got, "%d %s: %s\n", s.Block, s.Kind, OneLine(s.Text))
			}
			golden.File(t, filepath.Join("..", "..", "testdata", "segment", a.golden), []byte(got.String()))
		})
	}
}
