package tm

import (
	"encoding/binary"
	"errors"
	"reflect"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
)

func testUnits() ([]Origin, []Unit) {
	origins := []Origin{
		{Path: "locales/ru/a.toml", Kind: "catalog", Size: 10, ModTime: 20, Hash: [32]byte{1}},
		{Path: "locales/tk/a.toml", Kind: "catalog", Size: 11, ModTime: 21},
		{Path: ".terjime/tm/imports/old.tmx", Kind: "tmx", Size: 12, ModTime: 22},
	}
	s1 := "The seminar took place in Ashgabat."
	s2 := "Representatives of the Mejlis and the Ombudsman took part in it."
	s3 := "The participants discussed international cooperation."
	ctx := func(s string) uint64 { return ContextHash(s) }
	units := []Unit{
		{SourceLocale: "en", TargetLocale: "ru", Source: s1, Target: "Семинар прошёл в Ашхабаде.", Document: "a", ID: "id1", State: catalog.Reviewed, Prev: ctx(""), Next: ctx(s2), Origin: 0},
		{SourceLocale: "en", TargetLocale: "ru", Source: s2, Target: "В нём приняли участие представители Меджлиса и Омбудсмена.", Document: "a", ID: "id2", State: catalog.Translated, Prev: ctx(s1), Next: ctx(s3), Origin: 0},
		{SourceLocale: "en", TargetLocale: "ru", Source: s3, Target: "Участники обсудили международное сотрудничество.", Document: "a", ID: "id3", State: catalog.Final, Prev: ctx(s2), Next: ctx(""), Origin: 0},
		{SourceLocale: "en", TargetLocale: "tk", Source: s1, Target: "Seminar Aşgabatda geçirildi.", Document: "a", ID: "id1", State: catalog.Final, Prev: ctx(""), Next: ctx(s2), Origin: 1},
		{SourceLocale: "en", TargetLocale: "ru", Source: "The  seminar took place in Ashgabat.", Target: "Семинар состоялся в Ашхабаде.", Document: "old", ID: "7", State: catalog.Translated, Origin: 2},
		{SourceLocale: "en", TargetLocale: "ru", Source: s1, Target: "Семинар прошёл в Ашхабаде.", Document: "b", ID: "id1", State: catalog.Translated, Origin: 2},
	}
	return origins, units
}

func TestBuildOpenRoundTrip(t *testing.T) {
	origins, units := testUnits()
	data, err := Build(origins, units)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Build(origins, units)
	if string(again) != string(data) {
		t.Error("Build is not deterministic")
	}
	x, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(x.Origins(), origins) {
		t.Errorf("origins %+v, want %+v", x.Origins(), origins)
	}
	if x.Len() != len(units) || x.Sources() != 3 {
		t.Errorf("%d units, %d sources; want %d, 3", x.Len(), x.Sources(), len(units))
	}
	for i, want := range units {
		want.Source = catalog.Normalize(want.Source)
		if got := x.Unit(i); got != want {
			t.Errorf("unit %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	origins, units := testUnits()
	data, _ := Build(origins, units)
	x, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		score  int
		target string
	}
	s1, s2 := units[0].Source, units[1].Source
	for _, tc := range []struct {
		name string
		q    Query
		want []hit
	}{
		{"exact, best state first, repeats left out", Query{Text: s1, SourceLocale: "en", TargetLocale: "ru"},
			[]hit{{100, "Семинар прошёл в Ашхабаде."}, {100, "Семинар состоялся в Ашхабаде."}}},
		{"context match", Query{Text: s1, SourceLocale: "en", TargetLocale: "ru", Prev: ContextHash(""), Next: ContextHash(s2)},
			[]hit{{101, "Семинар прошёл в Ашхабаде."}, {100, "Семинар состоялся в Ашхабаде."}}},
		{"other neighbours: exact only", Query{Text: s1, SourceLocale: "en", TargetLocale: "tk", Prev: ContextHash("Something else."), Next: ContextHash(s2)},
			[]hit{{100, "Seminar Aşgabatda geçirildi."}}},
		{"fuzzy", Query{Text: "The seminar took place in Mary.", SourceLocale: "en", TargetLocale: "tk", Min: 75},
			[]hit{{83, "Seminar Aşgabatda geçirildi."}}},
		{"under the minimum", Query{Text: "The seminar took place in Mary.", TargetLocale: "tk", Min: 90}, nil},
		{"any locale, limit", Query{Text: "the seminar took place in Ashgabat", Limit: 2},
			[]hit{{98, "Seminar Aşgabatda geçirildi."}, {98, "Семинар прошёл в Ашхабаде."}}},
		{"two words changed in twelve", Query{Text: "Representatives of the Mejlis and the Ombudsman took part in the seminar.", TargetLocale: "ru", Min: 75},
			[]hit{{83, "В нём приняли участие представители Меджлиса и Омбудсмена."}}},
		{"unknown locale", Query{Text: s1, TargetLocale: "de"}, nil},
		{"skipped origins", Query{Text: s1, TargetLocale: "ru", SkipOrigins: []bool{true, false, false}},
			[]hit{{100, "Семинар состоялся в Ашхабаде."}, {100, "Семинар прошёл в Ашхабаде."}}},
		{"every origin skipped", Query{Text: s1, SkipOrigins: []bool{true, true, true}}, nil},
		{"no words", Query{Text: "— …"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []hit
			for _, m := range x.Lookup(tc.q) {
				got = append(got, hit{m.Score, m.Target})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestOpenRefusesDamage(t *testing.T) {
	origins, units := testUnits()
	good, _ := Build(origins, units)
	mod := func(f func(b []byte) []byte) []byte {
		return f(append([]byte(nil), good...))
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not an index", []byte("[[segment]]\nid = \"x\"\n")},
		{"truncated header", good[:20]},
		{"truncated body", good[:len(good)-7]},
		{"extended", append(append([]byte(nil), good...), 0)},
		{"other version", mod(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], Version+1); return b })},
		{"flipped bit in a target", mod(func(b []byte) []byte { b[headerSize+40] ^= 0x20; return b })},
		{"flipped bit in a posting", mod(func(b []byte) []byte { b[len(b)-2] ^= 1; return b })},
		{"wrong checksum", mod(func(b []byte) []byte { b[crcOffset]++; return b })},
		{"bad reference, good checksum", mod(func(b []byte) []byte {
			// the last posting points past the sources; the checksum is recomputed
			binary.LittleEndian.PutUint32(b[len(b)-4:], 1<<30)
			binary.LittleEndian.PutUint32(b[crcOffset:], checksum(b))
			return b
		})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := Open(tc.data)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Open = %v, %v; want an error wrapping ErrInvalid", x, err)
			}
			t.Log(err)
		})
	}
}
