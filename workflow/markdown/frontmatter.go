package markdown

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"

	"github.com/terjime/terjime/workflow/blocks"
	"github.com/terjime/terjime/workflow/markup"
)

// FrontMatter is the kind of front matter a document has.
type FrontMatter int

// The kinds of front matter.
const (
	NoFrontMatter FrontMatter = iota
	YAML                      // between lines of ---
	TOML                      // between lines of +++
)

// Fence returns the kind of front matter src opens with and the fence.
func Fence(src string) (FrontMatter, string) {
	switch {
	case fenceLine(src, "---"):
		return YAML, "---"
	case fenceLine(src, "+++"):
		return TOML, "+++"
	}
	return NoFrontMatter, ""
}

func fenceLine(s, fence string) bool {
	rest, ok := strings.CutPrefix(s, fence)
	return ok && (strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n"))
}

// frontMatter reads the front matter, adds the blocks of its translated
// values, and returns where the Markdown body starts.
func (r *reader) frontMatter() (int, error) {
	kind, fence := Fence(r.src)
	if kind == NoFrontMatter {
		return 0, nil
	}
	// The closing fence: a line of its own ("..." also ends YAML).
	start := strings.IndexByte(r.src, '\n') + 1
	end, body := -1, -1
	for i := start; i < len(r.src); {
		j := strings.IndexByte(r.src[i:], '\n')
		next := len(r.src)
		if j >= 0 {
			next = i + j + 1
		}
		l := strings.TrimRight(r.src[i:next], "\r\n")
		if l == fence || kind == YAML && l == "..." {
			end, body = i, next
			break
		}
		i = next
	}
	if end < 0 {
		return 0, &Error{Line: 1, Msg: "the front matter opened with " + fence + " is never closed"}
	}
	fm := r.src[start:end]
	var vals []value
	var err error
	if kind == YAML {
		vals, err = yamlValues(fm, r.opt.FrontMatter)
	} else {
		vals, err = tomlValues(fm, r.opt.FrontMatter)
	}
	if err != nil {
		var le *Error
		if errors.As(err, &le) {
			le.Line += r.line(start) - 1
		}
		return 0, err
	}
	for _, v := range vals {
		if err := r.block(start+v.start, "meta", true, []blocks.Piece{{Kind: markup.Text, Text: fm[v.start:v.end]}}); err != nil {
			return 0, err
		}
	}
	return body, nil
}

// value is the text of a translated front matter value, by its offsets in
// the front matter.
type value struct{ start, end int }

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlValues finds the string values of keys in YAML front matter.
func yamlValues(fm string, keys []string) ([]value, error) {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &root); err != nil {
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLine.ReplaceAllString(msg, "")
		return nil, &Error{Line: line, Msg: "front matter: " + strings.Trim(msg, " :")}
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, &Error{Line: m.Line, Msg: "front matter is not a mapping of keys to values"}
	}
	lines := strings.SplitAfter(fm, "\n")
	lineAt := make([]int, len(lines)+1)
	for i, l := range lines {
		lineAt[i+1] = lineAt[i] + len(l)
	}
	var out []value
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if !slices.Contains(keys, k.Value) || v.Kind != yaml.ScalarNode || v.Tag != "!!str" || v.Line < 1 || v.Line > len(lines) {
			continue
		}
		l := lines[v.Line-1]
		col := runeOffset(l, v.Column-1)
		if a, b, ok := multiLine(fm, lines, lineAt, v, col); ok {
			out = append(out, value{a, b})
		} else if a, b, ok := scalarSpan(l, col, v.Style); ok && a < b && (v.Style != 0 || sameWords(l[a:b], v.Value)) {
			// (A plain value whose words go on below is not cut short.)
			out = append(out, value{lineAt[v.Line-1] + a, lineAt[v.Line-1] + b})
		}
	}
	return out, nil
}

// multiLine finds the text of a value over several lines: a block scalar
// (| or >, its text on the lines below) or a plain or quoted scalar that
// goes on to indented lines. The text runs from its first word to its
// last, line breaks and indentation included (the edition writes a
// translation back with the same indentation); it is taken only when its
// words are the value's words, so an escape or a comment inside keeps the
// value as it is.
func multiLine(fm string, lines []string, lineAt []int, v *yaml.Node, col int) (int, int, bool) {
	first := v.Line - 1 // the line the value starts on
	a := lineAt[first] + col
	if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		first++ // the text starts below the | or > line
		a = -1
	}
	// The lines that belong to the value: indented ones, and blank ones
	// followed by indented ones.
	last := v.Line - 1
	for i := v.Line; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		if strings.TrimSpace(l) == "" {
			continue
		}
		if l[0] != ' ' && l[0] != '\t' {
			break
		}
		last = i
	}
	if last < first || last == v.Line-1 {
		return 0, 0, false // one line: scalarSpan reads it
	}
	b := lineAt[last] + len(strings.TrimRight(lines[last], " \t\r\n"))
	if a < 0 {
		a = lineAt[first]
	}
	for a < b && (fm[a] == ' ' || fm[a] == '\t' || fm[a] == '\n' || fm[a] == '\r') {
		a++
	}
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0, v.Style&yaml.SingleQuotedStyle != 0:
		a++ // inside the quotes
		if b--; b <= a || fm[b] != fm[a-1] {
			return 0, 0, false
		}
	case v.Style != 0 && v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		return 0, 0, false
	}
	text := fm[a:b]
	if v.Style&yaml.SingleQuotedStyle != 0 {
		text = strings.ReplaceAll(text, "''", "'")
	}
	if a >= b || !sameWords(text, v.Value) {
		return 0, 0, false
	}
	return a, b, true
}

// sameWords reports whether a and b have the same words, whatever white
// space stands between them.
func sameWords(a, b string) bool {
	return slices.Equal(strings.Fields(a), strings.Fields(b))
}

// runeOffset is the byte offset of the n-th rune of s.
func runeOffset(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// scalarSpan finds the text of a one-line YAML scalar that starts at col of
// line l: inside its quotes, or a plain scalar up to a comment.
func scalarSpan(l string, col int, style yaml.Style) (int, int, bool) {
	l = strings.TrimRight(l, "\r\n")
	if col >= len(l) {
		return 0, 0, false
	}
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := col + 1; i < len(l); i++ {
			switch l[i] {
			case '\\':
				i++
			case '"':
				return col + 1, i, true
			}
		}
	case style&yaml.SingleQuotedStyle != 0:
		for i := col + 1; i < len(l); i++ {
			if l[i] == '\'' {
				if i+1 < len(l) && l[i+1] == '\'' {
					i++
					continue
				}
				return col + 1, i, true
			}
		}
	case style == 0:
		e := len(l)
		if i := strings.Index(l[col:], " #"); i >= 0 {
			e = col + i
		}
		return col, len(strings.TrimRight(l[:e], " \t")), true
	}
	return 0, 0, false // a block scalar or a value over several lines stays as it is
}

var tomlKey = regexp.MustCompile(`^([A-Za-z0-9_-]+)[ \t]*=[ \t]*("(?:[^"\\]|\\.)*"|'[^']*')[ \t]*(?:#.*)?$`)

// tomlValues finds the string values of keys in TOML front matter,
// before its first table.
func tomlValues(fm string, keys []string) ([]value, error) {
	var m map[string]any
	if err := toml.Unmarshal([]byte(fm), &m); err != nil {
		var de *toml.DecodeError
		line := 1
		if errors.As(err, &de) {
			line, _ = de.Position()
		}
		return nil, &Error{Line: line, Msg: "front matter: " + err.Error()}
	}
	var out []value
	for off := 0; off < len(fm); {
		l := fm[off:]
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l = l[:i+1]
		}
		t := strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(strings.TrimSpace(t), "[") {
			break
		}
		if sm := tomlMulti.FindStringSubmatchIndex(t); sm != nil {
			// A string over several lines: its text, from its first word
			// to its last, when its words are the value's (no escapes).
			delim := t[sm[4]:sm[5]]
			a := off + sm[5]
			e := strings.Index(fm[a:], delim)
			if e < 0 {
				break // the parser has taken it: cannot happen
			}
			b := a + e
			want, _ := m[t[sm[2]:sm[3]]].(string)
			if text := strings.TrimSpace(fm[a:b]); slices.Contains(keys, t[sm[2]:sm[3]]) && text != "" && sameWords(text, want) {
				start := a + strings.Index(fm[a:b], text)
				out = append(out, value{start, start + len(text)})
			}
			off = b + len(delim)
			continue
		}
		if sm := tomlKey.FindStringSubmatchIndex(t); sm != nil && slices.Contains(keys, t[sm[2]:sm[3]]) {
			if a, b := sm[4]+1, sm[5]-1; a < b {
				out = append(out, value{off + a, off + b})
			}
		}
		off += len(l)
	}
	return out, nil
}

var tomlMulti = regexp.MustCompile(`^([A-Za-z0-9_-]+)[ \t]*=[ \t]*("""|''')`)

// protectPieces applies the protected syntax to the pieces of a block
// that starts at src[start:] and refuses a shortcode that is opened and
// not closed.
func (r *reader) protectPieces(start int, pieces []blocks.Piece) ([]blocks.Piece, error) {
	n := 0
	for _, p := range pieces {
		n += len(p.Text)
	}
	pieces = blocks.Protect(pieces, r.src[start:start+n], r.protect)
	off := start
	for _, p := range pieces {
		if p.Kind == markup.Text {
			for _, open := range []string{"{{<", "{{%"} {
				if i := strings.Index(p.Text, open); i >= 0 {
					return nil, &Error{Line: r.line(off + i), Msg: "shortcode " + open + " is not closed"}
				}
			}
		}
		off += len(p.Text)
	}
	return pieces, nil
}
