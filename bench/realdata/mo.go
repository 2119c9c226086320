package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"regexp"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

var charsetRE = regexp.MustCompile(`charset=([A-Za-z0-9_.:-]+)`)

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
	// The header (the empty msgid's translation) names the charset; a
	// catalog in a legacy one (sharutils' Russian is KOI8-R) is decoded.
	var dec *encoding.Decoder
	for i := range n {
		if id, _ := str(orig, i); id == "" {
			h, _ := str(trans, i)
			if m := charsetRE.FindStringSubmatch(h); m != nil && !strings.EqualFold(m[1], "UTF-8") {
				e, err := htmlindex.Get(m[1])
				if err != nil {
					return nil, fmt.Errorf("%s: charset %q: %w", path, m[1], err)
				}
				dec = e.NewDecoder()
			}
			break
		}
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
		if dec != nil {
			if s, err = dec.String(s); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
		}
		out = append(out, entry{id, s})
	}
	return out, nil
}
