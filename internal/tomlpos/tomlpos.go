package tomlpos

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unsafe"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/terjime/terjime/internal/input"
)

// Keys is where the keys and tables of one TOML document stand.
type Keys struct {
	entries []entry
	arrays  map[string][]int // array-table name → header lines, in order
}

// entry is a key or a table header.
type entry struct {
	path  string // the dotted path from the root ("segment.similarity"), or of the table
	array string // the array table it is in ("document"), or ""
	index int    // which of that array's tables
	key   string // the dotted key within that array table; "" for a header
	line  int
}

// Scan records the keys and tables of data. It reads up to the first
// syntax error, which the decoder reports.
func Scan(data []byte) *Keys {
	k := &Keys{arrays: map[string][]int{}}
	lines := input.NewLines(data)
	var p unstable.Parser
	p.Reset(data)
	table, array, index := "", "", -1
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			name, off := keyPath(e.Key())
			line, _ := lines.Position(off)
			table, array, index = name, "", -1
			if e.Kind == unstable.ArrayTable {
				array, index = name, len(k.arrays[name])
				k.arrays[name] = append(k.arrays[name], line)
			}
			k.entries = append(k.entries, entry{path: name, array: array, index: index, line: line})
		case unstable.KeyValue:
			k.keyValue(e, lines, table, array, index, "")
		}
	}
	return k
}

// keyValue records a key, and the keys of an inline table as its value.
func (k *Keys) keyValue(e *unstable.Node, lines *input.Lines, table, array string, index int, prefix string) {
	key, off := keyPath(e.Key())
	if prefix != "" {
		key = prefix + "." + key
	}
	path := key
	if table != "" {
		path = table + "." + key
	}
	line, _ := lines.Position(off)
	k.entries = append(k.entries, entry{path: path, array: array, index: index, key: key, line: line})
	if v := e.Value(); v.Kind == unstable.InlineTable {
		it := v.Children()
		for it.Next() {
			k.keyValue(it.Node(), lines, table, array, index, key)
		}
	}
}

// keyPath returns a key's dotted path and its offset.
func keyPath(it unstable.Iterator) (string, int) {
	var parts []string
	off := -1
	for it.Next() {
		n := it.Node()
		if off < 0 {
			off = int(n.Raw.Offset)
		}
		parts = append(parts, string(n.Data))
	}
	return strings.Join(parts, "."), max(off, 0)
}

// Line returns the line of a key of the root or of a [table], by its
// dotted path ("source_locale", "segment.similarity"), or of the header of
// a table ("check"); failing those, of the first key inside that table, or
// of the first [[table]] of that name. It returns 0 when the document has
// none of them.
func (k *Keys) Line(path string) int {
	for _, e := range k.entries {
		if e.array == "" && e.path == path {
			return e.line
		}
	}
	for _, e := range k.entries {
		if e.array == "" && strings.HasPrefix(e.path, path+".") {
			return e.line
		}
	}
	if l := k.arrays[path]; len(l) > 0 {
		return l[0]
	}
	return 0
}

// Tables returns the lines of the [[name]] headers, in file order.
func (k *Keys) Tables(name string) []int { return k.arrays[name] }

// LineIn returns the line of key in the i-th (from 0) [[name]] table, or
// of that table's header when the key is not in it; 0 when there is no
// such table.
func (k *Keys) LineIn(name string, i int, key string) int {
	l := k.arrays[name]
	if i < 0 || i >= len(l) {
		return 0
	}
	for _, e := range k.entries {
		if e.array == name && e.index == i && e.key == key {
			return e.line
		}
	}
	return l[i]
}

// Error turns an error go-toml returned for data (the file name) into an
// input.Error with the line and column of the problem.
func Error(name string, data []byte, err error) error {
	var se *toml.StrictMissingError
	if errors.As(err, &se) && len(se.Errors) > 0 {
		row, col := se.Errors[0].Position()
		return &input.Error{File: name, Line: row, Column: col, Msg: "unknown key " + strings.Join(se.Errors[0].Key(), "."), Err: err}
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, col := de.Position()
		return &input.Error{File: name, Line: row, Column: col, Msg: "malformed TOML: " + de.Error(), Err: err}
	}
	var pe *unstable.ParserError
	if errors.As(err, &pe) {
		if off, ok := offset(data, pe.Highlight); ok {
			return &input.Error{File: name, Line: bytes.Count(data[:off], []byte{'\n'}) + 1,
				Column: off - bytes.LastIndexByte(data[:off], '\n'), Msg: "malformed TOML: " + pe.Message, Err: err}
		}
		return &input.Error{File: name, Msg: "malformed TOML: " + pe.Message, Err: err}
	}
	return &input.Error{File: name, Msg: fmt.Sprintf("malformed TOML: %v", err), Err: err}
}

// offset returns where sub, a slice of data as the parser's errors hold
// it, starts in data.
func offset(data, sub []byte) (int, bool) {
	if len(data) == 0 || len(sub) == 0 {
		return 0, false
	}
	d := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	s := uintptr(unsafe.Pointer(unsafe.SliceData(sub)))
	if s < d || s > d+uintptr(len(data)) {
		return 0, false
	}
	return int(s - d), true
}
