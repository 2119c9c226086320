package merge

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
)

func twoCatalog(segs ...catalog.Segment) *catalog.Catalog {
	return &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: segs}
}

func seg(id, target string, st catalog.State) catalog.Segment {
	return catalog.Segment{ID: id, Source: "Source " + id + ".", Target: target, State: st, SourceHash: id}
}

// The rows of a git merge of two translators' catalogs.
func TestCatalogs(t *testing.T) {
	base := twoCatalog(seg("a", "А.", catalog.Translated), seg("b", "", catalog.Untranslated), seg("c", "В.", catalog.Reviewed), seg("d", "Г.", catalog.Translated))
	ours := twoCatalog(seg("a", "А.", catalog.Translated), seg("b", "Б (мы).", catalog.Translated), seg("c", "В (мы).", catalog.Translated), seg("d", "Г.", catalog.Reviewed))
	theirs := twoCatalog(seg("a", "А (они).", catalog.Translated), seg("b", "", catalog.Untranslated), seg("c", "В (они).", catalog.Reviewed), seg("d", "Г.", catalog.Final),
		seg("e", "Д.", catalog.Translated))
	theirs.Segments[0].Note = "их примечание"
	got, n := Catalogs(base, ours, theirs, "git merge of merdan")
	if n != 1 {
		t.Errorf("%d conflicts, want 1", n)
	}
	want := []struct {
		id, target string
		state      catalog.State
		note       string
		conflict   string
	}{
		{"a", "А (они).", catalog.Translated, "их примечание", ""}, // theirs only
		{"b", "Б (мы).", catalog.Translated, "", ""},               // ours only
		{"c", "В (мы).", catalog.Translated, "", "В (они)."},       // both, differently
		{"d", "Г.", catalog.Final, "", ""},                         // both raised the state: the higher
		{"e", "Д.", catalog.Translated, "", ""},                    // added by theirs
	}
	if len(got.Segments) != len(want) {
		t.Fatalf("segments %+v", got.Segments)
	}
	for i, w := range want {
		s := got.Segments[i]
		if s.ID != w.id || s.Target != w.target || s.State != w.state || s.Note != w.note {
			t.Errorf("segment %d: %s %q %s note %q; want %+v", i, s.ID, s.Target, s.State, s.Note, w)
		}
		if w.conflict == "" && len(s.Conflicts) > 0 || w.conflict != "" && (len(s.Conflicts) != 1 || s.Conflicts[0].Target != w.conflict || s.Conflicts[0].From != "git merge of merdan") {
			t.Errorf("segment %s: conflicts %+v, want %q", s.ID, s.Conflicts, w.conflict)
		}
	}
}

// A segment one side made obsolete and the other translated stays, with
// the translation, where the side that moved it put it; one a side purged
// and the other left alone goes.
func TestCatalogsObsolete(t *testing.T) {
	base := twoCatalog(seg("a", "", catalog.Untranslated), seg("b", "Б.", catalog.Translated))
	ours := twoCatalog(seg("b", "Б.", catalog.Translated))
	ours.Obsolete = []catalog.Segment{seg("a", "", catalog.Untranslated)}
	theirs := twoCatalog(seg("a", "А.", catalog.Translated))
	got, n := Catalogs(base, ours, theirs, "x")
	if n != 0 || len(got.Segments) != 0 || len(got.Obsolete) != 1 || got.Obsolete[0].Target != "А." {
		t.Errorf("%d conflicts, segments %+v, obsolete %+v", n, got.Segments, got.Obsolete)
	}
}

// FuzzCatalogs: whatever two sides do to a catalog — change targets,
// states and notes, add, remove, move to the obsolete entries, reorder,
// settle conflicts — their merge loses no target either side wrote: each
// changed target is the segment's target or one of its open conflicts.
// The result is a valid catalog in terjime's layout, without duplicate
// IDs, and the same for the same input.
func FuzzCatalogs(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3}, []byte{1, 2, 3, 4})
	f.Add([]byte{5, 0, 6, 1, 7, 2}, []byte{5, 0, 3, 1, 4, 2})
	f.Add([]byte{2, 0, 2, 0}, []byte{2, 0, 8, 0, 9, 1})
	f.Fuzz(func(t *testing.T, a, b []byte) {
		base := fuzzBase()
		ours, theirs := edits(base, a, "мы"), edits(base, b, "они")
		got, _ := Catalogs(base, ours, theirs, "fuzz")
		again, _ := Catalogs(base, ours, theirs, "fuzz")
		if !reflect.DeepEqual(got, again) {
			t.Fatal("two merges of the same input differ")
		}
		data := got.Marshal()
		back, err := catalog.Parse("merged.toml", data)
		if err != nil {
			t.Fatalf("the merge is not a valid catalog: %v\n%s", err, data)
		}
		if string(back.Marshal()) != string(data) {
			t.Fatal("the merge does not read back the same")
		}
		ids := map[string]bool{}
		texts := map[string][]string{}
		for _, s := range append(slices.Clone(got.Segments), got.Obsolete...) {
			if ids[s.ID] {
				t.Fatalf("segment %s twice", s.ID)
			}
			ids[s.ID] = true
			texts[s.ID] = append(texts[s.ID], s.Target)
			for _, k := range s.Conflicts {
				texts[s.ID] = append(texts[s.ID], k.Target)
			}
		}
		was := targets(base)
		for _, side := range []*catalog.Catalog{ours, theirs} {
			for id, target := range targets(side) {
				if old, ok := was[id]; ok && old == target || target == "" {
					continue // unchanged, or no text to lose
				}
				if !slices.Contains(texts[id], target) {
					t.Fatalf("segment %s: the target %q was lost (the merge has %q)\nbase %+v\nours %+v\ntheirs %+v",
						id, target, texts[id], base, ours, theirs)
				}
			}
		}
	})
}

func targets(c *catalog.Catalog) map[string]string {
	m := map[string]string{}
	for _, s := range append(slices.Clone(c.Segments), c.Obsolete...) {
		m[s.ID] = s.Target
	}
	return m
}

func fuzzBase() *catalog.Catalog {
	c := twoCatalog()
	for i := range 6 {
		st := catalog.State(i % 5)
		target := ""
		if st != catalog.Untranslated {
			target = fmt.Sprintf("Перевод %d.", i)
		}
		c.Segments = append(c.Segments, seg(fmt.Sprintf("s%d", i), target, st))
	}
	c.Segments[2].Conflicts = []catalog.Conflict{{Target: "Старый конфликт.", State: catalog.Translated, From: "ru.po:3"}}
	c.Obsolete = []catalog.Segment{seg("o1", "Устарело.", catalog.Translated)}
	return c
}

// edits applies the operations ops (pairs of bytes: what, on which
// segment) to a copy of base, as a translator or terjime segment would.
func edits(base *catalog.Catalog, ops []byte, who string) *catalog.Catalog {
	c := &catalog.Catalog{Document: base.Document, Locale: base.Locale, SourceLocale: base.SourceLocale}
	for _, s := range base.Segments {
		s.Conflicts = slices.Clone(s.Conflicts)
		c.Segments = append(c.Segments, s)
	}
	c.Obsolete = slices.Clone(base.Obsolete)
	for i := 0; i+1 < len(ops); i += 2 {
		op, n := ops[i]%10, int(ops[i+1])
		if len(c.Segments) == 0 && op != 5 && op != 9 {
			continue
		}
		k := 0
		var s *catalog.Segment
		if len(c.Segments) > 0 {
			k = n % len(c.Segments)
			s = &c.Segments[k]
		}
		switch op {
		case 0:
			s.Target = fmt.Sprintf("%s %d-%d.", who, i, n)
		case 1:
			s.State = catalog.State(n % 5)
		case 2:
			s.Note = fmt.Sprintf("примечание %s %d", who, n)
		case 3: // terjime segment --purge-obsolete, or a sentence removed
			c.Segments = slices.Delete(c.Segments, k, k+1)
		case 4: // a removed sentence, kept as obsolete
			c.Obsolete = append(c.Obsolete, *s)
			c.Segments = slices.Delete(c.Segments, k, k+1)
		case 5:
			// A new sentence (an ID is in one list at most, as segment
			// keeps it).
			id := fmt.Sprintf("n%d", n%4)
			has := func(x catalog.Segment) bool { return x.ID == id }
			if !slices.ContainsFunc(c.Segments, has) && !slices.ContainsFunc(c.Obsolete, has) {
				c.Segments = append(c.Segments, seg(id, fmt.Sprintf("Новое %s %d.", who, n), catalog.Translated))
			}
		case 6:
			if len(c.Segments) == 0 {
				continue
			}
			j := (k + 1) % len(c.Segments)
			c.Segments[k], c.Segments[j] = c.Segments[j], c.Segments[k]
		case 7:
			s.Conflicts = nil // settled
		case 8:
			s.Target, s.State = fmt.Sprintf("%s %d.", who, n%3), catalog.Reviewed // often the same on both sides
		case 9:
			if len(c.Obsolete) > 0 { // revived
				o := c.Obsolete[0]
				c.Obsolete = c.Obsolete[1:]
				if !slices.ContainsFunc(c.Segments, func(x catalog.Segment) bool { return x.ID == o.ID }) {
					c.Segments = append(c.Segments, o)
				}
			}
		}
	}
	return c
}
