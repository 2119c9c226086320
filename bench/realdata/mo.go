package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
)

// entry is one message of a compiled gettext catalog: the English msgid
// (the plural of a plural entry) and its translation (the last form).
type entry struct {
	id, str string
}

// readMO reads a GNU .mo file: magic, revision, count, the offsets of the
// original and translation tables, each a (length, offset) pair per
// message. The header (empty msgid) and context prefixes are dropped.
func readMO(path string) ([]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder
	switch binary.LittleEndian.Uint32(data) {
	case 0x950412de:
		bo = binary.LittleEndian
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(bo.Uint32(data[8:]))
	orig, trans := int(bo.Uint32(data[12:])), int(bo.Uint32(data[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(data) {
			return "", fmt.Errorf("%s: table out of range", path)
		}
		l, off := int(bo.Uint32(data[at:])), int(bo.Uint32(data[at+4:]))
		if off+l > len(data) {
			return "", fmt.Errorf("%s: string out of range", path)
		}
		return string(data[off : off+l]), nil
	}
	var out []entry
	for i := range n {
		id, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		s, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if _, after, ok := strings.Cut(id, "\x04"); ok {
			id = after // msgctxt
		}
		if _, plural, ok := strings.Cut(id, "\x00"); ok {
			// A plural entry: msgid_plural and the last form, which both
			// hold the number ("%d weeks ago"); msgstr[0] of Russian is
			// also 21, 31…, so it has the number where msgid has none.
			id, s = plural, s[strings.LastIndexByte(s, 0)+1:]
		}
		if id == "" || s == "" {
			continue
		}
		out = append(out, entry{id, s})
	}
	return out, nil
}
