package tm

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name, q, c string
		want       int
	}{
		{"identical", "The seminar took place in Ashgabat.", "The seminar took place in Ashgabat.", 100},
		{"white space only", "The seminar  took place\nin Ashgabat.", "The seminar took place in Ashgabat.", 100},
		{"case only", "The Seminar took place in Ashgabat.", "The seminar took place in Ashgabat.", 99},
		{"punctuation only", "The seminar took place in Ashgabat!", "The seminar took place in Ashgabat.", 99},
		{"case and punctuation", "the seminar took place in Ashgabat", "The seminar took place in Ashgabat.", 98},
		{"spacing around a mark", "The seminar took place in Ashgabat .", "The seminar took place in Ashgabat.", 99},
		{"one word of six changed", "The seminar took place in Mary.", "The seminar took place in Ashgabat.", 83},
		{"one word of ten changed", "The seminar on migration took place in the capital last week.", "The seminar on migration took place in the capital last month.", 90},
		{"one word added", "The seminar took place in Ashgabat yesterday.", "The seminar took place in Ashgabat.", 85},
		{"reordered", "In Ashgabat the seminar took place.", "The seminar took place in Ashgabat.", 33},
		{"unrelated", "Prices rose sharply.", "The seminar took place in Ashgabat.", 0},
		{"number changed", "The meeting lasted 3 days.", "The meeting lasted 4 days.", 80},
		{"cyrillic identical", "Семинар прошёл в Ашхабаде.", "Семинар прошёл в Ашхабаде.", 100},
		{"cyrillic case", "семинар прошёл в Ашхабаде.", "Семинар прошёл в Ашхабаде.", 99},
		{"cyrillic one word", "Семинар прошёл в Мары.", "Семинар прошёл в Ашхабаде.", 75},
		{"cyrillic inflection counts as a change", "Представители Меджлиса приняли участие в семинаре.", "Представители Меджлису приняли участие в семинаре.", 83},
		{"cyrillic NFD", "Семинар проше\u0308л в Ашхабаде.", "Семинар прошёл в Ашхабаде.", 100},
		{"turkmen identical", "Maslahat Aşgabatda geçirildi.", "Maslahat Aşgabatda geçirildi.", 100},
		{"turkmen suffix after hyphen", "MHG-nyň wekilleri çykyş etdiler.", "MHG-niň wekilleri çykyş etdiler.", 75},
		{"turkmen case", "MASLAHAT Aşgabatda geçirildi.", "Maslahat Aşgabatda geçirildi.", 99},
		{"turkmen one of eight", "Türkmenistanda halkara hyzmatdaşlygy boýunça maslahat şu gün geçirildi.", "Türkmenistanda halkara hyzmatdaşlygy boýunça maslahat düýn geçirildi.", 75},
		{"apostrophes", "It’s the Women’s Union.", "It's the Women's Union.", 99},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Score(tc.q, tc.c); got != tc.want {
				t.Errorf("Score(%q, %q) = %d, want %d", tc.q, tc.c, got, tc.want)
			}
			if got := Score(tc.c, tc.q); got != tc.want {
				t.Errorf("Score is not symmetric: %d the other way", got)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	norm, toks := Tokenize("MHG-nyň 3.5 don't «Ýaşlar»  — end-")
	var got []string
	for _, k := range toks {
		got = append(got, norm[k.Start:k.End])
	}
	want := []string{"MHG-nyň", "3.5", "don't", "«", "Ýaşlar", "»", "—", "end", "-"}
	if len(got) != len(want) {
		t.Fatalf("tokens %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("tokens %q, want %q", got, want)
		}
	}
}

func TestDiff(t *testing.T) {
	for _, tc := range []struct{ q, src, want string }{
		{"The seminar took place in Mary.", "The seminar took place in Ashgabat.", "The seminar took place in [-Ashgabat-] {+Mary+}."},
		{"The seminar took place in Ashgabat yesterday.", "The seminar took place in Ashgabat.", "The seminar took place in Ashgabat {+yesterday+}."},
		{"Today the seminar took place.", "The seminar took place.", "[-The-] {+Today the+} seminar took place."},
		{"The seminar took place!", "The seminar took place.", "The seminar took place[-.-]{+!+}"},
		{"Семинар прошёл в Мары.", "Семинар прошёл в Ашхабаде.", "Семинар прошёл в [-Ашхабаде-] {+Мары+}."},
		{"same text", "same text", "same text"},
	} {
		got := render(Diff(tc.q, tc.src))
		if got != tc.want {
			t.Errorf("Diff(%q, %q)\n got %s\nwant %s", tc.q, tc.src, got, tc.want)
		}
	}
}

func render(spans []Span) string {
	s := ""
	for _, sp := range spans {
		switch sp.Op {
		case Removed:
			s += "[-" + sp.Text + "-]"
		case Added:
			s += "{+" + sp.Text + "+}"
		default:
			s += sp.Text
		}
	}
	return s
}

// The attack of a huge query: a full table of common subsequences took
// 4.4 GB for 200 KB and ran out of memory at 1 MB. The comparison now
// takes memory in proportion to the texts (ten times the text, ten times
// the memory, where the table took a hundred), and still finds each
// change.
func TestDiffHugeTextsInLinearSpace(t *testing.T) {
	texts := func(n int) (q, src string) {
		var qb, sb strings.Builder
		for i := range n {
			fmt.Fprintf(&sb, "Sentence %d reports on the seminar in Ashgabat. ", i)
			if i == n/2 {
				fmt.Fprintf(&qb, "Sentence %d reports on the seminar in Mary. ", i)
			} else {
				fmt.Fprintf(&qb, "Sentence %d reports on the seminar in Ashgabat. ", i)
			}
		}
		return qb.String(), sb.String()
	}
	allocs := map[int]uint64{}
	for _, n := range []int{2_000, 20_000} { // 50 KB and 500 KB each
		q, src := texts(n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		spans := Diff(q, src)
		runtime.ReadMemStats(&after)
		allocs[n] = after.TotalAlloc - before.TotalAlloc
		var removed, added []string
		for _, s := range spans {
			switch s.Op {
			case Removed:
				removed = append(removed, s.Text)
			case Added:
				added = append(added, s.Text)
			}
		}
		if !slices.Equal(removed, []string{"Ashgabat"}) || !slices.Equal(added, []string{"Mary"}) {
			t.Errorf("%d sentences: removed %q, added %q; want Ashgabat replaced by Mary", n, removed, added)
		}
	}
	if r := float64(allocs[20_000]) / float64(allocs[2_000]); r > 20 {
		t.Errorf("a text ten times longer takes %.0f times the memory (%d MB for 500 KB texts)", r, allocs[20_000]>>20)
	}
}

// Two long texts with little in common would take long to compare word by
// word: past the time bound, the comparison settles for a coarse script
// that is still correct: without its additions it is the memory's source,
// without its removals the query.
func TestDiffTimeBound(t *testing.T) {
	defer func(d time.Duration) { alignTimeout = d }(alignTimeout)
	alignTimeout = 20 * time.Millisecond
	var q, src strings.Builder
	for i := range 20_000 {
		fmt.Fprintf(&q, "w%d ", i)
		fmt.Fprintf(&src, "v%d, ", i)
	}
	start := time.Now()
	spans := Diff(q.String(), src.String())
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	var gotSrc, gotQ strings.Builder
	for _, s := range spans {
		if s.Op != Added {
			gotSrc.WriteString(s.Text)
		}
		if s.Op != Removed {
			gotQ.WriteString(s.Text)
		}
	}
	if squeeze(gotSrc.String()) != squeeze(src.String()) {
		t.Error("the spans without additions are not the memory's source")
	}
	if squeeze(gotQ.String()) != squeeze(q.String()) {
		t.Error("the spans without removals are not the query")
	}
}

// squeeze drops the white space of s.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }
