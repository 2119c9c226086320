package xliff

import (
	"io"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// Format is XLIFF 2.0 as an interchange format. Its reader takes XLIFF 1.2
// files as well, telling the version from the root element.
var Format = interchange.Format{
	Name:  "xliff",
	Title: "XLIFF",
	Help:  "XLIFF 2.0 for CAT tools (OmegaT, Trados, memoQ, Okapi)",
	Root:  "xliff",
	Read:  interchange.One(Parse),
	Write: func(w io.Writer, pairs []catalog.Pair, o interchange.WriteOptions) error {
		return Write(w, o.SourceLocale, o.TargetLocale, pairs, Options{OnlyTodo: o.OnlyTodo})
	},
}

// Format12 is XLIFF 1.2 as an interchange format, for older tools; Format
// reads its files.
var Format12 = interchange.Format{
	Name:  "xliff12",
	Title: "XLIFF 1.2",
	Help:  "XLIFF 1.2 for older tools",
	Write: func(w io.Writer, pairs []catalog.Pair, o interchange.WriteOptions) error {
		return Write12(w, o.SourceLocale, o.TargetLocale, pairs, Options{OnlyTodo: o.OnlyTodo})
	},
}
