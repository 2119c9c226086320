package workflow

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/disk"
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
	// JSON prints a JSON array of the segments' exact text instead of one
	// segment per line.
	JSON bool
	// Encoding names the text's legacy encoding (windows-1251, koi8-r, …);
	// empty: UTF-8, anything else refused with its byte offset.
	Encoding string
}

// Split prints the segments of a text, one per line with the line breaks of
// a hard-wrapped sentence shown as spaces, or as a JSON array of strings.
// It writes no file. p may be nil; a project contributes its source locale
// and its abbreviations.
func Split(ctx context.Context, env *ui.Env, p *Project, opts SplitOptions) error {
	lang := opts.Lang
	if lang == "" && p != nil {
		lang = p.SourceLocale
	}
	if lang == "" {
		lang = "en"
	}
	if _, err := locale.Parse(lang); err != nil {
		return fmt.Errorf("--lang: %w", err)
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
	doc := segment.Split(text.Body, segment.Options{Lang: base, Abbreviations: abbr})

	w := bufio.NewWriterSize(env.Out, 64<<10)
	if opts.JSON {
		list := make([]string, len(doc.Segments))
		for i, s := range doc.Segments {
			list[i] = s.Text
		}
		if err := writeJSON(w, list); err != nil {
			return err
		}
	} else {
		for _, s := range doc.Segments {
			w.WriteString(segment.OneLine(s.Text))
			w.WriteByte('\n')
		}
	}
	return w.Flush()
}

// readInput reads the named file, or standard input for "" and "-"; the
// name it returns is the one errors show.
func readInput(env *ui.Env, file string) (string, []byte, error) {
	if file == "" || file == "-" {
		data, err := io.ReadAll(io.LimitReader(env.In, MaxArticleSize+1))
		if err != nil {
			return "", nil, fmt.Errorf("reading standard input: %w", err)
		}
		return "<stdin>", data, nil
	}
	data, err := os.ReadFile(file)
	return file, data, err
}

// writeOutput writes data to standard output for "" and "-", else
// atomically to the named file; toFile says which, for the message that
// follows a file.
func writeOutput(env *ui.Env, file string, data []byte) (toFile bool, err error) {
	if file == "" || file == "-" {
		_, err := env.Out.Write(data)
		return false, err
	}
	return true, disk.WriteFile(file, data)
}

// writeJSON prints v as indented JSON, with <, > and & as they are: the
// output is read by people and scripts, not embedded in HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
