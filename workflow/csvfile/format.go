package csvfile

import (
	"bytes"
	"io"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// Format is CSV as an interchange format: a file whose first line is a
// header row of fields separated by commas, semicolons or tabs, or a .csv
// file.
var Format = interchange.Format{
	Name:       "csv",
	Title:      "CSV",
	Help:       "a sheet with id, source, target, state, note, document, … columns",
	Sniff:      func(line []byte) bool { return bytes.ContainsAny(line, ",;\t") },
	Extensions: []string{".csv"},
	Read:       interchange.One(Parse),
	Write: func(w io.Writer, pairs []catalog.Pair, o interchange.WriteOptions) error {
		return Write(w, o.SourceLocale, o.TargetLocale, pairs, Options{OnlyTodo: o.OnlyTodo})
	},
}
