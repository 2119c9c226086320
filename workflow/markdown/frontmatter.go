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

// yamlValues finds the one-line string values of keys in YAML front matter.
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
		a, b, ok := scalarSpan(l, col, v.Style)
		if ok && a < b {
			out = append(out, value{lineAt[v.Line-1] + a, lineAt[v.Line-1] + b})
		}
	}
	return out, nil
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

// tomlValues finds the one-line string values of keys in TOML front matter,
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
	off := 0
	for l := range strings.Lines(fm) {
		t := strings.TrimRight(l, "\r\n")
		if strings.HasPrefix(strings.TrimSpace(t), "[") {
			break
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
