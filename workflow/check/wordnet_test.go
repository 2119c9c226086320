package check

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	_ "github.com/terjime/terjime/internal/golden" // its -update flag
)

// TestWordNetRelated: the embedded keys of the related words are those of
// wordnet_related.txt.gz as this package reads words now; -update
// rewrites them (after a change to wordKey, or a new text file).
func TestWordNetRelated(t *testing.T) {
	gz, err := os.ReadFile("wordnet_related.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	got := relatedKeysOf(t, gz)
	if bytes.Equal(got, relatedKeys) {
		return
	}
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile("wordnet_related.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("wordnet_related.bin holds %d keys, the text file makes %d: run go test ./workflow/check -run TestWordNetRelated -update", len(relatedKeys)/4, len(got)/4)
}

// TestWordNetGenerated: gen_wordnet.go makes the committed files again,
// byte for byte, from Debian's wordnet-base.
func TestWordNetGenerated(t *testing.T) {
	const wordnet = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(wordnet, "data.noun")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("WordNet is missing (apt-get install wordnet-base): %v", err)
		}
		t.Skipf("WordNet is missing (apt-get install wordnet-base): %v", err)
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "gen_wordnet.go", "-wordnet", wordnet, "-o", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_wordnet.go: %v\n%s", err, out)
	}
	for _, name := range []string{"antonyms_wordnet.go", "wordnet_related.txt.gz", "wordnet_LICENSE"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what gen_wordnet.go makes of %s: run go generate ./workflow/check", name, wordnet)
		}
	}
}

// relatedKeysOf reads the text of gen_wordnet.go ("head word word…", a
// line each) into the sorted keys of its pairs, as relatedKeys holds them.
func relatedKeysOf(t *testing.T, gz []byte) []byte {
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	var keys []uint32
	for line := range bytes.Lines(text) {
		ws := bytes.Fields(line)
		a, ok := wordKey(ws[0])
		for _, w := range ws[1:] {
			if b, okB := wordKey(w); ok && okB && a != b {
				keys = append(keys, pairKey([2]uint16{a, b}))
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	out := make([]byte, 0, 4*len(keys))
	for _, k := range keys {
		out = binary.LittleEndian.AppendUint32(out, k)
	}
	return out
}

// TestWordNetPairs: WordNet's antonyms (less those of sex, which
// languages mark their own way) and the words it relates, read as
// inconsistent-source reads a source's words (inflected, in a synonym
// group). An antonym may be related too: opposite is asked first.
func TestWordNetPairs(t *testing.T) {
	key := func(w string) uint16 {
		k, _ := wordKey([]byte(w))
		return k
	}
	for _, c := range []struct {
		a, b           string
		opposite, akin bool
	}{
		{"top", "bottom", true, true},
		{"bottom", "top", true, true},
		{"uploading", "download", true, false},
		{"minimum", "maximum", true, false},
		{"horizontal", "vertical", true, false},
		{"lock", "unlock", true, false},
		{"import", "export", true, false},
		{"raise", "lower", true, false}, // increase and decrease, their groups
		{"speed", "rate", false, true},
		{"settings", "options", false, true},
		{"man", "woman", false, false},
		{"boy", "girl", false, false},
		{"masculine", "feminine", false, false},
		{"move", "reposition", false, true},
		{"hidden", "invisible", false, true},
		{"invisible", "hidden", false, true},
		{"entry", "record", false, true},
		{"channel", "account", false, false},
		{"layer", "text", false, false},
		{"folder", "file", false, false},
	} {
		w := [2]uint16{key(c.a), key(c.b)}
		if got := opposite(w); got != c.opposite {
			t.Errorf("opposite(%q, %q) = %v, want %v", c.a, c.b, got, c.opposite)
		}
		if got := akin(w); got != c.akin {
			t.Errorf("akin(%q, %q) = %v, want %v", c.a, c.b, got, c.akin)
		}
	}
}
