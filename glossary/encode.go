package glossary

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// FileHeader is the comment a new glossary file starts with: the format
// in brief, for a reader who has nothing else at hand.
const FileHeader = `# terjime glossary: the approved names of concepts in each locale. terjime check
# and terjime glossary check hold the translations to it; terjime glossary lint
# checks the glossary itself.
#
# One [[concept]] per concept: an id, an optional subject and note (say where
# the approved forms come from), and a table per locale. In a locale,
# "preferred" terms are approved and used first; "admitted" ones are approved
# but should not be mixed with the preferred one; "forbidden" ones are errors
# wherever they appear. Terms are found with their inflections. A term is a
# string, or an inline table with flags:
#   case_sensitive = true  the capitals must match (acronyms)
#   exact = true           match the written form only, without inflections
# do_not_translate = true on a concept: its source terms must appear
# unchanged in every translation.`

// Marshal writes the glossary in the canonical TOML form Parse reads: the
// header comment, then one [[concept]] per concept with a table per locale.
// The same glossary always gives the same bytes.
func (g *Glossary) Marshal() []byte {
	var b strings.Builder
	if g.Header != "" {
		b.WriteString(g.Header)
		b.WriteString("\n\n")
	}
	b.WriteString("version = 1\n")
	for i := range g.Concepts {
		c := &g.Concepts[i]
		b.WriteString("\n[[concept]]\n")
		fmt.Fprintf(&b, "id = %s\n", quote(c.ID))
		if c.Subject != "" {
			fmt.Fprintf(&b, "subject = %s\n", quote(c.Subject))
		}
		if c.DoNotTranslate {
			b.WriteString("do_not_translate = true\n")
		}
		if c.Note != "" {
			fmt.Fprintf(&b, "note = %s\n", quote(c.Note))
		}
		ts := sortTerms(slices.Clone(c.Terms))
		for j := 0; j < len(ts); {
			loc := ts[j].Locale
			fmt.Fprintf(&b, "  [concept.%s]\n", bareOrQuoted(loc))
			for j < len(ts) && ts[j].Locale == loc {
				st := ts[j].Status
				var items []string
				for ; j < len(ts) && ts[j].Locale == loc && ts[j].Status == st; j++ {
					items = append(items, termValue(&ts[j]))
				}
				writeList(&b, st.String(), items)
			}
		}
	}
	return []byte(b.String())
}

func writeList(b *strings.Builder, key string, items []string) {
	one := "  " + key + " = [" + strings.Join(items, ", ") + "]"
	if utf8.RuneCountInString(one) <= 100 {
		b.WriteString(one + "\n")
		return
	}
	b.WriteString("  " + key + " = [\n")
	for _, it := range items {
		b.WriteString("    " + it + ",\n")
	}
	b.WriteString("  ]\n")
}

func termValue(t *Term) string {
	if !t.CaseSensitive && !t.Exact && t.Note == "" {
		return quote(t.Text)
	}
	s := "{ term = " + quote(t.Text)
	if t.CaseSensitive {
		s += ", case_sensitive = true"
	}
	if t.Exact {
		s += ", exact = true"
	}
	if t.Note != "" {
		s += ", note = " + quote(t.Note)
	}
	return s + " }"
}

func bareOrQuoted(k string) string {
	for i := 0; i < len(k); i++ {
		if !isUnquotedKeyByte(k[i]) {
			return quote(k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}

func isUnquotedKeyByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
