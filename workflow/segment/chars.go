package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at t[i] and its length; an invalid byte is
// utf8.RuneError of length 1, which counts as an ordinary character.
func decode(t string, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// decodeLast returns the rune that ends at t[end] (exclusive) and its length.
func decodeLast(t string, end int) (rune, int) {
	if c := t[end-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(t[:end])
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// isSpace is unicode.IsSpace plus the byte-order mark, which some editors
// leave in the middle of a file as well as at its start.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return r == '\uFEFF' || unicode.IsSpace(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isTerminal reports the runes that may end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isCloser reports the quotes and brackets that may follow the terminal
// punctuation of a sentence: …protection.” and «…».
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '»', '”', '’', '›':
		return true
	}
	return false
}

// isOpener reports the quotes and brackets that may precede the first word
// of a sentence, doubled as in ““Strengthening.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '«', '“', '‘', '„', '‹', '‚':
		return true
	}
	return false
}

// isBullet reports the runes that mark a list item at the start of a line.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '–', '—', '-', '*', '·':
		return true
	}
	return false
}

// OneLine returns s with every run of white space that holds a line break
// replaced by one space: a hard-wrapped sentence printed on one line.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if !isSpace(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j, brk := i, false
		for j < len(s) {
			r, n := decode(s, j)
			if !isSpace(r) {
				break
			}
			brk = brk || r == '\n' || r == '\r'
			j += n
		}
		if brk {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}
