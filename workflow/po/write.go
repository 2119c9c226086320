package po

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/segment"
)

// Options tune Write.
type Options struct {
	// OnlyTodo exports only the segments that need a translator:
	// untranslated and outdated ones.
	OnlyTodo bool
}

// pluralForms are gettext's Plural-Forms for the languages terjime is used
// with, from the gettext manual and CLDR. Languages missing here get no
// Plural-Forms header: exports have no plural entries, and a wrong formula
// would mislead a PO editor more than a missing one.
var pluralForms = map[string]string{
	"ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
	"uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
	"be": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
	"tk": "nplurals=2; plural=(n != 1);",
	"tr": "nplurals=2; plural=(n != 1);",
	"az": "nplurals=2; plural=(n != 1);",
	"kk": "nplurals=2; plural=(n != 1);",
	"ky": "nplurals=2; plural=(n != 1);",
	"uz": "nplurals=2; plural=(n != 1);",
	"en": "nplurals=2; plural=(n != 1);",
	"de": "nplurals=2; plural=(n != 1);",
	"es": "nplurals=2; plural=(n != 1);",
	"it": "nplurals=2; plural=(n != 1);",
	"fr": "nplurals=2; plural=(n > 1);",
	"fa": "nplurals=2; plural=(n > 1);",
	"zh": "nplurals=1; plural=0;",
	"ja": "nplurals=1; plural=0;",
	"ko": "nplurals=1; plural=0;",
}

// PluralForms returns the Plural-Forms header value for a locale, or ""
// when terjime does not know it.
func PluralForms(loc string) string {
	return pluralForms[locale.Base(loc)]
}

// Write writes the PO file of tgtLocale for the pairs (documents), in
// document order.
func Write(w io.Writer, srcLocale, tgtLocale string, pairs []catalog.Pair, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	writeHeader(bw, srcLocale, tgtLocale, pairs)
	seen := map[string]bool{}
	for _, p := range pairs {
		doc := p.Target.Document
		in := p.Contexts()
		for i := range p.Target.Segments {
			s := &p.Target.Segments[i]
			if opts.OnlyTodo && s.Done() {
				continue
			}
			ctxt := s.ID
			if key := ctxt + "\x04" + s.Source; seen[key] {
				ctxt = doc + "/" + s.ID
			} else {
				seen[key] = true
			}
			writeEntry(bw, doc, ctxt, in[s.ID], s)
		}
	}
	return bw.Flush()
}

func writeHeader(w *bufio.Writer, srcLocale, tgtLocale string, pairs []catalog.Pair) {
	docs := make([]string, len(pairs))
	for i, p := range pairs {
		docs[i] = p.Target.Document
	}
	name := locale.Name(tgtLocale)
	fmt.Fprintf(w, "# %s translation of %s.\n", name, strings.Join(docs, ", "))
	w.WriteString("# Exported by terjime: fill in msgstr; remove \"fuzzy\" once an outdated\n")
	w.WriteString("# translation fits the new source; then run \"terjime merge\" on this file.\n")
	w.WriteString("#\n")
	w.WriteString("msgid \"\"\nmsgstr \"\"\n")
	field := func(k, v string) {
		w.WriteByte('"')
		writeEscaped(w, k+": "+v+"\n")
		w.WriteString("\"\n")
	}
	field("Project-Id-Version", strings.Join(docs, ", "))
	field("Report-Msgid-Bugs-To", "")
	field("PO-Revision-Date", "")
	field("Last-Translator", "")
	field("Language-Team", name)
	field("Language", tgtLocale)
	field("MIME-Version", "1.0")
	field("Content-Type", "text/plain; charset=UTF-8")
	field("Content-Transfer-Encoding", "8bit")
	if pf := PluralForms(tgtLocale); pf != "" {
		field("Plural-Forms", pf)
	}
	field("X-Generator", "terjime")
	field("X-Source-Language", srcLocale)
}

// inPrefix starts the extracted comment that gives a nested value's
// sentence; the reader, like msgfmt, passes over it.
const inPrefix = "#. In the sentence: "

// writeEntry writes one segment's entry; in is the sentence a nested value
// (a link's title) belongs to, "" for other segments.
func writeEntry(w *bufio.Writer, doc, ctxt, in string, s *catalog.Segment) {
	w.WriteByte('\n')
	if s.Note != "" {
		// Every line break of the note, a lone CR too, starts a comment
		// line: a CR ends a line for many readers (Python's among them), and
		// deleting it would join two lines' words.
		for _, l := range strings.Split(catalog.LF(s.Note), "\n") {
			if l == "" {
				w.WriteString("#\n")
				continue
			}
			w.WriteString("# ")
			w.WriteString(l)
			w.WriteByte('\n')
		}
	}
	for _, t := range s.Terms {
		w.WriteString("#. Glossary: ")
		w.WriteString(strings.ReplaceAll(t, "\n", " "))
		w.WriteByte('\n')
	}
	if in != "" {
		w.WriteString(inPrefix)
		w.WriteString(segment.OneLine(in)) // a CR, too, ends a comment line for many readers
		w.WriteByte('\n')
	}
	writeBase(w, s)
	w.WriteString("#: ")
	w.WriteString(doc)
	w.WriteByte('\n')
	if s.Target != "" && !s.Done() {
		// outdated, or a target kept in state untranslated: not done
		w.WriteString("#, fuzzy\n")
		if s.PreviousSource != "" {
			writeString(w, "#| msgid", s.PreviousSource)
		}
	}
	writeString(w, "msgctxt", ctxt)
	writeString(w, "msgid", s.Source)
	writeString(w, "msgstr", s.Target)
}

// writeString writes keyword and the quoted string; a string with inner
// line breaks is split after each one, as gettext does, so that PO editors
// and diffs show the lines.
func writeString(w *bufio.Writer, keyword, s string) {
	prefix := ""
	if strings.HasPrefix(keyword, "#|") {
		prefix = "#| "
	}
	w.WriteString(keyword)
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || nl == len(s)-1 {
		w.WriteString(" \"")
		writeEscaped(w, s)
		w.WriteString("\"\n")
		return
	}
	w.WriteString(" \"\"\n")
	for s != "" {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line = s[:i+1]
		}
		s = s[len(line):]
		w.WriteString(prefix)
		w.WriteByte('"')
		writeEscaped(w, line)
		w.WriteString("\"\n")
	}
}

// writeEscaped writes s with C escapes for the characters a PO string
// cannot hold as they are.
func writeEscaped(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch c {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '\n':
			esc = `\n`
		case '\t':
			esc = `\t`
		case '\r':
			esc = `\r`
		case '\a':
			esc = `\a`
		case '\b':
			esc = `\b`
		case '\f':
			esc = `\f`
		case '\v':
			esc = `\v`
		default:
			if c >= 0x20 && c != 0x7f {
				continue
			}
			esc = fmt.Sprintf(`\%03o`, c)
		}
		w.WriteString(s[start:i])
		w.WriteString(esc)
		start = i + 1
	}
	w.WriteString(s[start:])
}
