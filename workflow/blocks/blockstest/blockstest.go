// Package blockstest checks what a reader of package blocks gives: that
// its blocks, and the segments cut from them, rebuild the document it
// read, and that every segment is well-formed in markup's notation. The
// tests of package markdown and package htmldoc share it.
package blockstest

import (
	"testing"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/segment"
)

// Cut cuts d, what a reader made of src, into English segments, failing t
// unless the blocks and the segments rebuild src and each segment's
// notation is well formed.
func Cut(t testing.TB, src string, d blocks.Document) []blocks.Segment {
	t.Helper()
	if got := d.String(); got != src {
		t.Fatalf("blocks do not rebuild the source:\n got %q\nwant %q", got, src)
	}
	lead, segs := blocks.Cut(d, segment.Options{Lang: "en"})
	for _, s := range segs {
		if ps := markup.Check(s.Text, s.Text); len(ps) > 0 {
			t.Fatalf("segment %q: %v", s.Text, ps)
		}
	}
	if got := blocks.Join(lead, segs); got != src {
		t.Fatalf("segments do not rebuild the source:\n got %q\nwant %q", got, src)
	}
	return segs
}
