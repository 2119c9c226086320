package tm

import "testing"

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
