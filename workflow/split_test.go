package workflow

import (
	"bufio"
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/terjime/terjime/workflow/segment"
)

// The hand-written JSON of split --json reads back, with encoding/json, as
// the segments it was written from: every escape is right.
func TestWriteSegmentsJSON(t *testing.T) {
	segs := []segment.Segment{
		{Text: `Quotes " and \ backslash`, Kind: segment.Paragraph, Block: 0},
		{Text: "Line\nbreak, tab\t, CR\r, NUL-free \x01\x1f control", Kind: segment.Paragraph, Block: 3},
		{Text: "«Кириллица» и Türkmen ýazuwy, <b> & \u2028 \u2029 😀", Kind: segment.Item, Block: 12},
		{Text: "", Kind: segment.Heading, Block: 13},
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	writeSegmentsJSON(w, len(segs), slices.All(segs))
	w.Flush()
	var got []struct {
		Block int    `json:"block"`
		Kind  string `json:"kind"`
		Text  string `json:"text"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.Bytes())
	}
	if len(got) != len(segs) {
		t.Fatalf("%d objects, want %d", len(got), len(segs))
	}
	for i, s := range segs {
		if got[i].Text != s.Text || got[i].Block != s.Block || got[i].Kind != string(s.Kind) {
			t.Errorf("object %d = %+v, want %q block %d kind %s", i, got[i], s.Text, s.Block, s.Kind)
		}
	}
	out.Reset()
	writeSegmentsJSON(w, 0, nil)
	w.Flush()
	if out.String() != "[]\n" {
		t.Errorf("no segments: %q", out.String())
	}
}
