package goi18nfile

import (
	"cmp"

	"slices"
	"strings"

	"github.com/terjime/terjime/internal/input"
)

// message is what terjime reads of a go-i18n message.
type message struct {
	id, description, hash, other string
	line                         int
}

// reservedKeys are the keys that make a table a go-i18n message.
var reservedKeys = map[string]struct{}{
	"id": {}, "description": {}, "hash": {}, "leftdelim": {}, "rightdelim": {},
	"zero": {}, "one": {}, "two": {}, "few": {}, "many": {}, "other": {}, "translation": {},
}

// messages finds the messages of a decoded file as go-i18n's parser does
// (i18n.ParseMessageBytes): a string is a message (its "other" form); a
// table whose keys are all go-i18n's (id, description, hash, other, …) is a
// message, named by its key path unless it has an id; a table without any
// of them nests messages, their IDs joined with "."; a table with both is
// an error. It gives each message its line and returns them in file order.
// It does what go-i18n does without go-i18n's copies, which cost a third
// of a large merge.
func messages(name string, doc *document) ([]message, error) {
	w := walker{name: name, lines: doc.lines, out: make([]message, 0, len(doc.order))}
	if ok, err := w.isMessage(doc.root, ""); err != nil {
		return nil, err
	} else if ok {
		m := w.message(doc.root, "", "")
		w.out = append(w.out, m)
	} else {
		for _, k := range doc.order {
			if err := w.entry(k, doc.root[k], "", ""); err != nil {
				return nil, err
			}
		}
	}
	// Nested tables come in map order; the root's keys are in file order
	// already, so this sort has little to do.
	slices.SortFunc(w.out, func(a, b message) int {
		return cmp.Or(cmp.Compare(a.line, b.line), strings.Compare(a.id, b.id))
	})
	return w.out, nil
}

type walker struct {
	name  string
	lines map[string]int
	out   []message
}

// walk adds the messages of a table that is not one; idPrefix and
// keyPath are the table's message ID and key path ("" at the root).
func (w *walker) walk(t map[string]any, idPrefix, keyPath string) error {
	for k, v := range t {
		if err := w.entry(k, v, idPrefix, keyPath); err != nil {
			return err
		}
	}
	return nil
}

// entry adds the message or messages of key k, holding v, in the table
// named idPrefix, at keyPath.
func (w *walker) entry(k string, v any, idPrefix, keyPath string) error {
	path, id := k, k
	if keyPath != "" {
		path = keyPath + "." + k
		id = idPrefix + "." + k
	}
	switch v := v.(type) {
	case string:
		w.out = append(w.out, message{id: id, other: v, line: w.lines[path]})
	case map[string]any:
		ok, err := w.isMessage(v, path)
		if err != nil {
			return err
		}
		if !ok {
			return w.walk(v, id, path)
		}
		w.out = append(w.out, w.message(v, id, path))
	}
	return nil
}

func (w *walker) isMessage(t map[string]any, path string) (bool, error) {
	reserved := 0
	for k, v := range t {
		if isReserved(k, v) {
			reserved++
		}
	}
	if reserved == 0 || reserved == len(t) {
		return reserved > 0, nil
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
	what := "the file"
	if path != "" {
		what = path
	}
	return false, input.Errorf(w.name, w.lines[path], "%s mixes go-i18n message keys (%s) with other keys (%s)",
		what, strings.Join(res, ", "), strings.Join(other, ", "))
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
	return isStr || k == "translation"
}

func (w *walker) message(t map[string]any, id, path string) message {
	m := message{id: id, line: w.lines[path]}
	set := func(k, v string) {
		switch strings.ToLower(k) {
		case "id":
			if v != "" {
				m.id = v
			}
		case "description":
			m.description = v
		case "hash":
			m.hash = v
		case "other":
			m.other = v
		}
	}
	for k, v := range t {
		switch v := v.(type) {
		case string:
			if k == "translation" {
				m.other = v // go-i18n v1
				continue
			}
			set(k, v)
		case map[string]any:
			// go-i18n v1: "translation" holds the plural forms.
			for kk, vv := range v {
				if s, ok := vv.(string); ok {
					set(kk, s)
				}
			}
		}
	}
	return m
}
