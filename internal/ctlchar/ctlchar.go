package ctlchar

import (
	"fmt"
	"strings"
)

// Is reports whether r is a control character that text may not hold (a
// CR, unless it comes before a line feed).
func Is(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r <= 0x9F
}

// Find returns the byte offset of the first control character of s and
// the character; -1 when there is none.
func Find(s string) (int, rune) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
		case c < 0x20 && c != '\t' && c != '\n' || c == 0x7F:
			return i, rune(c)
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return i, rune(s[i+1])
		}
	}
	return -1, 0
}

var c0 = [...]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}

var c1 = [...]string{"PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
	"DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC"}

// Name names a control character: "U+001B ESC".
func Name(r rune) string {
	switch {
	case r < 0x20:
		return fmt.Sprintf("U+%04X %s", r, c0[r])
	case r == 0x7F:
		return "U+007F DEL"
	case r >= 0x80 && r <= 0x9F:
		return fmt.Sprintf("U+%04X %s", r, c1[r-0x80])
	}
	return fmt.Sprintf("U+%04X", r)
}

// Visible returns s with each control character written as an escape, \x1b
// or \u009b, so that a terminal shows it instead of obeying it. Text
// without any is returned as it is.
func Visible(s string) string {
	i, _ := Find(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	rest := s[i:]
	for j, r := range rest {
		switch {
		case !Is(r) || r == '\r' && strings.HasPrefix(rest[j+1:], "\n"):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}
