package goi18nfile

import (
	"cmp"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/terjime/terjime/internal/input"
)

// Message is a go-i18n message as a message file defines it.
type Message struct {
	ID, Description, Hash string
	Other                 string // the text, or its plural form "other"
	Line                  int
	// rare holds the keys most messages lack, so that a file of a
	// hundred thousand messages does not carry them all.
	rare *rareKeys
}

type rareKeys struct {
	zero, one, two, few, many string
	leftDelim, rightDelim     string
}

// PluralKeys are go-i18n's plural form keys, in CLDR order.
var PluralKeys = []string{"zero", "one", "two", "few", "many", "other"}

// Form returns the text of the plural form named by its go-i18n key
// ("few"); "" for another key.
func (m *Message) Form(key string) string {
	if key == "other" {
		return m.Other
	}
	if m.rare == nil {
		return ""
	}
	switch key {
	case "zero":
		return m.rare.zero
	case "one":
		return m.rare.one
	case "two":
		return m.rare.two
	case "few":
		return m.rare.few
	case "many":
		return m.rare.many
	}
	return ""
}

// Delims returns the message's template delimiters; "" for go's default.
func (m *Message) Delims() (left, right string) {
	if m.rare == nil {
		return "", ""
	}
	return m.rare.leftDelim, m.rare.rightDelim
}

// set sets the field of a message key (in any case, as go-i18n reads
// them), and reports whether it is one.
func (m *Message) set(key, v string) bool {
	rare := func() *rareKeys {
		if m.rare == nil {
			m.rare = &rareKeys{}
		}
		return m.rare
	}
	switch strings.ToLower(key) {
	case "id":
		if v != "" {
			m.ID = v
		}
	case "description":
		m.Description = v
	case "hash":
		m.Hash = v
	case "other":
		m.Other = v
	case "leftdelim":
		rare().leftDelim = v
	case "rightdelim":
		rare().rightDelim = v
	case "zero":
		rare().zero = v
	case "one":
		rare().one = v
	case "two":
		rare().two = v
	case "few":
		rare().few = v
	case "many":
		rare().many = v
	default:
		return false
	}
	return true
}

// A Problem is a part of a message file that go-i18n refuses to load: a
// table that mixes message keys with other keys, or a value that is neither
// a text nor a table. The rest of the file still reads.
type Problem struct {
	File string
	Line int
	// Path is the key path of the table or value ("" for the file).
	Path string
	// Reserved and Other are the keys of a mixed table: go-i18n's message
	// keys and the others.
	Reserved, Other []string
	// Kind is what a value that is no text is (integer, array, …).
	Kind string
}

func (p Problem) Error() string { return p.err().Error() }

// err is the problem as an input error, which names file and line.
func (p Problem) err() *input.Error {
	if p.Kind != "" {
		return input.Errorf(p.File, p.Line, "%s: go-i18n messages hold strings, not %s", p.Path, p.Kind)
	}
	what := "the file"
	if p.Path != "" {
		what = p.Path
	}
	return input.Errorf(p.File, p.Line, "%s mixes go-i18n message keys (%s) with other keys (%s)",
		what, strings.Join(p.Reserved, ", "), strings.Join(p.Other, ", "))
}

// ReadMessages reads a go-i18n message file, TOML, JSON or YAML as its
// name's extension says (TOML for any other), and finds its messages as
// go-i18n's parser does (i18n.ParseMessageBytes): a string is a message
// (its "other" form); a table whose keys are all go-i18n's (id,
// description, hash, other, …) is a message, named by its key path unless
// it has an id; a table without any of them nests messages, their IDs
// joined with "."; a list holds go-i18n v1's messages, each with its id.
// Each message has its line; they come in file order. A file that does not
// parse is an error naming its line; the parts go-i18n would refuse are
// Problems, and the messages around them are read.
func ReadMessages(name string, data []byte) ([]Message, []Problem, error) {
	var doc *document
	var err error
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		doc, err = decodeJSON(name, data)
	case ".yaml", ".yml":
		doc, err = decodeYAML(name, data)
	default:
		if msgs, ok := fastMessages(data); ok {
			return msgs, nil, nil
		}
		doc, err = decodeTOML(name, data)
	}
	if err != nil {
		return nil, nil, err
	}
	msgs, problems := messages(name, doc)
	return msgs, problems, nil
}

// document is a decoded message file: nested maps of strings (and, for
// values that are no text, badValue), or a list of them.
type document struct {
	root  map[string]any
	list  []any          // a file that is a list (go-i18n v1); its items' paths are "[i]"
	lines map[string]int // of tables and keys, dotted keys joined with "."
	order []string       // the root's keys in file order
}

// badValue stands for a value that is neither a text nor a table: what
// it is, and its line.
type badValue struct {
	kind string
	line int
}

// reservedKeys are the keys that make a table a go-i18n message.
var reservedKeys = map[string]struct{}{
	"id": {}, "description": {}, "hash": {}, "leftdelim": {}, "rightdelim": {},
	"zero": {}, "one": {}, "two": {}, "few": {}, "many": {}, "other": {}, "translation": {},
}

// messages finds the messages of a decoded file, and the problems go-i18n
// would refuse it for. It does what go-i18n does without go-i18n's copies,
// which cost a third of a large merge.
func messages(name string, doc *document) ([]Message, []Problem) {
	w := walker{name: name, lines: doc.lines, out: make([]Message, 0, len(doc.order))}
	switch {
	case doc.list != nil:
		for i, item := range doc.list {
			path := "[" + strconv.Itoa(i) + "]"
			if t, ok := item.(map[string]any); ok {
				if w.isMessage(w.strip(t, path), path) {
					w.out = append(w.out, w.message(t, "", path))
				}
			} else {
				w.bad(item, path)
			}
		}
	case w.isMessage(w.strip(doc.root, ""), ""):
		w.out = append(w.out, w.message(doc.root, "", ""))
	default:
		for _, k := range doc.order {
			if v, ok := doc.root[k]; ok { // not stripped
				w.entry(k, v, "", "")
			}
		}
	}
	// Nested tables come in map order; the root's keys are in file order
	// already, so these sorts have little to do.
	slices.SortFunc(w.out, func(a, b Message) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), strings.Compare(a.ID, b.ID))
	})
	slices.SortFunc(w.problems, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), strings.Compare(a.Path, b.Path))
	})
	return w.out, w.problems
}

type walker struct {
	name     string
	lines    map[string]int
	out      []Message
	problems []Problem
}

// walk adds the messages of a table that is not one; idPrefix and
// keyPath are the table's message ID and key path ("" at the root).
func (w *walker) walk(t map[string]any, idPrefix, keyPath string) {
	for k, v := range t {
		w.entry(k, v, idPrefix, keyPath)
	}
}

// entry adds the message or messages of key k, holding v, in the table
// named idPrefix, at keyPath.
func (w *walker) entry(k string, v any, idPrefix, keyPath string) {
	path, id := k, k
	if keyPath != "" {
		path = keyPath + "." + k
		id = idPrefix + "." + k
	}
	switch v := v.(type) {
	case string:
		w.out = append(w.out, Message{ID: id, Other: v, Line: w.lines[path]})
	case nil: // a key without a value (YAML, JSON): a message without text
		w.out = append(w.out, Message{ID: id, Line: w.lines[path]})
	case map[string]any:
		if !w.isMessage(w.strip(v, path), path) {
			w.walk(v, id, path)
			return
		}
		w.out = append(w.out, w.message(v, id, path))
	default:
		w.bad(v, path)
	}
}

// bad records a value that is neither a text nor a table.
func (w *walker) bad(v any, path string) {
	b, ok := v.(badValue)
	if !ok {
		b = badValue{"a list", w.lines[path]}
	}
	w.problems = append(w.problems, Problem{File: w.name, Line: b.line, Path: path, Kind: b.kind})
}

// strip takes the values that are neither texts nor tables out of a table,
// recording each: what is left says whether the table is a message.
func (w *walker) strip(t map[string]any, path string) map[string]any {
	for k, v := range t {
		if _, ok := v.(badValue); ok {
			p := k
			if path != "" {
				p = path + "." + k
			}
			w.bad(v, p)
			delete(t, k)
		}
	}
	return t
}

// isMessage reports whether a table is a message: it has message keys. A
// table with other keys as well is a problem, and still a message.
func (w *walker) isMessage(t map[string]any, path string) bool {
	reserved := 0
	for k, v := range t {
		if isReserved(k, v) {
			reserved++
		}
	}
	if reserved == 0 || reserved == len(t) {
		return reserved > 0
	}
	var res, other []string
	for k, v := range t {
		if isReserved(k, v) {
			res = append(res, k)
		} else {
			other = append(other, k)
		}
	}
	slices.Sort(res)
	slices.Sort(other)
	w.problems = append(w.problems, Problem{File: w.name, Line: w.lines[path], Path: path, Reserved: res, Other: other})
	return true
}

// isReserved is go-i18n's test: a message key with a string value, or
// go-i18n v1's "translation".
func isReserved(k string, v any) bool {
	if _, ok := reservedKeys[k]; !ok {
		if _, ok := reservedKeys[strings.ToLower(k)]; !ok {
			return false
		}
	}
	_, isStr := v.(string)
	return isStr || strings.EqualFold(k, "translation")
}

func (w *walker) message(t map[string]any, id, path string) Message {
	m := Message{ID: id, Line: w.lines[path]}
	for k, v := range t {
		switch v := v.(type) {
		case string:
			if strings.EqualFold(k, "translation") {
				m.Other = v // go-i18n v1
				continue
			}
			m.set(k, v)
		case map[string]any:
			// go-i18n v1: "translation" holds the plural forms.
			if strings.EqualFold(k, "translation") {
				for kk, vv := range v {
					if s, ok := vv.(string); ok {
						m.set(kk, s)
					}
				}
			}
		}
	}
	return m
}

// firstProblem returns the first problem as an error, nil when there is
// none.
func firstProblem(problems []Problem) error {
	if len(problems) == 0 {
		return nil
	}
	return problems[0].err()
}
