package catalog

import "testing"

// SameNormal answers as comparing Normalize forms does, also where its
// shortcut for ASCII against other scripts must not apply: a combining
// accent, the Kelvin sign (K once normalised), non-ASCII spaces.
func TestSameNormal(t *testing.T) {
	texts := []string{
		"", " ", "Kiev", "Kiev ", "Kiev\u00a0", "K", "\u212a", "k",
		"e", "é", "e\u0301", "cafe\u0301", "café", "Café",
		"Ankara", "Анкара", "Ankara\u2003", "a  b", "a\n\tb", "a\u2002b",
		"\xff", "?", "\ufffd",
	}
	for _, a := range texts {
		for _, b := range texts {
			want := Normalize(a) == Normalize(b)
			if got := SameNormal(a, b); got != want {
				t.Errorf("SameNormal(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// A source segment's Hash is the Hash of its source, whether IdentifySegments
// kept it, its ID gives it (a catalog read from its file), or neither does
// and it is computed.
func TestSegmentHash(t *testing.T) {
	segs := []Segment{{Source: "One."}, {Source: "Two."}, {Source: "One."}}
	IdentifySegments(segs)
	for _, s := range segs {
		want := Hash(s.Source)
		if got := s.Hash(); got != want {
			t.Errorf("identified %q: Hash() = %q, want %q", s.Source, got, want)
		}
		s.SourceHash = ""
		if got := s.Hash(); got != want {
			t.Errorf("from ID %q: Hash() = %q, want %q", s.ID, got, want)
		}
	}
	for _, id := range []string{"intro", "ABCDEF012345", "0123456789ab-", "0123456789ab-x", "0123456789a", "0123456789abc"} {
		s := Segment{ID: id, Source: "Three."}
		if got, want := s.Hash(), Hash("Three."); got != want {
			t.Errorf("ID %q: Hash() = %q, want %q (computed)", id, got, want)
		}
	}
	if got, want := (&Segment{ID: "0123456789ab-3", Source: "Three."}).Hash(), "0123456789ab"; got != want {
		t.Errorf("ID of Identify's form: Hash() = %q, want %q", got, want)
	}
}
