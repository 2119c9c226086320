package catalog

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// fastParse reads the subset of TOML that Marshal writes — comments, one
// `key = value` per line with basic strings, integers, booleans and
// one-line string arrays, and [[segment]] / [[obsolete]] headers — in one
// pass, several times faster than a general decoder. It also records the
// line of every table header. On anything outside that subset (a hand edit
// using multi-line or literal strings, inline tables, a duplicate key, an
// unknown key) it reports ok=false and Parse falls back to go-toml, which
// reads all of TOML and gives the precise error.
//
// It works on one string copy of the file, so that every plain value is a
// substring of it rather than an allocation of its own.
func fastParse(raw []byte) (f fileCatalog, segLines, obsLines []int, ok bool) {
	data := string(raw)
	n := strings.Count(data, "\n[[segment]]")
	f.Segment = make([]fileSegment, 0, n)
	var cur *fileSegment
	var seen uint32 // keys set in the current table, one bit each
	line := 0
	for len(data) > 0 {
		line++
		var l string
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
			l = strings.TrimSuffix(l, "\r")
		} else {
			l, data = data, ""
		}
		if strings.IndexByte(l, '\r') >= 0 {
			return f, nil, nil, false
		}
		l = strings.Trim(l, " \t")
		if len(l) == 0 {
			continue
		}
		if l[0] == '#' {
			if strings.IndexFunc(l, isControl) >= 0 {
				return f, nil, nil, false
			}
			continue
		}
		if l[0] == '[' {
			switch l {
			case "[[segment]]":
				f.Segment = append(f.Segment, fileSegment{})
				cur = &f.Segment[len(f.Segment)-1]
				segLines = append(segLines, line)
			case "[[obsolete]]":
				f.Obsolete = append(f.Obsolete, fileSegment{})
				cur = &f.Obsolete[len(f.Obsolete)-1]
				obsLines = append(obsLines, line)
			default:
				return f, nil, nil, false
			}
			seen = 0
			continue
		}
		eq := strings.IndexByte(l, '=')
		if eq <= 0 {
			return f, nil, nil, false
		}
		key := strings.TrimRight(l[:eq], " \t")
		val := strings.TrimLeft(l[eq+1:], " \t")
		bit, known := keyBits[key]
		if !known || seen&bit != 0 {
			return f, nil, nil, false
		}
		seen |= bit
		if !setKey(&f, cur, key, val) {
			return f, nil, nil, false
		}
	}
	return f, segLines, obsLines, true
}

// keyBits gives each key a catalog may have one bit of the per-table set
// that catches a key written twice.
var keyBits = func() map[string]uint32 {
	m := map[string]uint32{}
	for i, k := range []string{"document", "locale", "source_locale", "source_file", "encoding", "bom", "lead",
		"id", "kind", "block", "verbatim", "source", "sep", "target", "state", "source_hash", "previous_source", "note", "terms"} {
		m[k] = 1 << i
	}
	return m
}()

func setKey(f *fileCatalog, s *fileSegment, key string, val string) bool {
	str := func(dst *string) bool {
		v, ok := basicString(val)
		*dst = v
		return ok
	}
	strp := func(dst **string) bool {
		v, ok := basicString(val)
		*dst = &v
		return ok
	}
	if s == nil {
		switch key {
		case "document":
			return str(&f.Document)
		case "locale":
			return str(&f.Locale)
		case "source_locale":
			return str(&f.SourceLocale)
		case "source_file":
			return str(&f.SourceFile)
		case "encoding":
			return str(&f.Encoding)
		case "lead":
			return str(&f.Lead)
		case "bom":
			return boolean(val, &f.BOM)
		}
		return false
	}
	switch key {
	case "id":
		return strp(&s.ID)
	case "source":
		return strp(&s.Source)
	case "state":
		return strp(&s.State)
	case "kind":
		return str(&s.Kind)
	case "sep":
		return str(&s.Sep)
	case "target":
		return str(&s.Target)
	case "source_hash":
		return str(&s.SourceHash)
	case "previous_source":
		return str(&s.PreviousSource)
	case "note":
		return str(&s.Note)
	case "verbatim":
		return boolean(val, &s.Verbatim)
	case "block":
		n, err := strconv.Atoi(val)
		if err != nil || (len(val) > 1 && val[0] == '0') {
			return false
		}
		s.Block = n
		return true
	case "terms":
		return stringArray(val, &s.Terms)
	}
	return false
}

func boolean(val string, dst *bool) bool {
	switch val {
	case "true":
		*dst = true
	case "false":
		*dst = false
	default:
		return false
	}
	return true
}

// stringArray reads `["a", "b"]` on one line.
func stringArray(val string, dst *[]string) bool {
	if len(val) < 2 || val[0] != '[' || val[len(val)-1] != ']' {
		return false
	}
	rest := strings.Trim(val[1:len(val)-1], " \t")
	var out []string
	for len(rest) > 0 {
		s, n, ok := scanBasicString(rest)
		if !ok {
			return false
		}
		out = append(out, s)
		rest = strings.TrimLeft(rest[n:], " \t")
		if len(rest) == 0 {
			break
		}
		if rest[0] != ',' {
			return false
		}
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	*dst = out
	return true
}

// basicString reads a whole value that must be exactly one basic string.
func basicString(val string) (string, bool) {
	s, n, ok := scanBasicString(val)
	return s, ok && n == len(val)
}

// scanBasicString reads a TOML basic string at the start of b and returns
// it with the number of bytes it took.
func scanBasicString(b string) (string, int, bool) {
	if len(b) < 2 || b[0] != '"' || (len(b) >= 3 && b[1] == '"' && b[2] == '"') {
		return "", 0, false
	}
	// Fast case: no escapes. Find the closing quote with the vectorised
	// search, then make sure nothing before it needs a closer look.
	if q := strings.IndexByte(b[1:], '"'); q >= 0 {
		span := b[1 : 1+q]
		plain := true
		for i := 0; i < len(span); i++ {
			if special[span[i]] {
				plain = false
				break
			}
		}
		if plain {
			return span, q + 2, true
		}
	}
	out := make([]byte, 0, len(b))
	for i := 1; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"':
			return string(out), i + 1, true
		case c < 0x20 && c != '\t' || c == 0x7f:
			return "", 0, false
		case c != '\\':
			out = append(out, c)
			continue
		}
		i++
		if i >= len(b) {
			return "", 0, false
		}
		switch b[i] {
		case '"', '\\':
			out = append(out, b[i])
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'r':
			out = append(out, '\r')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'u', 'U':
			digits := 4
			if b[i] == 'U' {
				digits = 8
			}
			if i+digits >= len(b) {
				return "", 0, false
			}
			v, err := strconv.ParseUint(b[i+1:i+1+digits], 16, 32)
			if err != nil || !utf8.ValidRune(rune(v)) {
				return "", 0, false
			}
			out = utf8.AppendRune(out, rune(v))
			i += digits
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

func isControl(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }

// special marks the bytes a basic string cannot hold as they are: the
// escape character and control characters other than tab.
var special = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t'
	}
	t[0x7f], t['\\'] = true, true
	return t
}()
