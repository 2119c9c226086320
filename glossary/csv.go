package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/terjime/terjime/internal/csvsafe"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/tomlpos"
)

// CSV columns of the long format, one term per row. ExportCSV writes them
// all; ImportCSV needs locale and term, and concept unless each row is its
// own concept. The last lists the cells ExportCSV prefixed with an
// apostrophe, lest a spreadsheet run them as formulas (package csvsafe).
var csvColumns = []string{"concept", "subject", "concept_note", "do_not_translate", "locale", "status", "term", "case_sensitive", "exact", "note", csvsafe.Column}

// ExportCSV writes the glossary as CSV, one term per row with its concept's
// fields repeated, under a header row of csvColumns.
func (g *Glossary) ExportCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	yes := func(b bool) string {
		if b {
			return "true"
		}
		return ""
	}
	for i := range g.Concepts {
		c := &g.Concepts[i]
		for _, t := range sortTerms(slices.Clone(c.Terms)) {
			row := []string{c.ID, c.Subject, c.Note, yes(c.DoNotTranslate), t.Locale, t.Status.String(), t.Text, yes(t.CaseSensitive), yes(t.Exact), t.Note, ""}
			last := len(row) - 1
			row[last] = csvsafe.Mark(row[:last], csvColumns[:last])
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// ImportCSV reads a CSV glossary in one of two shapes, told apart by the
// header row:
//
//   - long: a "term" and a "locale" column, one term per row, optional
//     concept, status (preferred/admitted/forbidden; default preferred),
//     subject, concept_note, do_not_translate, case_sensitive, exact, note
//     columns (what ExportCSV writes). Rows with the same concept ID are one
//     concept, and may not give it two subjects;
//   - wide: one column per locale ("en", "ru", "tk"), one concept per row,
//     each cell a preferred term; optional id, subject and note columns.
//     This is the shape spreadsheets and many CAT tools export.
//
// Locales are kept in canonical form (RU is ru); a tag that is none is an
// error of its line. A locale's column may repeat (each cell one more
// preferred term); any other column named twice is refused, as one of the
// two would be lost, and so are concept and id together (two names of one
// column). Commas, semicolons or tabs separate fields (the
// header row decides). A UTF-8 byte-order mark is skipped. Errors name
// the line.
func ImportCSV(name string, r io.Reader) (*Glossary, error) {
	data, err := readLimited(name, r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := input.CheckUTF8(name, data, "save it as UTF-8"); err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffComma(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, input.Errorf(name, 1, "the file is empty")
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	names := make([]string, len(header)) // lower-cased, for the long format
	cols := map[string]int{}
	for i, h := range header {
		names[i] = strings.ToLower(strings.TrimSpace(h))
		cols[names[i]] = i
	}
	_, hasID := cols["id"]
	if _, ok := cols["concept"]; ok && hasID { // two names of one column: one would be lost
		return nil, input.Errorf(name, 1, `columns "concept" and "id" both name the concept: keep one`)
	}
	g := &Glossary{Path: name}
	if _, ok := cols["term"]; ok {
		err = importLong(name, cr, names, cols, g)
	} else {
		err = importWide(name, cr, header, g)
	}
	if err != nil {
		return nil, err
	}
	for i := range g.Concepts {
		sortTerms(g.Concepts[i].Terms)
	}
	return g, nil
}

func sniffComma(data []byte) rune {
	first := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		first = data[:i]
	}
	best, n := ',', bytes.Count(first, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(first, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: pe.Line, Msg: pe.Err.Error(), Err: err}
	}
	return &Error{File: name, Msg: err.Error(), Err: err}
}

// importLong reads the rows of the long format; names are the header
// row's column names, lower-cased, and cols the index of each.
func importLong(name string, cr *csv.Reader, names []string, cols map[string]int, g *Glossary) error {
	if _, ok := cols["locale"]; !ok {
		return input.Errorf(name, 1, "a CSV with a term column needs a locale column too")
	}
	for i, k := range names { // the header's first column unknown or named twice
		if k == "" {
			continue
		}
		if cols[k] != i { // cols has the last of the two: one would be lost
			return input.Errorf(name, 1, "column %q appears twice in the header", k)
		}
		if k != "id" && !slices.Contains(csvColumns, k) {
			e := input.Errorf(name, 1, "unknown column %q: the columns are %s", k, strings.Join(csvColumns, ", "))
			e.Hint = tomlpos.KeyHint(k, csvColumns)
			return e
		}
	}
	idCol := "concept"
	if _, ok := cols[idCol]; !ok {
		idCol = "id"
	}
	index := map[string]int{}
	subjectLine := map[string]int{} // the line that gave each concept its subject
	return eachRow(name, cr, func(rec []string, line int) error {
		var escaped map[string]bool
		get := func(col string) string {
			if i, ok := cols[col]; ok && i < len(rec) {
				if escaped[col] {
					return strings.TrimSpace(csvsafe.Unescape(rec[i]))
				}
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		escaped = csvsafe.Unmark(get(csvsafe.Column))
		flag := func(col string) (bool, error) {
			v := get(col)
			if v == "" {
				return false, nil
			}
			b, err := strconv.ParseBool(strings.ToLower(v))
			if err != nil {
				return false, input.Errorf(name, line, "%s: %q is not true or false", col, v)
			}
			return b, nil
		}
		id := get(idCol)
		if id == "" {
			id = fmt.Sprintf("c%d", len(g.Concepts)+1)
		}
		ci, ok := index[id]
		if !ok {
			ci = len(g.Concepts)
			index[id] = ci
			g.Concepts = append(g.Concepts, Concept{ID: id, Line: line})
		}
		c := &g.Concepts[ci]
		if s := get("subject"); s != "" && s != c.Subject {
			// A concept has one subject: a second one would silently
			// replace the first.
			if c.Subject != "" {
				return input.Errorf(name, line, "concept %q: subject %q, but line %d gives %q: give a concept one subject", id, s, subjectLine[id], c.Subject)
			}
			c.Subject, subjectLine[id] = s, line
		}
		if s := get("concept_note"); s != "" && !strings.Contains(c.Note, s) {
			c.Note = joinNote(c.Note, s)
		}
		dnt, err := flag("do_not_translate")
		if err != nil {
			return err
		}
		c.DoNotTranslate = c.DoNotTranslate || dnt
		t := Term{Locale: get("locale"), Text: norm.NFC.String(get("term")), Note: get("note"), Line: line}
		if t.Locale == "" {
			return input.Errorf(name, line, "locale is empty")
		}
		if t.Locale, err = canonicalLocale(name, line, t.Locale); err != nil {
			return err
		}
		if t.Text == "" {
			return input.Errorf(name, line, "term is empty")
		}
		if s := get("status"); s != "" {
			st, ok := ParseStatus(s)
			if !ok {
				e := input.Errorf(name, line, "status %q: use preferred, admitted or forbidden", s)
				e.Hint = tomlpos.KeyHint(s, statusNames[:])
				return e
			}
			t.Status = st
		}
		if t.CaseSensitive, err = flag("case_sensitive"); err != nil {
			return err
		}
		if t.Exact, err = flag("exact"); err != nil {
			return err
		}
		c.Terms = append(c.Terms, t)
		return nil
	})
}

// eachRow calls fn with each record after the header that has a non-blank
// field, and the record's line.
func eachRow(name string, cr *csv.Reader, fn func(rec []string, line int) error) error {
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(name, err)
		}
		if allEmpty(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		if err := fn(rec, line); err != nil {
			return err
		}
	}
}

// canonicalLocale is a term's locale in canonical form, as the glossary
// keeps it (RU is ru, tk_TM tk-TM); a tag that is none is an error of the
// file's line.
func canonicalLocale(name string, line int, tag string) (string, error) {
	c, err := locale.Canonical(tag)
	if err != nil {
		return "", &Error{File: name, Line: line, Msg: err.Error(), Err: err}
	}
	return c, nil
}

// wideColumns are the wide format's columns beside its locales: concept
// is another name of id.
var wideColumns = []string{"id", "concept", "subject", "note"}

func importWide(name string, cr *csv.Reader, header []string, g *Glossary) error {
	type col struct {
		i      int
		locale string
	}
	var locs []col
	meta := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		switch k := strings.ToLower(h); {
		case slices.Contains(wideColumns, k):
			if _, ok := meta[k]; ok { // a locale's column may repeat: more terms
				return input.Errorf(name, 1, "column %q appears twice in the header", k)
			}
			meta[k] = i
			continue
		case k == "":
			continue
		}
		tag, err := locale.Canonical(h)
		if err != nil {
			e := input.Errorf(name, 1, "column %q is neither a locale tag nor %s (or give term and locale columns, one term per row)", h, strings.Join(wideColumns, ", "))
			e.Hint = tomlpos.KeyHint(h, wideColumns)
			return e
		}
		locs = append(locs, col{i, tag})
	}
	if len(locs) == 0 {
		return input.Errorf(name, 1, "no locale columns: the header row names the locales (en,ru,tk)")
	}
	used := map[string]bool{}
	return eachRow(name, cr, func(rec []string, line int) error {
		get := func(i int) string {
			if i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		c := Concept{Line: line}
		if i, ok := meta["id"]; ok {
			c.ID = get(i)
		} else if i, ok := meta["concept"]; ok {
			c.ID = get(i)
		}
		if i, ok := meta["subject"]; ok {
			c.Subject = get(i)
		}
		if i, ok := meta["note"]; ok {
			c.Note = get(i)
		}
		for _, l := range locs {
			if s := get(l.i); s != "" {
				c.Terms = append(c.Terms, Term{Locale: l.locale, Text: norm.NFC.String(s), Line: line})
			}
		}
		if len(c.Terms) == 0 {
			return nil
		}
		if c.ID == "" {
			c.ID = slug(c.Terms[0].Text)
		}
		c.ID = uniqueID(c.ID, used)
		g.Concepts = append(g.Concepts, c)
		return nil
	})
}

// uniqueID returns id, or id-2, id-3 … when used has it, and marks the
// result used.
func uniqueID(id string, used map[string]bool) string {
	base := id
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	used[id] = true
	return id
}

// slug makes a concept ID from a term: lower-case letters and digits
// joined by dashes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "concept"
	}
	return b.String()
}

func allEmpty(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
