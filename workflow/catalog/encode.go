package catalog

import (
	"bytes"
	"io"
	"strconv"
	"unicode/utf8"
)

const targetHeader = `# terjime catalog. Translate by filling "target" and setting "state"
# (untranslated, outdated, translated, reviewed, final); add a "note" if useful.
# Everything else is maintained by "terjime segment".
`

const sourceHeader = `# terjime source catalog, maintained by "terjime segment": do not edit.
# It records the source document's segments and the text between them.
`

// Marshal returns the catalog as TOML. The output depends only on the
// catalog's content, so writing an unchanged catalog changes no byte.
func (c *Catalog) Marshal() []byte {
	var b bytes.Buffer
	c.MarshalInto(&b)
	return b.Bytes()
}

// MarshalInto appends what Marshal returns to b, so that a caller writing
// many catalogs can reuse one buffer.
func (c *Catalog) MarshalInto(b *bytes.Buffer) {
	b.Grow(c.sizeHint())
	c.marshal(b, nil)
}

// WriteTo writes what Marshal returns to w a piece at a time, through a
// buffer of a few hundred KB: a catalog of tens of MB is never whole in
// memory.
func (c *Catalog) WriteTo(w io.Writer) (int64, error) {
	const flushAt = 256 << 10
	var b bytes.Buffer
	b.Grow(flushAt + flushAt/4)
	var n int64
	var err error
	flush := func() {
		if err == nil {
			var k int
			k, err = w.Write(b.Bytes())
			n += int64(k)
		}
		b.Reset()
	}
	c.marshal(&b, func() {
		if b.Len() >= flushAt {
			flush()
		}
	})
	flush()
	return n, err
}

// marshal writes the catalog to b, calling next (if not nil) after each
// segment.
func (c *Catalog) marshal(b *bytes.Buffer, next func()) {
	src := c.IsSource()
	if src {
		b.WriteString(sourceHeader)
	} else {
		b.WriteString(targetHeader)
	}
	b.WriteByte('\n')
	writeKey(b, "document", c.Document)
	writeKey(b, "locale", c.Locale)
	writeKey(b, "source_locale", c.SourceLocale)
	if src {
		writeKey(b, "source_file", c.SourceFile)
		if c.Format != "" {
			writeKey(b, "format", c.Format)
		}
		if c.Encoding != "" {
			writeKey(b, "encoding", c.Encoding)
		}
		if c.BOM {
			b.WriteString("bom = true\n")
		}
		writeKey(b, "lead", c.Lead)
	}
	for i := range c.Segments {
		b.WriteString("\n[[segment]]\n")
		writeSegment(b, &c.Segments[i], src)
		writeConflicts(b, "[[segment.conflict]]\n", c.Segments[i].Conflicts)
		if next != nil {
			next()
		}
	}
	for i := range c.Obsolete {
		b.WriteString("\n[[obsolete]]\n")
		writeSegment(b, &c.Obsolete[i], src)
		writeConflicts(b, "[[obsolete.conflict]]\n", c.Obsolete[i].Conflicts)
		if next != nil {
			next()
		}
	}
}

// sizeHint is a little more than Marshal writes when nothing needs
// escaping: growing a buffer of tens of MB by doubling copies and clears
// it again and again.
func (c *Catalog) sizeHint() int {
	n := 512 + len(c.Lead)
	for _, segs := range [][]Segment{c.Segments, c.Obsolete} {
		for i := range segs {
			s := &segs[i]
			n += 120 + len(s.ID) + len(s.Source) + len(s.Target) + len(s.SourceHash) +
				len(s.PreviousSource) + len(s.Note) + len(s.Kind) + len(s.Sep) + len(s.ChangedBy) + len(s.ChangedAt)
			for _, k := range s.Conflicts {
				n += 120 + len(k.Target) + len(k.Note) + len(k.ChangedBy) + len(k.ChangedAt) + len(k.From)
			}
			for _, t := range s.Terms {
				n += len(t) + 4
			}
			for _, t := range s.Codes {
				n += len(t) + 4
			}
		}
	}
	return n + n/32
}

func writeSegment(b *bytes.Buffer, s *Segment, src bool) {
	writeKey(b, "id", s.ID)
	if src {
		writeKey(b, "kind", s.Kind)
		b.WriteString("block = ")
		b.WriteString(strconv.Itoa(s.Block))
		b.WriteByte('\n')
		if s.Verbatim {
			b.WriteString("verbatim = true\n")
		}
		if s.In != "" {
			writeKey(b, "in", s.In)
			b.WriteString("at = ")
			b.WriteString(strconv.Itoa(s.At))
			b.WriteByte('\n')
		}
		writeKey(b, "source", s.Source)
		if len(s.Codes) > 0 {
			writeStrings(b, "codes", s.Codes)
		}
		writeKey(b, "sep", s.Sep)
		writeKey(b, "state", s.State.String())
		return
	}
	writeKey(b, "source", s.Source)
	writeKey(b, "target", s.Target)
	writeKey(b, "state", s.State.String())
	writeSet(b, "changed_by", s.ChangedBy)
	writeSet(b, "changed_at", s.ChangedAt)
	writeKey(b, "source_hash", s.SourceHash)
	writeSet(b, "previous_source", s.PreviousSource)
	writeKey(b, "note", s.Note)
	if len(s.Terms) > 0 {
		writeStrings(b, "terms", s.Terms)
	}
}

// writeStrings writes an array of strings on one line.
func writeStrings(b *bytes.Buffer, key string, vals []string) {
	b.WriteString(key)
	b.WriteString(" = [")
	for i, t := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		WriteTOMLString(b, t)
	}
	b.WriteString("]\n")
}

// writeConflicts writes a segment's open conflicts as tables of their own
// after it: deleting such a table by hand settles the conflict for the
// catalog's version.
func writeConflicts(b *bytes.Buffer, header string, cs []Conflict) {
	for _, k := range cs {
		b.WriteByte('\n')
		b.WriteString(header)
		writeKey(b, "target", k.Target)
		writeKey(b, "state", k.State.String())
		writeSet(b, "note", k.Note)
		writeSet(b, "changed_by", k.ChangedBy)
		writeSet(b, "changed_at", k.ChangedAt)
		writeKey(b, "from", k.From)
	}
}

// writeSet writes key only when it has a value.
func writeSet(b *bytes.Buffer, key, value string) {
	if value != "" {
		writeKey(b, key, value)
	}
}

func writeKey(b *bytes.Buffer, key, value string) {
	b.WriteString(key)
	b.WriteString(" = ")
	WriteTOMLString(b, value)
	b.WriteByte('\n')
}

// WriteTOMLString writes s as a TOML basic string. Control characters
// (and the invisible U+FEFF, U+2028, U+2029) are escaped; everything else,
// Cyrillic and Turkmen letters included, is written as is so the file stays
// readable.
func WriteTOMLString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	if plainString(s) {
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				if c < 0x20 || c == 0x7f {
					b.WriteString(`\u00`)
					b.WriteByte(hexDigit[c>>4])
					b.WriteByte(hexDigit[c&0xf])
				} else {
					b.WriteByte(c)
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(`\uFFFD`)
		} else if r == '\uFEFF' || r == '\u2028' || r == '\u2029' {
			// Invisible or line-breaking in editors: escape to keep the file honest.
			b.WriteString(`\u`)
			b.WriteString(strconv.FormatInt(int64(r)|0x10000, 16)[1:])
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}

const hexDigit = "0123456789abcdef"

// escapeASCII marks the ASCII bytes WriteTOMLString escapes: '"', '\\' and
// control characters.
var escapeASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'], t[0x7f] = true, true, true
	return t
}()

// plainString reports whether s can be written between quotes as it is,
// which almost every segment can. Every segment of every catalog is
// looked at, three times over for a source sentence (the source catalog
// and each target's): printable ASCII is let through eight bytes at a
// time.
func plainString(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainASCII8(uint64(s[i])|uint64(s[i+1])<<8|uint64(s[i+2])<<16|uint64(s[i+3])<<24|
			uint64(s[i+4])<<32|uint64(s[i+5])<<40|uint64(s[i+6])<<48|uint64(s[i+7])<<56) {
			i += 8
			continue
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if escapeASCII[c] {
				return false
			}
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2 // a valid two-byte sequence: Cyrillic, Turkmen letters, «»
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r == '\uFEFF' || r == '\u2028' || r == '\u2029' {
				return false
			}
			i += n
		}
	}
	return true
}

// plainASCII8 reports whether the eight bytes of x are all ASCII that
// WriteTOMLString copies (none of escapeASCII): no byte with the high bit,
// none below 0x20 and none equal to '"', '\\' or 0x7f. (x - 0x20…) & ^x
// has a byte's high bit set where that byte is below 0x20, given no high
// bits in x; x ^ c… has a zero byte where x has c.
func plainASCII8(x uint64) bool {
	return (x&highs)|below(x, 0x20)|below(x^ones*'"', 1)|below(x^ones*'\\', 1)|below(x^ones*0x7f, 1) == 0
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// below has the high bit of a byte set where x has a byte below n, for
// x without high bits and n ≤ 0x80 (and maybe in higher bytes too).
func below(x, n uint64) uint64 { return (x - ones*n) & ^x & highs }
