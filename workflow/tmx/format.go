package tmx

import (
	"io"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// Format is TMX as an interchange format: a translation memory of the done
// pairs of every target locale.
var Format = interchange.Format{
	Name:   "tmx",
	Title:  "TMX",
	Help:   "TMX 1.4: every done translation pair, of all target locales unless --locale names one",
	Root:   "tmx",
	Memory: true,
	Read:   ReadExchanges,
	Write: func(w io.Writer, pairs []catalog.Pair, o interchange.WriteOptions) error {
		return Write(w, o.SourceLocale, FromPairs(pairs))
	},
}

// ReadExchanges reads a TMX file's pairs as exchanges, one per language
// pair. It takes data over: the reader rewrites it in place.
func ReadExchanges(path string, data []byte) ([]*catalog.Exchange, error) {
	var out []*catalog.Exchange
	byPair := map[string]*catalog.Exchange{}
	// Scanning, not Read: the pairs go straight into the exchanges, and a
	// malformed file still returns an error and no exchange.
	err := ScanBytes(path, data, func(t TU) error {
		key := t.SourceLocale + "\x00" + t.TargetLocale
		ex := byPair[key]
		if ex == nil {
			ex = &catalog.Exchange{Format: "tmx", Path: path, SourceLocale: t.SourceLocale, TargetLocale: t.TargetLocale}
			byPair[key] = ex
			out = append(out, ex)
		}
		u := catalog.Unit{Document: t.Document, ID: t.ID, Source: t.Source, Target: t.Target, Line: t.Line,
			ChangedBy: t.ChangedBy, ChangedAt: t.ChangedAt}
		if t.Base != "" {
			b, err := catalog.ParseBase(t.Base)
			if err != nil {
				return input.Errorf(path, t.Line, "x-terjime-base: %v", err)
			}
			u.Base = b
		}
		if t.State != "" {
			st, err := catalog.ParseState(t.State)
			if err != nil {
				return input.Errorf(path, t.Line, "x-terjime-state: %v", err)
			}
			u.State, u.StateSet = st, true
		}
		ex.Units = append(ex.Units, u)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
