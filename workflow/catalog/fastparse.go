package catalog

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// fastParse reads the subset of TOML that Marshal writes — comments, one
// `key = value` per line with basic strings, integers, booleans and
// one-line string arrays, and [[segment]] / [[obsolete]] headers — in one
// pass straight into the catalog's segments, each with the line of its
// table header: about ten times faster than go-toml's decoder, which takes
// some 2 s of processor time for 100,000 segments (BenchmarkParse, with
// the decoder timed the same way), where this reader stays near the 0.1 s
// a command can spend reading a large catalog. On anything
// outside that subset (a hand edit using multi-line or literal strings,
// inline tables, a duplicate key, an unknown key) or a segment that
// convert would refuse (no id, source or state, an unknown state or kind)
// it reports ok=false and Parse falls back to go-toml, which reads all of
// TOML, and to convert, which give the precise error.
//
// It works on the file as one string, so that every plain value is a
// substring of it rather than an allocation of its own.
func fastParse(data string) (c *Catalog, ok bool) {
	n := strings.Count(data, "\n[[segment]]")
	c = &Catalog{Segments: make([]Segment, 0, n)}
	var cur *Segment
	var conflict *Conflict // the [[segment.conflict]] table being read, if any
	obsolete := false      // cur is an [[obsolete]] entry
	var seen uint32        // keys set in the current table, one bit each
	line := 0
	for len(data) > 0 {
		line++
		if key, val, rest, ok := stringLine(data); ok {
			bit := keyBit(key)
			if bit == 0 || seen&bit != 0 || !setValue(c, cur, conflict, key, val) {
				return nil, false
			}
			seen |= bit
			data = rest
			continue
		}
		var l string
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
			if len(l) > 0 && l[len(l)-1] == '\r' {
				l = l[:len(l)-1]
			}
		} else {
			l, data = data, ""
		}
		// Any other carriage return ends up where nothing below accepts
		// it: in a key, a value, a comment or a header.
		l = trimBlank(l)
		if len(l) == 0 {
			continue
		}
		if l[0] == '#' {
			if strings.IndexFunc(l, isControl) >= 0 {
				return nil, false
			}
			continue
		}
		if l[0] == '[' {
			if !c.tableDone(cur, conflict, seen) {
				return nil, false
			}
			conflict = nil
			switch l {
			case "[[segment]]":
				c.Segments = append(c.Segments, Segment{Line: line})
				cur, obsolete = &c.Segments[len(c.Segments)-1], false
			case "[[obsolete]]":
				c.Obsolete = append(c.Obsolete, Segment{Line: line})
				cur, obsolete = &c.Obsolete[len(c.Obsolete)-1], true
			case "[[segment.conflict]]", "[[obsolete.conflict]]":
				// A conflict belongs to the entry just read, of its kind.
				if cur == nil || obsolete != (l == "[[obsolete.conflict]]") {
					return nil, false
				}
				cur.Conflicts = append(cur.Conflicts, Conflict{})
				conflict = &cur.Conflicts[len(cur.Conflicts)-1]
			default:
				return nil, false
			}
			seen = 0
			continue
		}
		eq := strings.IndexByte(l, '=')
		if eq <= 0 {
			return nil, false
		}
		key := trimBlank(l[:eq])
		val := trimBlank(l[eq+1:])
		bit := keyBit(key)
		if bit == 0 || seen&bit != 0 {
			return nil, false
		}
		seen |= bit
		if !setKey(c, cur, conflict, key, val) {
			return nil, false
		}
	}
	if !c.tableDone(cur, conflict, seen) {
		return nil, false
	}
	if len(c.Segments) == 0 {
		c.Segments = nil // as convert leaves it
	}
	return c, true
}

// complete reports whether a segment whose keys are seen has what
// convert requires: an id, a source, a state and, in a source catalog, a
// known kind.
func (c *Catalog) complete(s *Segment, seen uint32) bool {
	const need = bitID | bitSource | bitState
	return seen&need == need && s.ID != "" && (s.Kind == "" || !c.IsSource() || validKind(s.Kind))
}

// tableDone reports whether the table just read, whose keys are seen, is
// complete: a segment as complete says, a conflict with a state. The
// segment a conflict belongs to was checked when its first conflict began.
func (c *Catalog) tableDone(s *Segment, conflict *Conflict, seen uint32) bool {
	switch {
	case conflict != nil:
		return seen&bitState != 0
	case s != nil:
		return c.complete(s, seen)
	}
	return true
}

// The bits of the keys every segment must have.
const (
	bitID     = 1 << 7
	bitSource = 1 << 11
	bitState  = 1 << 14
)

// keyBit gives each key a catalog may have one bit of the per-table set
// that catches a key written twice; 0 for any other key.
func keyBit(key string) uint32 {
	switch key {
	case "document":
		return 1 << 0
	case "locale":
		return 1 << 1
	case "source_locale":
		return 1 << 2
	case "source_file":
		return 1 << 3
	case "encoding":
		return 1 << 4
	case "bom":
		return 1 << 5
	case "lead":
		return 1 << 6
	case "id":
		return bitID
	case "kind":
		return 1 << 8
	case "block":
		return 1 << 9
	case "verbatim":
		return 1 << 10
	case "source":
		return bitSource
	case "sep":
		return 1 << 12
	case "target":
		return 1 << 13
	case "state":
		return bitState
	case "source_hash":
		return 1 << 15
	case "previous_source":
		return 1 << 16
	case "note":
		return 1 << 17
	case "terms":
		return 1 << 18
	case "format":
		return 1 << 19
	case "codes":
		return 1 << 20
	case "changed_by":
		return 1 << 21
	case "changed_at":
		return 1 << 22
	case "from":
		return 1 << 23
	case "in":
		return 1 << 24
	case "at":
		return 1 << 25
	}
	return 0
}

// trimBlank trims spaces and tabs, the white space TOML allows around
// keys and values.
func trimBlank(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// stringLine reads a line `key = "value"` with a plain basic string (no
// escapes) at the start of data, where most lines of a catalog are, and
// returns the rest of data after it: the value is scanned once, without
// searching for the end of the line first. Any other line gives ok=false
// and goes the general way.
func stringLine(data string) (key, val, rest string, ok bool) {
	i := skipBlank(data, 0)
	j := i
	for j < len(data) && (data[j] >= 'a' && data[j] <= 'z' || data[j] == '_') {
		j++
	}
	if j == i {
		return "", "", "", false
	}
	key = data[i:j]
	j = skipBlank(data, j)
	if j >= len(data) || data[j] != '=' {
		return "", "", "", false
	}
	j = skipBlank(data, j+1)
	if j >= len(data) || data[j] != '"' {
		return "", "", "", false
	}
	// A raw line break stops plainLen too, so the value ends on this line.
	q := j + 1 + plainLen(data[j+1:])
	if q >= len(data) || data[q] != '"' {
		return "", "", "", false
	}
	val = data[j+1 : q]
	k := skipBlank(data, q+1)
	switch {
	case k == len(data):
		rest = ""
	case data[k] == '\n':
		rest = data[k+1:]
	case data[k] == '\r' && k+1 < len(data) && data[k+1] == '\n':
		rest = data[k+2:]
	default: // a comment, a second quote of """, anything else
		return "", "", "", false
	}
	return key, val, rest, true
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func setKey(c *Catalog, s *Segment, conflict *Conflict, key string, val string) bool {
	switch {
	case conflict != nil:
	case s == nil && key == "bom":
		return boolean(val, &c.BOM)
	case s == nil:
	case key == "verbatim":
		return boolean(val, &s.Verbatim)
	case key == "block":
		return integer(val, &s.Block)
	case key == "at":
		return integer(val, &s.At)
	case key == "terms":
		return stringArray(val, &s.Terms)
	case key == "codes":
		return stringArray(val, &s.Codes)
	}
	v, ok := basicString(val)
	return ok && setValue(c, s, conflict, key, v)
}

// setValue sets a string-valued key in the table being read: a conflict
// table when conflict is not nil.
func setValue(c *Catalog, s *Segment, conflict *Conflict, key, v string) bool {
	if conflict != nil {
		return setConflict(conflict, key, v)
	}
	return setString(c, s, key, v)
}

// setConflict sets a key of a [[segment.conflict]] table.
func setConflict(k *Conflict, key, v string) bool {
	switch key {
	case "target":
		k.Target = v
	case "state":
		st, err := ParseState(v)
		k.State = st
		return err == nil
	case "note":
		k.Note = v
	case "changed_by":
		k.ChangedBy = v
	case "changed_at":
		k.ChangedAt = v
	case "from":
		k.From = v
	default:
		return false
	}
	return true
}

// setString sets a key whose value is a string, in the catalog's header
// (s == nil) or in segment s.
func setString(c *Catalog, s *Segment, key string, v string) bool {
	if s == nil {
		switch key {
		case "document":
			c.Document = v
		case "locale":
			c.Locale = v
		case "source_locale":
			c.SourceLocale = v
		case "source_file":
			c.SourceFile = v
		case "format":
			c.Format = v
		case "encoding":
			c.Encoding = v
		case "lead":
			c.Lead = v
		default:
			return false
		}
		return true
	}
	switch key {
	case "id":
		s.ID = v
	case "source":
		s.Source = v
	case "state":
		st, err := ParseState(v)
		s.State = st
		return err == nil
	case "kind":
		s.Kind = v
	case "sep":
		s.Sep = v
	case "in":
		s.In = v
	case "target":
		s.Target = v
	case "source_hash":
		s.SourceHash = v
	case "previous_source":
		s.PreviousSource = v
	case "note":
		s.Note = v
	case "changed_by":
		s.ChangedBy = v
	case "changed_at":
		s.ChangedAt = v
	default:
		return false
	}
	return true
}

// integer reads a decimal integer as TOML writes it (no leading zero).
func integer(val string, dst *int) bool {
	n, err := strconv.Atoi(val)
	if err != nil || (len(val) > 1 && val[0] == '0') {
		return false
	}
	*dst = n
	return true
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
	// Fast case: no escapes. One pass finds the first byte that is not
	// plain; the string is done if it is the closing quote.
	if q := 1 + plainLen(b[1:]); q < len(b) && b[q] == '"' {
		return b[1:q], q + 1, true
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

// stop marks the bytes a basic string cannot hold as they are — the
// escape character and control characters other than tab — and the quote
// that ends it.
var stop = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t'
	}
	t[0x7f], t['\\'], t['"'] = true, true, true
	return t
}()

// plainLen returns the length of the run of bytes at the start of s that
// a basic string holds as they are. It tests eight bytes at a time for a
// byte below 0x20, '"', '\\' or 0x7f (a tab among them is checked byte by
// byte): most texts are long and have none until their closing quote.
func plainLen(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		q, bs, del := x^(ones*'"'), x^(ones*'\\'), x^(ones*0x7f)
		m := (x-ones*0x20)&^x | (q-ones)&^q | (bs-ones)&^bs | (del-ones)&^del
		if m&highs != 0 {
			for j := i; j < i+8; j++ {
				if stop[s[j]] {
					return j
				}
			}
		}
	}
	for ; i < len(s); i++ {
		if stop[s[i]] {
			return i
		}
	}
	return len(s)
}
