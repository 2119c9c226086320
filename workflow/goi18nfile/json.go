package goi18nfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/terjime/terjime/internal/input"
)

// decodeJSON parses a JSON message file as decodeTOML does a TOML one,
// reading it token by token so that every key has its line.
func decodeJSON(name string, data []byte) (*document, error) {
	d := &jsonDecoder{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data)), line: 1,
		doc: &document{lines: map[string]int{}}}
	d.dec.UseNumber()
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.error(err)
	}
	switch tok {
	case json.Delim('{'):
		root, err := d.object("", true)
		if err != nil {
			return nil, err
		}
		d.doc.root = root
	case json.Delim('['):
		list, err := d.array("")
		if err != nil {
			return nil, err
		}
		d.doc.list = list
	case nil:
		d.doc.root = map[string]any{}
	default:
		d.doc.root = map[string]any{"": badValue{jsonKind(tok), 1}}
		d.doc.order = []string{""}
		d.doc.lines[""] = 1
	}
	if _, err := d.dec.Token(); err != io.EOF {
		if err != nil {
			return nil, d.error(err)
		}
		return nil, input.Errorf(name, d.lineAt(int(d.dec.InputOffset())), "more after the file's value")
	}
	return d.doc, nil
}

type jsonDecoder struct {
	name string
	data []byte
	dec  *json.Decoder
	doc  *document
	// line is the line at lineOff; offsets only grow while decoding.
	line, lineOff int
}

func (d *jsonDecoder) lineAt(off int) int {
	if off > d.lineOff {
		d.line += bytes.Count(d.data[d.lineOff:off], []byte{'\n'})
		d.lineOff = off
	}
	return d.line
}

// next is the offset of the next token.
func (d *jsonDecoder) next() int {
	off := int(d.dec.InputOffset())
	for off < len(d.data) && (isSpace(d.data[off]) || d.data[off] == ',') {
		off++
	}
	return off
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// error names the line of a syntax error.
func (d *jsonDecoder) error(err error) error {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return input.Errorf(d.name, bytes.Count(d.data[:min(int(se.Offset), len(d.data))], []byte{'\n'})+1, "%v", se)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return input.Errorf(d.name, bytes.Count(d.data, []byte{'\n'})+1, "unexpected end of JSON input")
	}
	return input.Errorf(d.name, 0, "%v", err)
}

// object reads the members of an object whose "{" was read.
func (d *jsonDecoder) object(path string, root bool) (map[string]any, error) {
	m := map[string]any{}
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return nil, d.error(err)
		}
		key, _ := tok.(string)
		p := key
		if path != "" {
			p = path + "." + key
		}
		if _, ok := d.doc.lines[p]; !ok {
			d.doc.lines[p] = d.lineAt(int(d.dec.InputOffset()))
		}
		v, err := d.value(p)
		if err != nil {
			return nil, err
		}
		if _, dup := m[key]; !dup && root {
			d.doc.order = append(d.doc.order, key)
		}
		m[key] = v
	}
	if _, err := d.dec.Token(); err != nil { // "}"
		return nil, d.error(err)
	}
	return m, nil
}

// array reads the items of an array whose "[" was read, each at path
// "[i]" after the array's.
func (d *jsonDecoder) array(path string) ([]any, error) {
	var out []any
	for i := 0; d.dec.More(); i++ {
		p := path + "[" + strconv.Itoa(i) + "]"
		d.doc.lines[p] = d.lineAt(d.next())
		v, err := d.value(p)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if _, err := d.dec.Token(); err != nil { // "]"
		return nil, d.error(err)
	}
	return out, nil
}

func (d *jsonDecoder) value(path string) (any, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.error(err)
	}
	switch t := tok.(type) {
	case string:
		return t, nil
	case nil:
		return nil, nil
	case json.Delim:
		if t == '{' {
			return d.object(path, false)
		}
		line := d.doc.lines[path]
		if _, err := d.array(path); err != nil {
			return nil, err
		}
		return badValue{"array", line}, nil
	}
	return badValue{jsonKind(tok), d.doc.lines[path]}, nil
}

func jsonKind(tok json.Token) string {
	switch tok.(type) {
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	}
	return "array"
}
