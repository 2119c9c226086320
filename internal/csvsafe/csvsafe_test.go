package csvsafe

import "testing"

func TestEscapeRoundTrip(t *testing.T) {
	header := []string{"id", "source", "target", "note"}
	for _, tc := range []struct {
		row    []string
		marker string
		want   []string // as written
	}{
		{[]string{"a1", "=HYPERLINK(\"http://x\")", "+7 993 12", "@SUM(A1)"}, "source target note",
			[]string{"a1", "'=HYPERLINK(\"http://x\")", "'+7 993 12", "'@SUM(A1)"}},
		{[]string{"a2", "-5 °C at night", "\tindented", "\rcr"}, "source target note",
			[]string{"a2", "'-5 °C at night", "'\tindented", "'\rcr"}},
		{[]string{"a3", "'Tis the season", "'=already quoted", "plain"}, "",
			[]string{"a3", "'Tis the season", "'=already quoted", "plain"}},
		{[]string{"a4", "", "", "x = y"}, "", []string{"a4", "", "", "x = y"}},
	} {
		row := append([]string(nil), tc.row...)
		marker := Mark(row, header)
		if marker != tc.marker {
			t.Errorf("%s: marker %q, want %q", tc.row[0], marker, tc.marker)
		}
		for i := range row {
			if row[i] != tc.want[i] {
				t.Errorf("%s: cell %d written %q, want %q", tc.row[0], i, row[i], tc.want[i])
			}
		}
		set := Unmark(marker)
		for i, cell := range row {
			if set[header[i]] {
				cell = Unescape(cell)
			}
			if cell != tc.row[i] {
				t.Errorf("%s: cell %d read back %q, want %q", tc.row[0], i, cell, tc.row[i])
			}
		}
	}
}

// A translator's own apostrophe survives: in a cell the export did not
// escape it is never touched, and in one it did, a replacement that does
// not start with the export's apostrophe and a trigger is kept whole.
func TestUnescapeKeepsTranslatorsApostrophe(t *testing.T) {
	for _, cell := range []string{"'Tis the season", "'quoted'", "'", "new text"} {
		if got := Unescape(cell); got != cell {
			t.Errorf("Unescape(%q) = %q", cell, got)
		}
	}
	if got := Unescape("'-5 °C"); got != "-5 °C" {
		t.Errorf("Unescape of an escaped cell = %q", got)
	}
}
