package catalog

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func sampleTarget() *Catalog {
	return &Catalog{
		Document: "news", Locale: "ru", SourceLocale: "en",
		Segments: []Segment{
			{ID: "a1", Source: "The \"Mejlis\" met.\nAgain", Target: "Меджлис собрался.", State: Reviewed, SourceHash: "h1", Note: "checked", Terms: []string{"Mejlis → Меджлис"},
				ChangedBy: "Aýna Orazowa", ChangedAt: "2024-05-01T09:30:00Z",
				Conflicts: []Conflict{{Target: "Меджлис снова собрался.", State: Translated, Note: "checked\nagain", ChangedBy: "Merdan", ChangedAt: "2024-05-02T10:00:00Z", From: "ru.xlf:12"}}},
			{ID: "b2", Source: "Tab\there \\ ok\u2028", Target: "", State: Untranslated, SourceHash: "h2"},
			{ID: "c3", Source: "New text.", Target: "Старый текст.", State: Outdated, SourceHash: "h0", PreviousSource: "Old text."},
		},
		Obsolete: []Segment{{ID: "d4", Source: "Gone.", Target: "Ушло.", State: Translated, SourceHash: "h4",
			Conflicts: []Conflict{{Target: "Ушла.", State: Reviewed, From: "git"}, {Target: "Ушли.", State: Outdated, From: "x.po:3"}}}},
	}
}

func TestMarshalParseRoundTrip(t *testing.T) {
	for _, c := range []*Catalog{sampleTarget(), {
		Document: "news", Locale: "en", SourceLocale: "en", SourceFile: "news.txt", BOM: true, Lead: "\r\n",
		Segments: []Segment{
			{ID: "x", Source: "07.08.2019", Kind: "date", Verbatim: true, Sep: " | ", State: Final},
			{ID: "y", Source: "Title", Kind: "title", Block: 0, Sep: "\r\n\r\n", State: Final},
			{ID: "z", Source: "Body.", Kind: "paragraph", Block: 1, Sep: "", State: Final},
		},
	}} {
		data := c.Marshal()
		got, err := Parse("x.toml", data)
		if err != nil {
			t.Fatalf("Parse(Marshal()) = %v\n%s", err, data)
		}
		for i := range got.Segments {
			got.Segments[i].Line = 0
		}
		for i := range got.Obsolete {
			got.Obsolete[i].Line = 0
		}
		got.Path = ""
		if !reflect.DeepEqual(got, c) {
			t.Errorf("round trip changed the catalog:\n got %+v\nwant %+v", got, c)
		}
		if again := got.Marshal(); string(again) != string(data) {
			t.Errorf("second Marshal differs:\n%s\n---\n%s", again, data)
		}
	}
}

func TestSkeleton(t *testing.T) {
	c := &Catalog{Locale: "en", SourceLocale: "en", BOM: true, Lead: "\n", Segments: []Segment{
		{Source: "A.", Sep: " "}, {Source: "B.", Sep: "\r\n"},
	}}
	if got, want := c.Skeleton(), "\uFEFF\nA. B.\r\n"; got != want {
		t.Errorf("Skeleton() = %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	head := "document = \"news\"\nlocale = \"ru\"\nsource_locale = \"en\"\n"
	seg := func(id, state string) string {
		return "\n[[segment]]\nid = \"" + id + "\"\nsource = \"S\"\ntarget = \"\"\nstate = \"" + state + "\"\n"
	}
	tests := []struct {
		name, data, want string
	}{
		{"malformed", head + "\n[[segment]\nid = 1\n", "x.toml:5"},
		{"unterminated string", head + "note = \"abc\n", "x.toml:4"},
		{"unknown state", head + seg("a", "translated") + seg("b", "done"), `x.toml:15: segment "b": unknown state "done"`},
		{"duplicate id", head + seg("a", "translated") + seg("a", "final"), `x.toml:11: duplicate segment id "a" (first at line 5)`},
		{"unknown key", head + seg("a", "final") + "tagret = \"x\"\n", "x.toml:10:1: unknown key segment.tagret"},
		{"missing locale", "document = \"news\"\nsource_locale = \"en\"\n", "locale is missing"},
		{"bad locale", "document = \"news\"\nlocale = \"tm\"\nsource_locale = \"en\"\n", `x.toml:2: locale: unknown locale "tm": TM is the country code of Turkmenistan; its language is "tk"`},
		{"no id", head + "\n[[segment]]\nsource = \"S\"\nstate = \"final\"\n", "x.toml:5: segment has no id"},
		{"invalid utf8", head + "note = \"\xff\"\n", "x.toml:4: invalid UTF-8 at byte offset"},
		{"conflict without state", head + seg("a", "final") + "\n[[segment.conflict]]\ntarget = \"x\"\n", `x.toml:11: segment "a": the conflict has no state`},
		{"conflict state", head + seg("a", "final") + "\n[[segment.conflict]]\ntarget = \"x\"\nstate = \"done\"\n", `x.toml:13: segment "a": conflict: unknown state "done"`},
		{"conflict key", head + seg("a", "final") + "\n[[segment.conflict]]\ntagret = \"x\"\n", "x.toml:12:1: unknown key segment.conflict.tagret"},
		// A key's line comes from the TOML parser, not from a search of the
		// text, which would stop at the "state" inside the note.
		{"key named inside a string", head + "\n[[segment]]\nid = \"a\"\nsource = \"S\"\nnote = \"\"\"\nstate = \"final\"\n\"\"\"\nstate = \"done\"\n", `x.toml:11: segment "a": unknown state "done"`},
		{"header inside a string", head + "lead = \"\"\"\n[[segment]]\n\"\"\"\n" + seg("a", "final") + seg("b", "done"), `x.toml:18: segment "b": unknown state "done"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.toml", []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestReadFileChecksPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tk", "news.toml")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, sampleTarget().Marshal(), 0o644)
	_, err := ReadFile(path)
	if err == nil || !strings.Contains(err.Error(), `news.toml:6: locale is "ru" but the file is in the folder of "tk"`) {
		t.Fatalf("err = %v", err)
	}
	other := filepath.Join(dir, "ru", "other.toml")
	os.MkdirAll(filepath.Dir(other), 0o755)
	os.WriteFile(other, sampleTarget().Marshal(), 0o644)
	if _, err := ReadFile(other); err == nil || !strings.Contains(err.Error(), `document is "news" but the file is named for "other"`) {
		t.Fatalf("err = %v", err)
	}
}

func TestIdentify(t *testing.T) {
	ids := Identify([]string{"Hello  world.", "Other.", "Hello world.", "Hello\nworld."})
	if ids[0] != Hash("Hello world.") || ids[2] != ids[0]+"-2" || ids[3] != ids[0]+"-3" || ids[1] == ids[0] {
		t.Errorf("Identify = %v", ids)
	}
	// NFC: a decomposed ä and a composed one are the same sentence.
	if Hash("a\u0308") != Hash("ä") {
		t.Error("Hash is not NFC-normalised")
	}
	// IdentifySegments gives the same IDs, and each source's hash.
	texts := []string{"Hello  world.", "Other.", "Hello world.", "Hello\nworld."}
	segs := make([]Segment, len(texts))
	for i, s := range texts {
		segs[i].Source = s
	}
	IdentifySegments(segs)
	for i, s := range segs {
		if s.ID != ids[i] || s.SourceHash != Hash(texts[i]) {
			t.Errorf("IdentifySegments: segment %d = %q, %q; want %q, %q", i, s.ID, s.SourceHash, ids[i], Hash(texts[i]))
		}
	}
}
