package workflow

import (
	"github.com/terjime/terjime/workflow/csvfile"
	"github.com/terjime/terjime/workflow/goi18nfile"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/po"
	"github.com/terjime/terjime/workflow/tmx"
	"github.com/terjime/terjime/workflow/xliff"
)

// Formats are the interchange formats export writes and merge reads, in
// the order --help lists them and merge tries them on a file: a new format
// is its package's interchange.Format, added here.
var Formats = interchange.Registry{
	xliff.Format,
	xliff.Format12,
	po.Format,
	goi18nfile.Format,
	csvfile.Format,
	tmx.Format,
}
