package tm

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/terjime/terjime/workflow/catalog"
)

// Score normalises the texts first (white space, NFC) and scores them as
// fuzzy.Score does; the scoring itself is tested there.
func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name, q, c string
		want       int
	}{
		{"identical", "The seminar took place in Ashgabat.", "The seminar took place in Ashgabat.", 100},
		{"white space only", "The seminar  took place\nin Ashgabat.", "The seminar took place in Ashgabat.", 100},
		{"cyrillic NFD", "Семинар проше\u0308л в Ашхабаде.", "Семинар прошёл в Ашхабаде.", 100},
		{"one word of six changed", "The seminar took  place in Mary.", "The seminar took place in Ashgabat.", 83},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Score(tc.q, tc.c); got != tc.want {
				t.Errorf("Score(%q, %q) = %d, want %d", tc.q, tc.c, got, tc.want)
			}
		})
	}
}

// A source update scores an edited sentence against the removed one as the
// memory scores a match: it inherits the old translation at a similarity
// of exactly Score/100 and not a point above.
func TestScoreIsUpdates(t *testing.T) {
	source := func(text string) *catalog.Catalog {
		id := catalog.Identify([]string{text})[0]
		return &catalog.Catalog{Document: "news", Locale: "en", SourceLocale: "en",
			Segments: []catalog.Segment{{ID: id, Source: text, State: catalog.Final, Kind: "paragraph"}}}
	}
	for _, pair := range [][2]string{
		{"MHG-nyň wekilleri çykyş etdiler.", "MHG-niň wekilleri çykyş etdiler."},
		{"The seminar took place in Ashgabat.", "The seminar  took place\nin Mary."},
		{"Семинар прошёл в Ашхабаде.", "Семинар проше\u0308л в Мары в среду."},
		{"Representatives of the Mejlis took part.", "Representatives of the Mejlis and the Ombudsman took part."},
	} {
		score := Score(pair[1], pair[0])
		if score <= 0 || score >= 100 {
			t.Fatalf("%q, %q: score %d, want a fuzzy match", pair[0], pair[1], score)
		}
		for _, tc := range []struct{ similarity, inherited int }{{score, 1}, {score + 1, 0}} {
			old, _ := catalog.Update(nil, source(pair[0]), "ru", catalog.UpdateOptions{})
			old.Segments[0].Target, old.Segments[0].State = "Перевод.", catalog.Translated
			_, st := catalog.Update(old, source(pair[1]), "ru", catalog.UpdateOptions{Similarity: float64(tc.similarity) / 100})
			if st.Inherited != tc.inherited {
				t.Errorf("%q → %q, memory score %d: at similarity %d%% the update inherited %d, want %d",
					pair[0], pair[1], score, tc.similarity, st.Inherited, tc.inherited)
			}
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
