package typo

import "testing"

func TestClosest(t *testing.T) {
	names := []string{"locale", "lang", "document", "json", "fail-under", "help"}
	for in, want := range map[string]string{
		"locle": "locale", "lcoale": "locale", "loc": "locale", "jsno": "json", "docment": "document",
		"fail": "fail-under", "failunder": "fail-under", "x": "", "quiet": "", "output": "",
	} {
		if got := Closest(in, names); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
	keys := []string{"id", "source", "target", "state", "source_hash", "note"}
	for in, want := range map[string]string{
		"targte": "target", "traget": "target", "sate": "state", "sourcehash": "source_hash", "comment": "",
		"ix": "id", "x": "", "ab": "",
	} {
		if got := Closest(in, keys); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
}
