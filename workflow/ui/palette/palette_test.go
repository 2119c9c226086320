package palette

import "testing"

func TestPalette(t *testing.T) {
	on := New(true)
	for _, tt := range []struct {
		name, got, want string
	}{
		{"error", on.Error("error"), "\x1b[31merror\x1b[0m"},
		{"warning", on.Warning("warning"), "\x1b[33mwarning\x1b[0m"},
		{"done", on.Done("███"), "\x1b[32m███\x1b[0m"},
		{"todo", on.Todo("█░░"), "\x1b[33m█░░\x1b[0m"},
		{"heading", on.Heading("a.toml"), "\x1b[1ma.toml\x1b[0m"},
		{"detail", on.Detail("[numbers]"), "\x1b[2m[numbers]\x1b[0m"},
		{"removed", on.Removed("Mary"), "\x1b[9;31mMary\x1b[0m"},
		{"added", on.Added("Ashgabat"), "\x1b[4;32mAshgabat\x1b[0m"},
		{"empty stays empty", on.Error(""), ""},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	var off Palette
	for _, f := range []func(string) string{off.Error, off.Warning, off.Done, off.Todo, off.Heading, off.Detail, off.Removed, off.Added} {
		if got := f("text"); got != "text" {
			t.Errorf("an off palette painted: %q", got)
		}
	}
	if off.On() || !on.On() {
		t.Errorf("On: off %v, on %v", off.On(), on.On())
	}
}
