package blockstest

import (
	"strconv"
	"testing"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/segment"
)

// Cut cuts d, what a reader made of src, into English segments, failing t
// unless the blocks and the segments rebuild src, each segment's notation
// is well formed and each nested value stands where its segment says in
// its container.
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
	for i, s := range segs {
		if s.In == 0 {
			continue
		}
		if s.In > i {
			t.Fatalf("nested segment %d %q: its container %d does not come before it", i, s.Text, s.In-1)
		}
		raw, in := s.Raw(), segs[s.In-1].Raw()
		if s.At < 0 || s.At+len(raw) > len(in) || in[s.At:s.At+len(raw)] != raw {
			t.Fatalf("nested segment %d %q does not stand at %d of its container %q", i, raw, s.At, in)
		}
	}
	return segs
}

// Lines describes segments for a test's want list, one a segment: its
// kind and text, and for a nested one the segment it is in (counted from
// 1) and where it stands there, "link-title: IOM site in 1 at 32".
func Lines(segs []blocks.Segment) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = s.Kind + ": " + s.Text
		if s.In != 0 {
			out[i] += " in " + strconv.Itoa(s.In) + " at " + strconv.Itoa(s.At)
		}
	}
	return out
}
