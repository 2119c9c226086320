package goi18nfile

import (
	"bytes"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// fastMessages reads a message file in the shape terjime and goi18n write
// it, one table per message holding only go-i18n's keys as strings:
//
//	["news.5ce6fa46ab49"]
//	description = "…"
//	hash = "sha1-…"
//	other = "…"
//
// without building a map per message, which makes a large merge half as
// slow. ok is false for anything else (nested tables, dotted keys, other
// values, a repeated table or key, a syntax error): the caller then reads
// the file the general way, which also reports the errors.
func fastMessages(data []byte) (msgs []Message, ok bool) {
	var p unstable.Parser
	p.Reset(data)
	seen := map[string]struct{}{}
	var cur *Message
	var keys uint16 // the keys cur has, one bit each
	line, lineOff := 1, 0
	for p.NextExpression() {
		e := p.Expression()
		it := e.Key()
		if !it.Next() {
			return nil, false
		}
		k := it.Node()
		if it.Next() {
			return nil, false // a dotted key
		}
		switch e.Kind {
		case unstable.Table:
			if cur != nil && keys == 0 {
				return nil, false
			}
			id := string(k.Data)
			if _, dup := seen[id]; dup {
				return nil, false
			}
			seen[id] = struct{}{}
			off := int(k.Raw.Offset)
			line += bytes.Count(data[lineOff:off], []byte{'\n'})
			lineOff = off
			msgs = append(msgs, Message{ID: id, Line: line})
			cur, keys = &msgs[len(msgs)-1], 0
		case unstable.KeyValue:
			v := e.Value()
			if cur == nil || v.Kind != unstable.String {
				return nil, false
			}
			bit := fieldBit(k.Data)
			if bit == 0 || keys&bit != 0 {
				return nil, false
			}
			keys |= bit
			cur.set(keyString(k.Data), string(v.Data))
		default:
			return nil, false
		}
	}
	if p.Error() != nil || (cur != nil && keys == 0) {
		return nil, false
	}
	return msgs, true
}

const (
	bitID uint16 = 1 << iota
	bitDescription
	bitHash
	bitOther
	bitOtherField // leftdelim, rightdelim, zero, one, two, few, many
)

// fieldBit names a go-i18n message key (case as go-i18n ignores it); 0 for
// any other key. The plural forms other than "other" and the delimiters
// share a bit: terjime's and goi18n's files of one form have none of them,
// and a second one sends the file down the general path, which reads it.
func fieldBit(k []byte) uint16 {
	switch string(k) {
	case "other":
		return bitOther
	case "hash":
		return bitHash
	case "description":
		return bitDescription
	}
	switch strings.ToLower(string(k)) {
	case "id":
		return bitID
	case "description":
		return bitDescription
	case "hash":
		return bitHash
	case "other":
		return bitOther
	case "leftdelim", "rightdelim", "zero", "one", "two", "few", "many":
		return bitOtherField
	}
	return 0
}
