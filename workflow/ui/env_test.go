package ui

import "testing"

func TestColorAllowed(t *testing.T) {
	for _, tt := range []struct {
		name    string
		noColor bool
		env     map[string]string
		want    bool
	}{
		{"a plain terminal", false, nil, true},
		{"--no-color", true, nil, false},
		{"NO_COLOR=1", false, map[string]string{"NO_COLOR": "1"}, false},
		{"NO_COLOR set but empty", false, map[string]string{"NO_COLOR": ""}, true},
		{"TERM=dumb", false, map[string]string{"TERM": "dumb"}, false},
		{"TERM=xterm-256color", false, map[string]string{"TERM": "xterm-256color"}, true},
	} {
		getenv := func(k string) string { return tt.env[k] }
		if got := colorAllowed(tt.noColor, getenv); got != tt.want {
			t.Errorf("%s: colorAllowed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPaletteOnlyOnATerminal: allowed colour is not enough, Out must be a
// terminal too; a pipe gets plain text whatever the environment says.
func TestPaletteOnlyOnATerminal(t *testing.T) {
	e, _, _ := NewTest("", "")
	for _, tt := range []struct{ tty, color, want bool }{
		{false, false, false}, {false, true, false}, {true, false, false}, {true, true, true},
	} {
		e.OutTTY, e.Color = tt.tty, tt.color
		if got := e.Palette().On(); got != tt.want {
			t.Errorf("OutTTY %v, Color %v: palette on = %v, want %v", tt.tty, tt.color, got, tt.want)
		}
	}
}
