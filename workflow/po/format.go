package po

import (
	"bytes"
	"io"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// Format is PO as an interchange format: a file whose first entry line is
// a msgid or msgctxt (after the comments), or a .po or .pot file.
var Format = interchange.Format{
	Name:  "po",
	Title: "PO",
	Help:  "gettext PO for Poedit, Lokalize, Weblate (msgctxt = segment ID)",
	Sniff: func(line []byte) bool {
		return bytes.HasPrefix(line, []byte("msgid")) || bytes.HasPrefix(line, []byte("msgctxt"))
	},
	Extensions: []string{".po", ".pot"},
	Read:       interchange.One(Parse),
	Write: func(w io.Writer, pairs []catalog.Pair, o interchange.WriteOptions) error {
		return Write(w, o.SourceLocale, o.TargetLocale, pairs, Options{OnlyTodo: o.OnlyTodo})
	},
	OnlyTranslated: true, // and fuzzy
}
