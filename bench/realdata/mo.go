package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

var (
	charsetRE = regexp.MustCompile(`charset=([A-Za-z0-9_.:-]+)`)
	pluralRE  = regexp.MustCompile(`plural=([^;\n]+)`)
)

// entry is one message of a compiled gettext catalog: the English msgid
// (the plural of a plural entry) and its translation (of a plural entry,
// the form its catalog uses for 5; the last one without Plural-Forms).
type entry struct {
	id, str string
	kind    string // a manual's segment kind (manual.go); "" is a paragraph
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
	// It also names the plural forms: a plural entry is read in the form
	// for 5 (see below).
	var dec *encoding.Decoder
	form := -1 // the last
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
			if m := pluralRE.FindStringSubmatch(h); m != nil {
				if f, err := pluralForm(m[1], 5); err == nil {
					form = f
				}
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
			// A plural entry: msgid_plural and the form for 5, which
			// both hold the number ("%d weeks ago"). msgstr[0] of Russian
			// is also 21, 31…, so it has the number where msgid has none;
			// nor is the last form always right: KDE's Russian has a
			// fourth, for exactly 1, which may leave the number out
			// ("Удалить импортированный файл?").
			forms := strings.Split(s, "\x00")
			id, s = plural, forms[len(forms)-1]
			if form >= 0 && form < len(forms) {
				s = forms[form]
			}
		}
		if id == "" || s == "" {
			continue
		}
		if dec != nil {
			if s, err = dec.String(s); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
		}
		out = append(out, entry{id: id, str: s})
	}
	return out, nil
}

// pluralForm evaluates a Plural-Forms expression of gettext (C syntax:
// n, integers, ! * / % + - < > <= >= == != && || ?: and brackets) for n.
func pluralForm(expr string, n int) (int, error) {
	p := &plural{s: strings.ReplaceAll(expr, " ", ""), n: n}
	v := p.cond()
	if p.err == nil && p.i < len(p.s) {
		p.err = fmt.Errorf("plural expression %q: unexpected %q", expr, p.s[p.i:])
	}
	return v, p.err
}

type plural struct {
	s   string
	i   int
	n   int
	err error
}

func (p *plural) eat(tok string) bool {
	if strings.HasPrefix(p.s[p.i:], tok) {
		p.i += len(tok)
		return true
	}
	return false
}

func (p *plural) cond() int {
	c := p.binary(0)
	if !p.eat("?") {
		return c
	}
	a := p.cond()
	if !p.eat(":") && p.err == nil {
		p.err = fmt.Errorf("plural expression %q: no \":\"", p.s)
	}
	b := p.cond()
	if c != 0 {
		return a
	}
	return b
}

// the binary operators by precedence, loosest first; a longer token
// before its prefix (<= before <)
var pluralOps = [][]string{{"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}}

func (p *plural) binary(level int) int {
	if level == len(pluralOps) {
		return p.unary()
	}
	v := p.binary(level + 1)
	for {
		op := ""
		for _, o := range pluralOps[level] {
			if p.eat(o) {
				op = o
				break
			}
		}
		if op == "" {
			return v
		}
		w := p.binary(level + 1)
		switch op {
		case "||":
			v = b2i(v != 0 || w != 0)
		case "&&":
			v = b2i(v != 0 && w != 0)
		case "==":
			v = b2i(v == w)
		case "!=":
			v = b2i(v != w)
		case "<=":
			v = b2i(v <= w)
		case ">=":
			v = b2i(v >= w)
		case "<":
			v = b2i(v < w)
		case ">":
			v = b2i(v > w)
		case "+":
			v += w
		case "-":
			v -= w
		case "*":
			v *= w
		case "/", "%":
			if w == 0 {
				p.err = fmt.Errorf("plural expression %q: division by zero", p.s)
				return 0
			}
			if op == "/" {
				v /= w
			} else {
				v %= w
			}
		}
	}
}

func (p *plural) unary() int {
	switch {
	case p.eat("!"):
		return b2i(p.unary() == 0)
	case p.eat("("):
		v := p.cond()
		if !p.eat(")") && p.err == nil {
			p.err = fmt.Errorf("plural expression %q: no \")\"", p.s)
		}
		return v
	case p.eat("n"):
		return p.n
	}
	j := p.i
	for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
		j++
	}
	if j == p.i {
		if p.err == nil {
			p.err = fmt.Errorf("plural expression %q: unexpected %q", p.s, p.s[p.i:])
		}
		return 0
	}
	v, _ := strconv.Atoi(p.s[p.i:j])
	p.i = j
	return v
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
