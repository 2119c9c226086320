package xmlsafe

import (
	"unicode/utf8"
)

// AppendEscaped appends s to dst escaped for element content or, with attr,
// for a double-quoted attribute value. It stops at the first character XML
// 1.0 cannot carry (most control characters, U+FFFE, U+FFFF, and invalid
// UTF-8) and returns its byte offset in s, or -1 when all of s was written.
func AppendEscaped(dst []byte, s string, attr bool) ([]byte, int) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		if c < utf8.RuneSelf {
			switch c {
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\r':
				esc = "&#xD;" // survives line-end normalisation
			case '"':
				if attr {
					esc = "&quot;"
				}
			case '\n':
				if attr {
					esc = "&#xA;" // survives attribute-value normalisation
				}
			case '\t':
				if attr {
					esc = "&#x9;"
				}
			default:
				if c < 0x20 {
					return append(dst, s[last:i]...), i
				}
			}
			if esc != "" {
				dst = append(dst, s[last:i]...)
				dst = append(dst, esc...)
				last = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ValidRune(r) || r == utf8.RuneError && n == 1 {
			return append(dst, s[last:i]...), i
		}
		i += n
	}
	return append(dst, s[last:]...), -1
}

// ValidRune reports whether XML 1.0 can carry r as a character.
func ValidRune(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// IsNMToken reports whether s is an XML name token (the type of XLIFF ids):
// one or more letters, digits, '.', '-', '_', ':' and combining characters.
func IsNMToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isNameChar(r) {
			return false
		}
	}
	return true
}

// isNameChar is XML 1.0 (fifth edition) NameChar.
func isNameChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
		r == ':', r == '_', r == '-', r == '.', r == 0xB7:
		return true
	case r >= 0xC0 && r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x37D,
		r >= 0x37F && r <= 0x1FFF, r >= 0x200C && r <= 0x200D, r >= 0x2070 && r <= 0x218F,
		r >= 0x2C00 && r <= 0x2FEF, r >= 0x3001 && r <= 0xD7FF, r >= 0xF900 && r <= 0xFDCF,
		r >= 0xFDF0 && r <= 0xFFFD, r >= 0x10000 && r <= 0xEFFFF,
		r >= 0x300 && r <= 0x36F, r >= 0x203F && r <= 0x2040:
		return true
	}
	return false
}
