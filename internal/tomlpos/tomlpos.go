package tomlpos

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/typo"
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
// input.Error with the line and column of the problem, the column counted
// in characters (as an editor shows it, not in bytes), the character there
// as it is in the file (go-toml names the byte it stopped at), and a hint
// for the mistakes people make editing catalogs by hand: a " inside a
// "…" string, a line break or a backslash in one, text without quotes.
//
// v is what data was decoded into, nil if nothing was: for a key it has no
// field for (targte in a [[segment]]), its fields give the hint of the
// key meant (target).
func Error(name string, data []byte, err error, v any) error {
	var se *toml.StrictMissingError
	if errors.As(err, &se) && len(se.Errors) > 0 {
		row, col := se.Errors[0].Position()
		line, col, src := columnInRunes(data, row, col)
		key := se.Errors[0].Key()
		e := &input.Error{File: name, Line: line, Column: col, Msg: "unknown key " + strings.Join(key, "."), Err: err, Source: src}
		e.Hint = KeyHint(key[len(key)-1], keysAt(reflect.TypeOf(v), key[:len(key)-1]))
		return e
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, col := de.Position()
		return problem(name, data, offsetOf(data, row, col), de.Error(), err)
	}
	var pe *unstable.ParserError
	if errors.As(err, &pe) {
		if off, ok := offset(data, pe.Highlight); ok {
			return problem(name, data, off, pe.Message, err)
		}
		return &input.Error{File: name, Msg: "malformed TOML: " + pe.Message, Err: err}
	}
	return &input.Error{File: name, Msg: fmt.Sprintf("malformed TOML: %v", err), Err: err}
}

// problem is the input.Error for go-toml's message msg about the byte at
// off in data.
func problem(name string, data []byte, off int, msg string, err error) error {
	msg = strings.TrimPrefix(msg, "toml: ")
	if off < 0 || off > len(data) {
		return &input.Error{File: name, Msg: "malformed TOML: " + msg, Err: err}
	}
	start, end := lineAt(data, off)
	msg = realChar(msg, data[off:])
	return &input.Error{File: name, Line: bytes.Count(data[:start], []byte{'\n'}) + 1,
		Column: utf8.RuneCount(data[start:off]) + 1, Msg: "malformed TOML: " + msg, Err: err,
		Source: string(data[start:end]), Hint: hint(msg, data[start:end], off-start)}
}

// realChar names in msg the character as it is in the file: go-toml
// reads bytes, so its "got U+00D0 'Ð'" is the first byte of "А". The byte
// it names is at the start of rest, or just after (an escape's letter).
func realChar(msg string, rest []byte) string {
	i := strings.Index(msg, "U+00")
	if i < 0 || len(msg) < i+6 {
		return msg
	}
	var b byte
	if _, err := fmt.Sscanf(msg[i+4:i+6], "%02X", &b); err != nil || b < utf8.RuneSelf {
		return msg
	}
	j := bytes.IndexByte(rest[:min(len(rest), 8)], b)
	if j < 0 {
		return msg
	}
	r, _ := utf8.DecodeRune(rest[j:])
	if r == utf8.RuneError {
		return msg
	}
	return strings.Replace(msg, fmt.Sprintf("U+%04X '%c'", b, rune(b)), fmt.Sprintf("U+%04X '%c'", r, r), 1)
}

// keysAt lists the keys a table at path may have when the document is
// decoded into a value of type t: its struct's fields, by their toml tag
// or name; none when t has no struct there (a map takes any key).
func keysAt(t reflect.Type, path []string) []string {
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		switch {
		case name == "-" || !f.IsExported():
			continue
		case name == "" && f.Anonymous:
			keys = append(keys, keysAt(f.Type, nil)...)
			continue
		case name == "":
			name = f.Name
		}
		if len(path) > 0 && strings.EqualFold(name, path[0]) {
			return keysAt(f.Type, path[1:])
		}
		keys = append(keys, name)
	}
	if len(path) > 0 {
		return nil
	}
	return keys
}

// Hints are the hints Error gives, by their UI message ID: the English
// text, as locales/active.en.toml has it (a test keeps the two equal), in
// which {{.Name}} stands for the hint's data of that name.
var Hints = map[string]string{
	"TOMLHintQuote":      `a " inside the text ends the string: write \" for it, or use «…» instead`,
	"TOMLHintApostrophe": `a ' inside '…' ends the string: put the text between "…" instead`,
	"TOMLHintLineBreak":  `a line break inside "…" is written \n (or the text goes between """ and """)`,
	"TOMLHintBackslash":  `a backslash starts an escape inside "…": write \\ for a backslash`,
	"TOMLHintUnquoted":   `text goes between quotes: key = "…"`,
	"TOMLHintKey":        `did you mean {{.Key}}?`,
	"TOMLHintConflict":   `git's conflict markers: keep one side's lines, delete the <<<<<<<, ======= and >>>>>>> lines, then git add (terjime git setup makes git merge catalogs segment by segment)`,
}

// KeyHint is the hint that names the key of known that typed, a key
// unknown there, was meant to be ("did you mean target?"), for a reader
// that checks a file's keys itself; nil when none is near enough to be a
// slip of the fingers.
func KeyHint(typed string, known []string) *input.Hint {
	if meant := typo.Closest(typed, known); meant != "" {
		return newHint("TOMLHintKey", map[string]any{"Key": meant})
	}
	return nil
}

// newHint is the hint of that ID, with data.
func newHint(id string, data map[string]any) *input.Hint {
	english := Hints[id]
	for k, v := range data {
		english = strings.ReplaceAll(english, "{{."+k+"}}", fmt.Sprint(v))
	}
	return &input.Hint{ID: id, Data: data, English: english}
}

// hint says what to do about go-toml's message msg at byte col of line;
// nil when there is nothing to say.
func hint(msg string, line []byte, col int) *input.Hint {
	switch {
	case conflictMarker(line):
		// A merge git made line by line: whatever go-toml says of the
		// marker, the markers are what to put right.
		return newHint("TOMLHintConflict", nil)
	case strings.HasPrefix(msg, "expected "):
		// A string closed just before more text (after a key, in an
		// array, in an inline table) that has a quote further on: a
		// quote inside the text.
		if col < 1 || col > len(line) {
			return nil
		}
		q := line[col-1]
		if q != '"' && q != '\'' || col >= 3 && line[col-2] == q && line[col-3] == q ||
			bytes.IndexByte(line[col:], q) < 0 {
			return nil
		}
		if q == '"' {
			return newHint("TOMLHintQuote", nil)
		}
		return newHint("TOMLHintApostrophe", nil)
	case strings.HasPrefix(msg, "basic strings cannot have new lines"):
		return newHint("TOMLHintLineBreak", nil)
	case strings.HasPrefix(msg, "invalid escape character"):
		return newHint("TOMLHintBackslash", nil)
	case strings.Contains(msg, "at start of value"):
		return newHint("TOMLHintUnquoted", nil)
	}
	return nil
}

// conflictMarker reports whether line is one of the lines git writes
// around a conflict it could not merge: <<<<<<< ours, |||||||, =======,
// >>>>>>> theirs.
func conflictMarker(line []byte) bool {
	if len(line) < 7 {
		return false
	}
	for _, m := range [...]string{"<<<<<<<", "|||||||", "=======", ">>>>>>>"} {
		if string(line[:7]) == m {
			return len(line) == 7 || line[7] == ' ' || line[7] == '\r'
		}
	}
	return false
}

// offsetOf returns the offset of the 1-based line row and byte column col
// of data; -1 when data has no such place.
func offsetOf(data []byte, row, col int) int {
	start := 0
	for r := 1; r < row; r++ {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			return -1
		}
		start += i + 1
	}
	return start + col - 1
}

// columnInRunes turns a 1-based line and byte column into the line, the
// column in characters and the text of the line.
func columnInRunes(data []byte, row, col int) (int, int, string) {
	off := offsetOf(data, row, col)
	if off < 0 || off > len(data) {
		return row, col, ""
	}
	start, end := lineAt(data, off)
	return row, utf8.RuneCount(data[start:off]) + 1, string(data[start:end])
}

// lineAt returns where the line holding offset off of data starts and
// ends (before its line feed).
func lineAt(data []byte, off int) (start, end int) {
	start = bytes.LastIndexByte(data[:off], '\n') + 1
	end = bytes.IndexByte(data[off:], '\n')
	if end < 0 {
		return start, len(data)
	}
	return start, off + end
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
