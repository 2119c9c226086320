package catalog

import (
	"strings"
	"testing"
)

func src(texts ...string) *Catalog {
	c := &Catalog{Document: "news", Locale: "en", SourceLocale: "en"}
	ids := Identify(texts)
	for i, t := range texts {
		c.Segments = append(c.Segments, Segment{ID: ids[i], Source: t, State: Final, Kind: "paragraph"})
	}
	return c
}

func translate(c *Catalog, targets map[string]string, st State) {
	for i := range c.Segments {
		if t, ok := targets[c.Segments[i].Source]; ok {
			c.Segments[i].Target = t
			c.Segments[i].State = st
		}
	}
}

func TestUpdate(t *testing.T) {
	v1 := src("The seminar was held in Ashgabat.", "Representatives of the Mejlis took part.", "The forum closed.", "Thanks.")
	ru, st := Update(nil, v1, "ru", UpdateOptions{Similarity: 0.6})
	if st.New != 4 || len(ru.Segments) != 4 || ru.Segments[0].State != Untranslated {
		t.Fatalf("first update: %+v %+v", st, ru.Segments)
	}
	translate(ru, map[string]string{
		"The seminar was held in Ashgabat.":        "Семинар прошёл в Ашхабаде.",
		"Representatives of the Mejlis took part.": "В нём приняли участие представители Меджлиса.",
		"The forum closed.":                        "Форум завершился.",
	}, Reviewed)
	ru.Segments[0].Note = "ok"

	// Edit one sentence, remove one, add one; keep the first.
	v2 := src("The seminar was held in Ashgabat.", "Representatives of the Mejlis and the Ombudsman took part.", "A new sentence appeared.", "Thanks.")
	ru2, st := Update(ru, v2, "ru", UpdateOptions{Similarity: 0.6})
	if st.Kept != 2 || st.Inherited != 1 || st.New != 1 || st.Obsoleted != 1 {
		t.Errorf("stats = %+v", st)
	}
	kept := ru2.Segments[0]
	if kept.Target != "Семинар прошёл в Ашхабаде." || kept.State != Reviewed || kept.Note != "ok" {
		t.Errorf("kept segment = %+v", kept)
	}
	edited := ru2.Segments[1]
	if edited.State != Outdated || edited.Target != "В нём приняли участие представители Меджлиса." || edited.PreviousSource != "Representatives of the Mejlis took part." {
		t.Errorf("edited segment = %+v", edited)
	}
	if edited.SourceHash != Hash("Representatives of the Mejlis took part.") {
		t.Errorf("edited segment's source_hash should stay that of the old source")
	}
	if ru2.Segments[2].State != Untranslated || ru2.Segments[2].Target != "" {
		t.Errorf("new segment = %+v", ru2.Segments[2])
	}
	if len(ru2.Obsolete) != 1 || ru2.Obsolete[0].Target != "Форум завершился." {
		t.Errorf("obsolete = %+v", ru2.Obsolete)
	}

	// Idempotent: the same source again changes nothing.
	ru3, st := Update(ru2, v2, "ru", UpdateOptions{Similarity: 0.6})
	if string(ru3.Marshal()) != string(ru2.Marshal()) {
		t.Errorf("second update changed the catalog:\n%s", ru3.Marshal())
	}
	// Every sentence, the still untranslated one included, is kept as is.
	if st != (UpdateStats{Kept: 4}) {
		t.Errorf("stats of a no-op update = %+v", st)
	}

	// The removed sentence comes back: revived from obsolete with its work.
	v4 := src("The seminar was held in Ashgabat.", "The forum closed.")
	ru4, st := Update(ru3, v4, "ru", UpdateOptions{Similarity: 0.6})
	if st.Revived != 1 || ru4.Segments[1].Target != "Форум завершился." || ru4.Segments[1].State != Reviewed {
		t.Errorf("revive: %+v %+v", st, ru4.Segments)
	}
	// The edited sentence (outdated, with a target) is now obsolete, not lost.
	found := false
	for _, o := range ru4.Obsolete {
		if strings.Contains(o.Target, "Меджлиса") {
			found = true
		}
	}
	if !found {
		t.Errorf("outdated translation was dropped: %+v", ru4.Obsolete)
	}
	ru5, st := Update(ru4, v4, "ru", UpdateOptions{Similarity: 0.6, PurgeObsolete: true})
	if len(ru5.Obsolete) != 0 || st.Purged == 0 {
		t.Errorf("purge: %+v %+v", st, ru5.Obsolete)
	}
}

// TestUpdateReuse: a catalog made in the memory of another one, and from
// a source catalog that carries its hashes, is the one made afresh.
func TestUpdateReuse(t *testing.T) {
	v1 := src("The seminar was held in Ashgabat.", "The forum closed.", "Thanks.")
	old, _ := Update(nil, v1, "ru", UpdateOptions{})
	translate(old, map[string]string{"The seminar was held in Ashgabat.": "Семинар прошёл в Ашхабаде."}, Reviewed)
	v2 := src("The seminar was held in Ashgabat.", "Thanks.", "A new sentence.")
	fresh, _ := Update(old, v2, "ru", UpdateOptions{Similarity: 0.6})
	want := string(fresh.Marshal())
	spare, _ := Update(nil, src("One.", "Two.", "Three.", "Four."), "tk", UpdateOptions{Hints: func(string) []string { return []string{"x"} }})
	IdentifySegments(v2.Segments)
	got, _ := Update(old, v2, "ru", UpdateOptions{Similarity: 0.6, Reuse: spare.Segments})
	if string(got.Marshal()) != want {
		t.Errorf("with Reuse:\n%s\nwant:\n%s", got.Marshal(), want)
	}
}

func TestUpdateBelowThreshold(t *testing.T) {
	v1 := src("Short.")
	ru, _ := Update(nil, v1, "ru", UpdateOptions{Similarity: 0.6})
	translate(ru, map[string]string{"Short.": "Коротко."}, Translated)
	v2 := src("Something entirely different and long.")
	ru2, st := Update(ru, v2, "ru", UpdateOptions{Similarity: 0.6})
	if st.Inherited != 0 || ru2.Segments[0].Target != "" || len(ru2.Obsolete) != 1 {
		t.Errorf("dissimilar sentence inherited: %+v %+v", st, ru2)
	}
}

func TestUpdateHintsAndVerbatim(t *testing.T) {
	v := src("07.08.2019", "IOM met.")
	v.Segments[0].Verbatim = true
	ru, _ := Update(nil, v, "ru", UpdateOptions{Hints: func(s string) []string {
		if strings.Contains(s, "IOM") {
			return []string{"IOM → МОМ"}
		}
		return nil
	}})
	if len(ru.Segments) != 1 || ru.Segments[0].Terms[0] != "IOM → МОМ" {
		t.Errorf("segments = %+v", ru.Segments)
	}
}

// Who changed a target, and an open conflict, travel with the target:
// kept, inherited by an edited sentence, and kept in the obsolete entry of
// a removed one.
func TestUpdateKeepsWhoAndConflicts(t *testing.T) {
	v1 := src("The seminar was held in Ashgabat.", "Representatives of the Mejlis took part.", "The forum closed.")
	ru, _ := Update(nil, v1, "ru", UpdateOptions{Similarity: 0.6})
	for i := range ru.Segments {
		s := &ru.Segments[i]
		s.Target, s.State, s.ChangedBy, s.ChangedAt = "перевод", Translated, "Aýna", "2024-05-01T09:00:00Z"
		s.Conflicts = []Conflict{{Target: "другой", State: Reviewed, From: "ru.po:3"}}
	}
	v2 := src("The seminar was held in Ashgabat.", "Representatives of the Mejlis and the Ombudsman took part.")
	out, st := Update(ru, v2, "ru", UpdateOptions{Similarity: 0.6})
	if st.Kept != 1 || st.Inherited != 1 || st.Obsoleted != 1 {
		t.Fatalf("stats %+v", st)
	}
	for _, s := range append(out.Segments, out.Obsolete...) {
		if s.ChangedBy != "Aýna" || s.ChangedAt != "2024-05-01T09:00:00Z" || len(s.Conflicts) != 1 || s.Conflicts[0].Target != "другой" {
			t.Errorf("segment %s lost its translator or conflict: %+v", s.ID, s)
		}
	}
}

// TestUpdateFillOrder: a done translation Prefill gives an edited sentence
// comes before the removed sentence's as outdated, which comes before an
// outdated one Prefill gives; Propagate fills kept untranslated segments
// that have no note, and nothing else.
func TestUpdateFillOrder(t *testing.T) {
	v1 := src("The seminar was held in Ashgabat.", "Thanks.", "Questions followed.", "The hall was full.")
	ru, _ := Update(nil, v1, "ru", UpdateOptions{})
	translate(ru, map[string]string{"The seminar was held in Ashgabat.": "Семинар прошёл в Ашхабаде."}, Reviewed)
	ru.Segments[3].Note = "ask the desk"
	v2 := src("The seminar was held in Mary.", "Thanks.", "Questions followed.", "The hall was full.")
	for _, tc := range []struct {
		name  string
		state State  // what Prefill gives
		want  string // the edited sentence's target
	}{
		{"identical and trusted", Translated, "Семинар прошёл в Мары."},
		{"fuzzy", Outdated, "Семинар прошёл в Ашхабаде."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var filled []string
			out, st := Update(ru, v2, "ru", UpdateOptions{
				Similarity: 0.6,
				Prefill: func(s *Segment) bool {
					s.Target, s.State, s.Note = "Семинар прошёл в Мары.", tc.state, "tm: …"
					if tc.state == Outdated {
						s.Target = "Семинар прошёл где-то."
					}
					return true
				},
				Propagate: func(s *Segment) bool {
					filled = append(filled, s.Source)
					s.Target, s.State = "Спасибо.", Translated
					return true
				},
			})
			if got := out.Segments[0].Target; got != tc.want {
				t.Errorf("edited sentence: %q, want %q", got, tc.want)
			}
			if tc.state == Outdated && (out.Segments[0].State != Outdated || out.Segments[0].PreviousSource != "The seminar was held in Ashgabat.") {
				t.Errorf("inherited: %+v", out.Segments[0])
			}
			// Kept and untranslated: "Thanks." and "Questions followed."; the
			// hall's segment has a note and is left alone.
			if strings.Join(filled, "|") != "Thanks.|Questions followed." || st.Propagated != 2 || out.Segments[3].Target != "" {
				t.Errorf("propagated %q (%d), hall %+v", filled, st.Propagated, out.Segments[3])
			}
		})
	}
}

// An edited sentence is scored as the translation memory scores a match
// (fuzzy.Score): this pair is 75, so it inherits at a threshold of 0.75
// and not above.
func TestUpdateScoresAsTheMemory(t *testing.T) {
	v1 := src("MHG-nyň wekilleri çykyş etdiler.")
	tk, _ := Update(nil, v1, "tk", UpdateOptions{Similarity: 0.6})
	translate(tk, map[string]string{"MHG-nyň wekilleri çykyş etdiler.": "IOM representatives spoke."}, Translated)
	v2 := src("MHG-niň wekilleri çykyş etdiler.")
	for _, tt := range []struct {
		similarity float64
		inherited  int
	}{{0.75, 1}, {0.76, 0}} {
		_, st := Update(tk, v2, "tk", UpdateOptions{Similarity: tt.similarity})
		if st.Inherited != tt.inherited {
			t.Errorf("similarity %v: inherited %d, want %d", tt.similarity, st.Inherited, tt.inherited)
		}
	}
}
