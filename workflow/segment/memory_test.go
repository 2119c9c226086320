package segment

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// allocated returns the bytes Split allocates for text.
func allocated(text, lang string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := Split(text, Options{Lang: lang})
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	return after.TotalAlloc - before.TotalAlloc
}

// TestMemory checks that what Split allocates grows linearly with its input
// and stays below 4 bytes per input byte, on prose in each language.
func TestMemory(t *testing.T) {
	for _, c := range []struct{ lang, path string }{
		{"en", "../../testdata/iom-seminar.en.txt"},
		{"ru", "../../testdata/segment/news.ru.txt"},
		{"tk", "../../testdata/segment/news.tk.txt"},
	} {
		b, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		small := strings.Repeat(string(b)+"\n\n", (1<<20)/len(b)+1)
		large := strings.Repeat(small, 4)
		as, al := allocated(small, c.lang), allocated(large, c.lang)
		rs, rl := float64(as)/float64(len(small)), float64(al)/float64(len(large))
		t.Logf("%s: %d bytes in → %d allocated (%.2f×); %d bytes in → %d allocated (%.2f×)", c.lang, len(small), as, rs, len(large), al, rl)
		if rs >= 4 || rl >= 4 {
			t.Errorf("%s: Split allocates %.2f× and %.2f× its input, want below 4×", c.lang, rs, rl)
		}
		if g := float64(al) / float64(as); g < 3 || g > 5 {
			t.Errorf("%s: 4× the input allocates %.2f× as much, want about 4× (linear)", c.lang, g)
		}
	}
}
