package segment

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenCase is one held-out case of testdata/segment/golden.*.txt.
type goldenCase struct {
	id, name string
	line     int
	input    string
	want     []string
}

// readGolden parses the format described in testdata/segment/README.md.
func readGolden(t testing.TB, path string) []goldenCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			id, name, ok := strings.Cut(line[1:], "] ")
			if !ok {
				t.Fatalf("%s:%d: want \"[id] name\"", path, n)
			}
			cases = append(cases, goldenCase{id: id, name: name, line: n})
		case len(cases) == 0:
			t.Fatalf("%s:%d: %q before the first case", path, n, line)
		case strings.HasPrefix(line, "< "):
			cases[len(cases)-1].input = unescape(line[2:])
		case strings.HasPrefix(line, "> "):
			c := &cases[len(cases)-1]
			c.want = append(c.want, unescape(line[2:]))
		default:
			t.Fatalf("%s:%d: unexpected line %q", path, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.input == "" || len(c.want) == 0 {
			t.Fatalf("%s:%d: case %s has no input or no expected segments", path, c.line, c.id)
		}
	}
	return cases
}

func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return strings.NewReplacer(`\n`, "\n", `\\`, `\`).Replace(s)
}

// collapse reduces every run of white space to one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestGolden scores the segmenter on the held-out cases: at least 51 of the
// 52 English Golden Rules, and every Russian and Turkmen case.
func TestGolden(t *testing.T) {
	for _, lang := range []struct {
		code string
		min  int // cases that must pass; -1 for all
	}{{"en", 51}, {"ru", -1}, {"tk", -1}} {
		t.Run(lang.code, func(t *testing.T) {
			path := filepath.Join("..", "..", "testdata", "segment", "golden."+lang.code+".txt")
			cases := readGolden(t, path)
			pass := 0
			for _, c := range cases {
				d := Split(c.input, Options{Lang: lang.code})
				checkInvariant(t, c.input, d)
				var got []string
				for _, s := range d.Segments {
					got = append(got, collapse(s.Text))
				}
				want := make([]string, len(c.want))
				for i, w := range c.want {
					want[i] = collapse(w)
				}
				if strings.Join(got, "\x00") == strings.Join(want, "\x00") {
					pass++
					continue
				}
				t.Logf("%s:%d: %s %s\n got  %q\n want %q", path, c.line, c.id, c.name, got, want)
			}
			min := lang.min
			if min < 0 {
				min = len(cases)
			}
			t.Logf("%s: %d of %d cases pass (target %d)", lang.code, pass, len(cases), min)
			if pass < min {
				t.Errorf("%s: %d of %d cases pass, below the target of %d", lang.code, pass, len(cases), min)
			}
		})
	}
}
