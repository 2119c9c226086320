package input

import (
	"strings"
	"testing"
)

// The line index agrees with counting line feeds at every offset, for
// lines of every length around its word and block boundaries.
func TestLines(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		b.WriteString(strings.Repeat("x", (i*37)%5000))
		b.WriteByte('\n')
	}
	b.WriteString("\n\n\nend")
	for _, doc := range []string{"", "\n", "abc", strings.Repeat("\n", 10000), b.String()} {
		x := NewLines([]byte(doc))
		wl, wc := 1, 1 // counted along
		for off := 0; off <= len(doc); off++ {
			if off > 0 && doc[off-1] == '\n' {
				wl, wc = wl+1, 1
			} else if off > 0 {
				wc++
			}
			if gl, gc := x.Position(off); gl != wl || gc != wc {
				t.Fatalf("doc of %d bytes: Position(%d) = %d:%d, want %d:%d", len(doc), off, gl, gc, wl, wc)
			}
		}
	}
}
