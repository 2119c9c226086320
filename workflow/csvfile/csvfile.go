package csvfile

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/terjime/terjime/internal/csvsafe"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
)

// Columns are the columns Write writes, in order. The column context holds,
// for a value nested in a sentence's code (a link's title, an inline tag's
// attribute), that sentence. The column base records what the export wrote
// of the target ("<hash> <state>", catalog.Base), for the merge. The last, escaped, lists the
// cells of the row that Write prefixed with an apostrophe so that a
// spreadsheet does not run them as formulas (package csvsafe); Read takes
// those apostrophes off again.
var Columns = []string{"id", "source", "target", "state", "note", "document", "locale", "previous_source", "terms", "context", "base", csvsafe.Column}

// Options tune Write.
type Options struct {
	// OnlyTodo exports only untranslated and outdated segments.
	OnlyTodo bool
}

// Write writes one row per segment of the pairs' target catalogs, in
// document order.
func Write(w io.Writer, srcLocale, tgtLocale string, pairs []catalog.Pair, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(Columns); err != nil {
		return err
	}
	row := make([]string, len(Columns))
	for _, p := range pairs {
		in := p.Contexts()
		for i := range p.Target.Segments {
			s := &p.Target.Segments[i]
			if opts.OnlyTodo && s.Done() {
				continue
			}
			row[0], row[1], row[2], row[3], row[4] = s.ID, s.Source, s.Target, s.State.String(), s.Note
			row[5], row[6], row[7], row[8] = p.Target.Document, tgtLocale, s.PreviousSource, strings.Join(s.Terms, "\n")
			row[9], row[10] = in[s.ID], catalog.BaseOf(s).String()
			last := len(row) - 1
			row[last] = csvsafe.Mark(row[:last], Columns[:last])
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// Read parses a CSV file written by Write or saved back by a spreadsheet;
// name is used in messages.
func Read(name string, r io.Reader) (*catalog.Exchange, error) {
	data, err := input.Read(name, r, input.Limit{})
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse is Read for a file already in memory.
func Parse(name string, data []byte) (*catalog.Exchange, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := input.CheckUTF8(name, data, `save the sheet as "CSV UTF-8" (Excel) or with the character set UTF-8 (LibreOffice)`); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, input.Errorf(name, 1, "the file is empty: want a header row (%s)", strings.Join(Columns, ","))
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delimiter(data)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		if _, dup := col[h]; dup {
			return nil, input.Errorf(name, 1, "column %q appears twice in the header", h)
		}
		col[h] = i
	}
	for _, need := range []string{"id", "source", "target"} {
		if _, ok := col[need]; !ok {
			return nil, input.Errorf(name, 1, "the header has no %q column (want %s)", need, strings.Join(Columns, ","))
		}
	}
	cr.FieldsPerRecord = len(header)
	var escaped map[string]bool // the row's cells that Write escaped
	get := func(rec []string, key string) string {
		if i, ok := col[key]; ok {
			if escaped[key] {
				return csvsafe.Unescape(rec[i])
			}
			return rec[i]
		}
		return ""
	}
	ex := &catalog.Exchange{Format: "csv", Path: name}
	seen := map[string]int{}
	localeLine := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		escaped = csvsafe.Unmark(get(rec, csvsafe.Column))
		u := catalog.Unit{
			ID:             strings.TrimSpace(get(rec, "id")),
			Document:       strings.TrimSpace(get(rec, "document")),
			Source:         get(rec, "source"),
			Target:         get(rec, "target"),
			Note:           get(rec, "note"),
			PreviousSource: get(rec, "previous_source"),
			Line:           line,
		}
		if u.ID == "" {
			return nil, input.Errorf(name, line, "row without an id")
		}
		key := u.Document + "\x00" + u.ID
		if first, dup := seen[key]; dup {
			return nil, input.Errorf(name, line, "segment %s appears twice (first at line %d)", u.ID, first)
		}
		seen[key] = line
		if b := get(rec, "base"); strings.TrimSpace(b) != "" {
			if u.Base, err = catalog.ParseBase(b); err != nil {
				_, c := cr.FieldPos(col["base"])
				return nil, &input.Error{File: name, Line: line, Column: c, Msg: err.Error()}
			}
		}
		if st := strings.ToLower(strings.TrimSpace(get(rec, "state"))); st != "" {
			s, err := catalog.ParseState(st)
			if err != nil {
				_, c := cr.FieldPos(col["state"])
				return nil, &input.Error{File: name, Line: line, Column: c, Msg: err.Error()}
			}
			// A target typed into a row still marked untranslated is a
			// translation, unless it is the text the export wrote.
			if s == catalog.Untranslated && u.Target != "" && !(u.Base.Known() && u.Base.Matches(u.Target)) {
				s = catalog.Translated
			}
			u.State, u.StateSet = s, true
		}
		if loc := strings.TrimSpace(get(rec, "locale")); loc != "" {
			switch {
			case ex.TargetLocale == "":
				ex.TargetLocale, localeLine = loc, line
			case !locale.Same(loc, ex.TargetLocale):
				return nil, input.Errorf(name, line, "locale %q, but line %d says %q: a file holds one locale", loc, localeLine, ex.TargetLocale)
			}
		}
		ex.Units = append(ex.Units, u)
	}
	return ex, nil
}

// delimiter picks the separator of the header row: a comma, or the
// semicolon (Excel in Russian and many other locales) or tab a spreadsheet
// may save with.
func delimiter(data []byte) rune {
	first := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		first = data[:i]
	}
	best, n := ',', bytes.Count(first, []byte{','})
	for _, c := range []rune{';', '\t'} {
		if m := bytes.Count(first, []byte(string(c))); m > n {
			best, n = c, m
		}
	}
	return best
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := pe.Err.Error()
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			msg = "wrong number of fields: every row needs as many as the header (a cut-off or hand-edited row?)"
		case errors.Is(pe.Err, csv.ErrQuote):
			msg = `a quote (") inside a quoted field must be doubled; or the file is cut off inside a quoted field`
		case errors.Is(pe.Err, csv.ErrBareQuote):
			msg = `a quote (") in an unquoted field: quote the field and double the quote`
		}
		return &input.Error{File: name, Line: pe.Line, Column: pe.Column, Msg: msg, Err: err}
	}
	return fmt.Errorf("%s: %w", name, err)
}
