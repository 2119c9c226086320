package xmlsafe

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"

	"github.com/terjime/terjime/internal/input"
)

// load reads the whole document, at most max bytes, and prepares it. The
// document is held in memory because the lexer works on one buffer; the
// bound keeps that harmless.
func load(name string, r io.Reader, max int64) ([]byte, *Error) {
	data, err := input.Read(name, r, input.Limit{MaxBytes: max})
	if err != nil {
		if e, ok := errors.AsType[*Error](err); ok {
			return nil, e
		}
		return nil, &Error{File: name, Msg: err.Error(), Err: err}
	}
	return prepare(data, max)
}

// prepare returns data as UTF-8 with line ends normalised to "\n", with
// room for one more byte (the lexer's end marker), after checking that it
// holds only characters XML allows. It may rewrite data in place.
func prepare(data []byte, max int64) ([]byte, *Error) {
	if err := (input.Limit{MaxBytes: max}).Check("", int64(len(data))); err != nil {
		return nil, err.(*Error)
	}

	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	default:
		if kind, _ := input.UTF16(data); kind != "" {
			return nil, &Error{Line: 1, Column: 1, Msg: fmt.Sprintf("the file is %s without a byte-order mark: save it as UTF-8 (or as UTF-16 with a byte-order mark)", strings.ToUpper(kind))}
		}
		label, at := declaredEncoding(data)
		switch strings.ToLower(label) {
		case "", "utf-8", "utf8", "us-ascii", "ascii":
		default:
			e, err := ianaindex.IANA.Encoding(label)
			if err != nil || e == nil {
				return nil, &Error{Line: 1, Column: at + 1, Msg: fmt.Sprintf("unsupported encoding %q in the XML declaration", label)}
			}
			enc = e
		}
	}
	if enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, &Error{Msg: "cannot decode the file: " + err.Error(), Err: err}
		}
		data = out
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = normaliseLineEnds(data)
	}
	if off, msg := checkChars(data); off >= 0 {
		line, col := position(data, off)
		return nil, &Error{Line: line, Column: col, Msg: msg}
	}
	if cap(data) == len(data) {
		data = append(data, 0)[:len(data)]
	}
	return data, nil
}

// declaredEncoding returns the encoding named by the XML declaration at
// the start of data (ASCII-compatible encodings only: UTF-16 comes with a
// byte-order mark) and its byte offset, or "" when there is none.
func declaredEncoding(data []byte) (string, int) {
	if !bytes.HasPrefix(data, []byte("<?xml")) || len(data) < 6 || !isSpace(data[5]) {
		return "", 0
	}
	end := bytes.Index(data, []byte("?>"))
	if end < 0 {
		return "", 0
	}
	v, at := pseudoAttr(data[:end], "encoding")
	if at < 0 {
		return "", 0
	}
	return string(v), at
}

// pseudoAttr returns the value of name="value" in an XML declaration and
// its offset in decl, or -1 when decl has none.
func pseudoAttr(decl []byte, name string) ([]byte, int) {
	i := bytes.Index(decl, []byte(name))
	if i < 0 {
		return nil, -1
	}
	rest := bytes.TrimLeft(decl[i+len(name):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return nil, -1
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) < 2 || rest[0] != '"' && rest[0] != '\'' {
		return nil, -1
	}
	q := bytes.IndexByte(rest[1:], rest[0])
	if q < 0 {
		return nil, -1
	}
	at := len(decl) - len(rest) + 1
	return rest[1 : 1+q], at
}

// normaliseLineEnds turns "\r\n" and a lone "\r" into "\n" in place, as an
// XML processor must before parsing.
func normaliseLineEnds(data []byte) []byte {
	w := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		}
		data[w] = c
		w++
	}
	return data[:w]
}

// checkChars returns the offset of the first byte that is not part of an
// XML 1.0 character (invalid UTF-8, a control character other than tab
// and line feed, U+FFFE or U+FFFF) and what is wrong, or -1. It runs over
// every byte of every file read, so the common cases are taken quickly:
// eight ASCII bytes at a time, and two-byte sequences (Cyrillic, Turkmen
// letters), which always encode characters XML allows.
func checkChars(data []byte) (int, string) {
	const low, high = 0x2020202020202020, 0x8080808080808080
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			// (w - 0x20…) &^ w has the high bit set in a byte below
			// 0x20 (and maybe in the bytes after it).
			if i+8 <= len(data) {
				if w := binary.LittleEndian.Uint64(data[i:]); w&high == 0 && (w-low)&^w&high == 0 {
					i += 8
					continue
				}
			}
			if c < 0x20 && c != '\t' && c != '\n' {
				return i, fmt.Sprintf("control character U+%04X: XML 1.0 cannot carry it", c)
			}
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(data) && data[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i, "invalid UTF-8 (is the file in the encoding its XML declaration names?)"
		}
		if !ValidRune(r) {
			return i, fmt.Sprintf("character U+%04X: XML 1.0 cannot carry it", r)
		}
		i += n
	}
	return -1, ""
}

// position returns the 1-based line and byte column of offset off.
func position(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
