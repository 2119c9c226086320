package workflow

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/segment"
	"github.com/terjime/terjime/workflow/ui"
)

// SplitOptions are the options of terjime split.
type SplitOptions struct {
	// File is the text to split; "" or "-" reads standard input.
	File string
	// Lang is the language of the text (a locale such as en, ru-RU, tk);
	// empty: the project's source locale, or en without a project.
	Lang string
	// JSON prints a JSON array with one object per segment instead of one
	// segment per line: {"block": 0, "kind": "paragraph", "text": "…"},
	// the text exact, the block the index of its paragraph from 0.
	JSON bool
	// Encoding names the text's legacy encoding (windows-1251, koi8-r, …);
	// empty: UTF-8, anything else refused with its byte offset.
	Encoding string
	// Format is the text's format: markdown, html or text, or another
	// spelling ParseSourceFormat reads (md, txt); empty: what the file's
	// extension says, as for a document (standard input is text).
	Format string
}

// Split prints the segments of a text, one per line with the line breaks of
// a hard-wrapped sentence shown as spaces, or as a JSON array of objects
// with each segment's block, kind and exact text. Either is written as it
// goes, through one buffer, never built whole in memory. It writes no file.
// A Markdown or HTML text is cut as segment cuts it, its segments in the
// notation of inline codes. p may be nil; a project contributes its source
// locale and its abbreviations, and, when the file is one of its
// documents, that document's front matter keys, attributes and protected
// syntax.
func Split(ctx context.Context, env *ui.Env, p *Project, opts SplitOptions) error {
	lang := opts.Lang
	if lang == "" && p != nil {
		lang = p.SourceLocale
	}
	if lang == "" {
		lang = "en"
	}
	if _, err := locale.Parse(lang); err != nil {
		return fmt.Errorf("--locale: %w", err)
	}
	if opts.Format != "" {
		f, err := ParseSourceFormat(opts.Format)
		if err != nil {
			return fmt.Errorf("--format: %w", err)
		}
		opts.Format = f
	}
	base := locale.Base(lang)
	var abbr []string
	if p != nil {
		abbr = p.Segment.Abbreviations[base]
	}

	name, data, err := readInput(env, opts.File)
	if err != nil {
		return err
	}
	text, err := DecodeText(name, data, opts.Encoding)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	sopt := segment.Options{Lang: base, Abbreviations: abbr}
	var n int
	var segs iter.Seq2[int, segment.Segment]
	if d := splitDocument(p, opts); d.SourceFormat() != FormatText {
		// The segments as segment cuts them, without the catalog it makes
		// of them (IDs, states): split shows only text, kind and block.
		_, m, cut, err := markedSegments(d, d.SourceFormat(), name, text, sopt)
		if err != nil {
			return err
		}
		n, segs = m, func(yield func(int, segment.Segment) bool) {
			for i, s := range cut {
				if !yield(i, segment.Segment{Text: s.Text, Kind: segment.Kind(s.Kind), Block: s.Block}) {
					return
				}
			}
		}
	} else {
		doc := segment.Split(text.Body, sopt)
		n, segs = len(doc.Segments), slices.All(doc.Segments)
	}

	w := bufio.NewWriterSize(env.Out, 64<<10)
	if opts.JSON {
		writeSegmentsJSON(w, n, segs)
	} else {
		for _, s := range segs {
			w.WriteString(segment.OneLine(s.Text))
			w.WriteByte('\n')
		}
	}
	return w.Flush()
}

// splitDocument is the document split reads: the project's document whose
// source is the file, so that its settings apply, or one made of the file's
// name and --format.
func splitDocument(p *Project, opts SplitOptions) Document {
	d := Document{Source: opts.File}
	if opts.File == "" || opts.File == "-" {
		d.Source = ""
	} else if p != nil {
		file := resolved(opts.File)
		for _, pd := range p.Documents {
			if resolved(p.Path(pd.Source)) == file {
				d = pd
				break
			}
		}
	}
	if opts.Format != "" {
		d.Format = opts.Format
	}
	return d
}

// writeSegmentsJSON writes segs, n of them, as a JSON array, one object per line, in
// the layout of writeJSON. The objects are written by hand rather than by
// encoding/json, whose reflection and whole-value buffer cost more than
// the segmentation itself on a large text.
func writeSegmentsJSON(w *bufio.Writer, n int, segs iter.Seq2[int, segment.Segment]) {
	if n == 0 {
		w.WriteString("[]\n")
		return
	}
	w.WriteString("[\n")
	buf := make([]byte, 0, 256)
	for i, s := range segs {
		buf = append(buf[:0], `  {"block": `...)
		buf = strconv.AppendInt(buf, int64(s.Block), 10)
		buf = append(buf, `, "kind": "`...)
		buf = append(buf, s.Kind...)
		buf = append(buf, `", "text": `...)
		buf = appendJSONString(buf, s.Text)
		buf = append(buf, '}')
		if i < n-1 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
		w.Write(buf)
	}
	w.WriteString("]\n")
}

// appendJSONString appends s (valid UTF-8) as a JSON string: quotes,
// backslashes and control characters escaped, <, > and & as they are, as
// writeJSON leaves them.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// readInput reads the named file, or standard input for "" and "-"; the
// name it returns is the one errors show.
func readInput(env *ui.Env, file string) (string, []byte, error) {
	if file == "" || file == "-" {
		data, err := input.Read("<stdin>", env.In, articleLimit)
		return "<stdin>", data, err
	}
	data, err := input.ReadFile(file, articleLimit)
	return file, data, err
}

// writeJSON prints v as indented JSON, with <, > and & as they are: the
// output is read by people and scripts, not embedded in HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
