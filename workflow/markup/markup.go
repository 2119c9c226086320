package markup

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind says what a Token is.
type Kind uint8

// The kinds of token.
const (
	Text       Kind = iota // text to translate
	Open                   // <N>, the start of a paired code
	Close                  // </N>, the end of a paired code
	Standalone             // <N/>
)

func (k Kind) String() string {
	switch k {
	case Open:
		return "open"
	case Close:
		return "close"
	case Standalone:
		return "standalone"
	}
	return "text"
}

// Token is a stretch of a segment in notation: text or one code.
type Token struct {
	Kind Kind
	ID   int    // the code's number; 0 for text
	Text string // the text, or the code as written ("<1>", "</1>", "<2/>")
	Pos  int    // byte offset in the segment
}

// MaxID bounds code numbers: no sentence has this many codes, and a bound
// keeps "<99999999999>" text.
const MaxID = 9999

// Tag returns the notation of a code.
func Tag(k Kind, id int) string {
	n := strconv.Itoa(id)
	switch k {
	case Open:
		return "<" + n + ">"
	case Close:
		return "</" + n + ">"
	case Standalone:
		return "<" + n + "/>"
	}
	return ""
}

// AppendTag appends the notation of a code to b.
func AppendTag(b []byte, k Kind, id int) []byte {
	b = append(b, '<')
	if k == Close {
		b = append(b, '/')
	}
	b = strconv.AppendInt(b, int64(id), 10)
	if k == Standalone {
		b = append(b, '/')
	}
	return append(b, '>')
}

// codeAt reads the code that starts at s[i] ('<'), returning its kind, number
// and length; ok is false when s[i:] does not start with a code.
func codeAt(s string, i int) (k Kind, id, n int, ok bool) {
	j := i + 1
	k = Open
	if j < len(s) && s[j] == '/' {
		k = Close
		j++
	}
	d := j
	for j < len(s) && j-d < 5 && s[j] >= '0' && s[j] <= '9' {
		id = id*10 + int(s[j]-'0')
		j++
	}
	if j == d || s[d] == '0' || id > MaxID {
		return 0, 0, 0, false
	}
	if j < len(s) && s[j] == '/' && k == Open {
		k = Standalone
		j++
	}
	if j >= len(s) || s[j] != '>' {
		return 0, 0, 0, false
	}
	return k, id, j + 1 - i, true
}

// Has reports whether s contains anything that reads as a code.
func Has(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0; {
		if _, _, _, ok := codeAt(s, i); ok {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// Tokens cuts s into text and codes. Text tokens are never empty; the
// tokens' Text fields concatenate to s.
func Tokens(s string) []Token {
	var out []Token
	start := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		k, id, n, ok := codeAt(s, i)
		if !ok {
			i++
			continue
		}
		if i > start {
			out = append(out, Token{Kind: Text, Text: s[start:i], Pos: start})
		}
		out = append(out, Token{Kind: k, ID: id, Text: s[i : i+n], Pos: i})
		i += n
		start = i
	}
	if start < len(s) {
		out = append(out, Token{Kind: Text, Text: s[start:], Pos: start})
	}
	return out
}

// Plain returns s without its codes: the text a reader sees, for word
// counts, checks and the translation memory's similarity.
func Plain(s string) string {
	if !Has(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, t := range Tokens(s) {
		if t.Kind == Text {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// Codes holds the original data of a segment's codes, for expanding a
// translation into the document's markup.
type Codes struct {
	open, close, alone map[int]string
}

// NewCodes pairs the codes of a source segment in notation with their data,
// given in the order the codes stand in source. It fails when the counts
// differ or the source's own codes are not well formed.
func NewCodes(source string, data []string) (Codes, error) {
	c := Codes{open: map[int]string{}, close: map[int]string{}, alone: map[int]string{}}
	if ps := Check(source, source); len(ps) > 0 {
		return c, fmt.Errorf("the source's codes: %s", ps[0])
	}
	i := 0
	for _, t := range Tokens(source) {
		if t.Kind == Text {
			continue
		}
		if i >= len(data) {
			return c, fmt.Errorf("the source has more codes than the %d recorded", len(data))
		}
		c.table(t.Kind)[t.ID] = data[i]
		i++
	}
	if i != len(data) {
		return c, fmt.Errorf("the source has %d codes but %d are recorded", i, len(data))
	}
	return c, nil
}

func (c Codes) table(k Kind) map[int]string {
	switch k {
	case Open:
		return c.open
	case Close:
		return c.close
	}
	return c.alone
}

// Data returns the original data of a code.
func (c Codes) Data(k Kind, id int) (string, bool) {
	d, ok := c.table(k)[id]
	return d, ok
}

// Len is the number of codes (a paired code counts once).
func (c Codes) Len() int { return len(c.open) + len(c.alone) }

// Expand replaces the codes of s with their data. Text passes through
// textFn when it is not nil (a format's escaping). A code the source does
// not have is an error; Check reports the rest.
func (c Codes) Expand(s string, textFn func(string) string) (string, error) {
	var b strings.Builder
	b.Grow(len(s) + 16*c.Len())
	for _, t := range Tokens(s) {
		if t.Kind == Text {
			if textFn != nil {
				b.WriteString(textFn(t.Text))
			} else {
				b.WriteString(t.Text)
			}
			continue
		}
		d, ok := c.Data(t.Kind, t.ID)
		if !ok {
			return "", fmt.Errorf("%s is not a code of the source", t.Text)
		}
		b.WriteString(d)
	}
	return b.String(), nil
}
