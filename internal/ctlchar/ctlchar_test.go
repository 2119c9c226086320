package ctlchar

import "testing"

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		s    string
		off  int
		r    rune
		name string
	}{
		{"plain text\twith a tab\nand a line", -1, 0, ""},
		{"Привет, мир «ёлочки»", -1, 0, ""},
		{"red \x1b[31mtext", 4, 0x1B, "U+001B ESC"},
		{"bell\a", 4, 7, "U+0007 BEL"},
		{"nul\x00", 3, 0, "U+0000 NUL"},
		{"crlf\r\nline", -1, 0, ""},
		{"cr\rover", 2, '\r', "U+000D CR"},
		{"del\x7f", 3, 0x7F, "U+007F DEL"},
		{"csi \u009b31m", 4, 0x9B, "U+009B CSI"},
		{"osc \u009d0;title\u009c", 4, 0x9D, "U+009D OSC"},
		{"non-breaking\u00a0space", -1, 0, ""},
	} {
		off, r := Find(tc.s)
		if off != tc.off || r != tc.r {
			t.Errorf("Find(%q) = %d, %U; want %d, %U", tc.s, off, r, tc.off, tc.r)
		}
		if off >= 0 && Name(r) != tc.name {
			t.Errorf("Name(%U) = %q, want %q", r, Name(r), tc.name)
		}
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"plain\ttext\r\n":            "plain\ttext\r\n",
		"over\rwritten":              `over\x0dwritten`,
		"\x1b]0;pwned\a\x1b[2J":      `\x1b]0;pwned\x07\x1b[2J`,
		"ёлка \u009b31m красная\x00": `ёлка \u009b31m красная\x00`,
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}
