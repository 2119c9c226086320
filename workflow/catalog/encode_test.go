package catalog

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// plainString lets through exactly the strings WriteTOMLString may copy
// as they are.
func TestPlainString(t *testing.T) {
	for s, want := range map[string]bool{
		"plain": true, "Меджлис «ýaşlar» — 7 000 ₼ 🙂": true, "": true,
		`a"b`: false, `a\b`: false, "a\nb": false, "a\tb": false, "del\x7f": false,
		"bom\uFEFF": false, "ls\u2028": false, "ps\u2029": false,
		"bad\xff": false, "cut\xD0": false, "overlong\xC0\x80": false, "surrogate\xED\xA0\x80": false,
	} {
		if got := plainString(s); got != want {
			t.Errorf("plainString(%q) = %v, want %v", s, got, want)
		}
	}
}

// plainSpec is what plainString must answer, rune by rune.
func plainSpec(s string) bool {
	for i, r := range s {
		_, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r < 0x20 || r == '"' || r == '\\' || r == 0x7f ||
			r == '\uFEFF' || r == '\u2028' || r == '\u2029' {
			return false
		}
	}
	return true
}

// Each byte that needs escaping, and every byte value, at each place of
// the eight bytes looked at together, after ASCII and after Cyrillic.
func TestPlainStringEveryPlace(t *testing.T) {
	for _, lead := range []string{"", "abc", "Меджлис "} {
		for at := range 17 {
			for c := range 256 {
				s := lead + strings.Repeat("x", at) + string([]byte{byte(c)}) + strings.Repeat("y", 9)
				if got, want := plainString(s), plainSpec(s); got != want {
					t.Errorf("plainString(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

func FuzzPlainString(f *testing.F) {
	f.Add("plain text of a sentence, longer than eight")
	f.Add("Меджлис «ýaşlar» — 7 000 ₼ \"q\" \x7f\uFEFF")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plainString(s), plainSpec(s); got != want {
			t.Errorf("plainString(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkPlainString is the look at a sentence before it is written
// out: English, and Russian.
func BenchmarkPlainString(b *testing.B) {
	for _, s := range []string{
		"Representatives of the Mejlis, Ombudsman, the Ministry of Justice (12) were invited to participate in the forum.",
		"Представители Меджлиса, Омбудсмена и Министерства юстиции были приглашены к участию в форуме.",
	} {
		b.Run(s[:2], func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if !plainString(s) {
					b.Fatal(s)
				}
			}
		})
	}
}

// Whatever a target holds comes back from Marshal and Parse unchanged,
// invalid UTF-8 aside (written as U+FFFD).
func FuzzMarshalRoundTrip(f *testing.F) {
	for _, s := range []string{"Меджлис «ýaşlar» — 7 000", "tab\there \"q\" \\ \r\n", "\uFEFF\u2028\u2029\x7f\x00", "bad\xff\xD0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := sampleTarget()
		c.Segments[0].Target, c.Segments[0].Note = s, s
		got, err := Parse("x.toml", c.Marshal())
		if err != nil {
			t.Fatalf("Parse(Marshal()) with %q: %v", s, err)
		}
		want := string([]rune(s)) // one U+FFFD per invalid byte
		if g := got.Segments[0]; g.Target != want || g.Note != want {
			t.Fatalf("%q came back as %q, %q", s, g.Target, g.Note)
		}
	})
}

// WriteTo writes what Marshal returns, also when it flushes on the way.
func TestWriteTo(t *testing.T) {
	c := sampleTarget()
	for i := 0; len(c.Segments) < 20_000; i++ {
		s := c.Segments[i%3]
		s.ID = strconv.Itoa(i)
		c.Segments = append(c.Segments, s)
	}
	for _, c := range []*Catalog{sampleTarget(), c} {
		var b bytes.Buffer
		n, err := c.WriteTo(&b)
		if want := c.Marshal(); err != nil || n != int64(len(want)) || !bytes.Equal(b.Bytes(), want) {
			t.Errorf("WriteTo wrote %d bytes (%v), Marshal %d; equal: %v", n, err, len(want), bytes.Equal(b.Bytes(), want))
		}
	}
}
