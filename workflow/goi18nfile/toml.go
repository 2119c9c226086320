package goi18nfile

import (
	"bytes"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/tomlpos"
)

// decodeTOML parses a message file into nested maps of strings, as
// go-toml's decoder would (with badValue for other values), and records the line of every message and
// table (dotted keys joined with ".") and the order of the root's keys. It walks go-toml's parser itself because
// the decoder's check for redefined tables takes time quadratic in the
// number of tables: a file of 100,000 messages would take minutes.
func decodeTOML(name string, data []byte) (*document, error) {
	d := tomlDecoder{name: name, data: data, root: map[string]any{}, lines: map[string]int{}, explicit: map[string]bool{}, line: 1}
	d.p.Reset(data)
	cur, curPath := d.root, ""
	for d.p.NextExpression() {
		e := d.p.Expression()
		switch e.Kind {
		case unstable.Table:
			parts, off := d.keyParts(e)
			path := strings.Join(parts, ".")
			line := d.lineAt(off)
			if d.explicit[path] {
				return nil, input.Errorf(name, line, "table [%s] is defined twice", path)
			}
			t, err := d.table(d.root, true, parts, line)
			if err != nil {
				return nil, err
			}
			d.explicit[path] = true
			cur, curPath = t, path
			d.setLine(path, line)
		case unstable.ArrayTable:
			parts, off := d.keyParts(e)
			return nil, input.Errorf(name, d.lineAt(off), "[[%s]]: an array of tables is not a go-i18n message", strings.Join(parts, "."))
		case unstable.KeyValue:
			if err := d.keyValue(cur, curPath, e); err != nil {
				return nil, err
			}
		}
	}
	if err := d.p.Error(); err != nil {
		return nil, tomlpos.Error(name, data, err, nil)
	}
	return &document{root: d.root, lines: d.lines, order: d.order}, nil
}

// messageFields are the keys of a go-i18n message.
var messageFields = map[string]struct{}{
	"id": {}, "description": {}, "hash": {}, "leftdelim": {}, "rightdelim": {},
	"zero": {}, "one": {}, "two": {}, "few": {}, "many": {}, "other": {},
}

type tomlDecoder struct {
	name     string
	data     []byte
	p        unstable.Parser
	root     map[string]any
	lines    map[string]int
	explicit map[string]bool
	// line is the line at lineOff; offsets only grow while parsing.
	line, lineOff int
	parts         []string
	// order lists the keys of the root table as they first appear, so
	// that messages come out in file order without sorting.
	order []string
}

func (d *tomlDecoder) lineAt(off int) int {
	if off > d.lineOff {
		d.line += bytes.Count(d.data[d.lineOff:off], []byte{'\n'})
		d.lineOff = off
	}
	return d.line
}

func (d *tomlDecoder) setLine(path string, line int) {
	if _, ok := d.lines[path]; !ok {
		d.lines[path] = line
	}
}

// keyString returns a key as a string, without allocating for the keys
// every message repeats.
func keyString(b []byte) string {
	switch string(b) {
	case "description":
		return "description"
	case "hash":
		return "hash"
	case "other":
		return "other"
	}
	return string(b)
}

// keyParts returns the parts of e's key, in a slice reused by the next
// call, and the offset of the key.
func (d *tomlDecoder) keyParts(e *unstable.Node) ([]string, int) {
	parts := d.parts[:0]
	off := -1
	it := e.Key()
	for it.Next() {
		k := it.Node()
		if off < 0 {
			off = int(k.Raw.Offset)
		}
		parts = append(parts, keyString(k.Data))
	}
	d.parts = parts
	return parts, max(off, 0)
}

// table walks (and makes) the tables of path from t, the root table if
// root is set.
func (d *tomlDecoder) table(t map[string]any, root bool, path []string, line int) (map[string]any, error) {
	for i, k := range path {
		switch v := t[k].(type) {
		case nil:
			n := map[string]any{}
			if root && i == 0 {
				d.order = append(d.order, k)
			}
			t[k] = n
			t = n
		case map[string]any:
			t = v
		default:
			return nil, input.Errorf(d.name, line, "%s is a value, not a table", strings.Join(path[:i+1], "."))
		}
	}
	return t, nil
}

func (d *tomlDecoder) keyValue(t map[string]any, prefix string, e *unstable.Node) error {
	parts, off := d.keyParts(e)
	line := d.lineAt(off)
	path := strings.Join(parts, ".")
	if prefix != "" {
		path = prefix + "." + path
	}
	// At the root unless the key is in a table or an inline table.
	root := prefix == ""
	parent, err := d.table(t, root, parts[:len(parts)-1], line)
	if err != nil {
		return err
	}
	for i := 1; i < len(parts); i++ {
		// news.a1.other = "…" defines message news.a1 here.
		p := strings.Join(parts[:i], ".")
		if prefix != "" {
			p = prefix + "." + p
		}
		d.setLine(p, line)
	}
	last := parts[len(parts)-1]
	if _, dup := parent[last]; dup {
		return input.Errorf(d.name, line, "key %s is defined twice", path)
	}
	v, err := d.value(e.Value(), path, line)
	if err != nil {
		return err
	}
	parent[last] = v
	if root && len(parts) == 1 {
		d.order = append(d.order, last)
	}
	if _, field := messageFields[strings.ToLower(last)]; !field {
		// Lines of messages (and tables), not of their fields.
		d.setLine(path, line)
	}
	return nil
}

func (d *tomlDecoder) value(n *unstable.Node, path string, line int) (any, error) {
	switch n.Kind {
	case unstable.String:
		return string(n.Data), nil
	case unstable.InlineTable:
		t := map[string]any{}
		it := n.Children()
		for it.Next() {
			if err := d.keyValue(t, path, it.Node()); err != nil {
				return nil, err
			}
		}
		return t, nil
	}
	return badValue{strings.ToLower(n.Kind.String()), line}, nil
}
