package xmlsafe

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// unescape appends src to dst with its entity and character references
// replaced. XML without a DTD knows only the five predefined entities, so
// any other name is an error; so is a character reference to a character
// XML 1.0 cannot carry. On error it returns the offset of the '&' in src.
func unescape(dst, src []byte) ([]byte, int, string) {
	for {
		i := bytes.IndexByte(src, '&')
		if i < 0 {
			return append(dst, src...), -1, ""
		}
		dst = append(dst, src[:i]...)
		ref := src[i+1:]
		end := bytes.IndexByte(ref, ';')
		if end < 0 || end > 40 {
			return dst, i, `"&" that starts no entity reference (write "&amp;")`
		}
		name := ref[:end]
		switch string(name) {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "apos":
			dst = append(dst, '\'')
		case "quot":
			dst = append(dst, '"')
		default:
			r, ok := charRef(name)
			if !ok {
				if len(name) > 0 && name[0] == '#' {
					return dst, i, fmt.Sprintf("invalid character reference &%s;", name)
				}
				return dst, i, fmt.Sprintf("invalid character entity &%s; (only &lt; &gt; &amp; &apos; &quot; are defined)", name)
			}
			dst = utf8.AppendRune(dst, r)
		}
		src = ref[end+1:]
	}
}

// charRef decodes "#123" or "#x1F" to a character XML 1.0 can carry.
func charRef(name []byte) (rune, bool) {
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	digits, base := name[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 || len(digits) > 8 || digits[0] == '+' || digits[0] == '-' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || !ValidRune(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// validName reports whether b is an XML 1.0 Name.
func validName(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' ||
				i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.')
			if !ok {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if !isNameChar(r) || i == 0 && !isNameStartChar(r) {
			return false
		}
		i += n
	}
	return true
}

// isNameStartChar is XML 1.0 (fifth edition) NameStartChar.
func isNameStartChar(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r == '-', r == '.', r == 0xB7,
		r >= 0x300 && r <= 0x36F, r >= 0x203F && r <= 0x2040:
		return false
	}
	return isNameChar(r)
}
