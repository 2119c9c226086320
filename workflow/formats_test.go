package workflow

import "testing"

// Every registered format has what export, merge and --help need of it.
func TestFormatsRegistered(t *testing.T) {
	seen := map[string]bool{}
	readers := 0
	for _, f := range Formats {
		if f.Name == "" || f.Title == "" || f.Help == "" {
			t.Errorf("%q: a format needs a name, a title and a help line", f.Name)
		}
		if seen[f.Name] {
			t.Errorf("%s is registered twice", f.Name)
		}
		seen[f.Name] = true
		if (f.Write == nil) == (f.WriteFiles == nil) {
			t.Errorf("%s: a format writes one file or several, not both or neither", f.Name)
		}
		told := f.Root != "" || f.Sniff != nil || len(f.Extensions) > 0
		if told != (f.Read != nil) {
			t.Errorf("%s: a format that merge reads is told by its root, its first line or its name, and only such a format", f.Name)
		}
		if f.Read != nil {
			readers++
		}
	}
	if readers == 0 {
		t.Error("merge reads no format")
	}
}
