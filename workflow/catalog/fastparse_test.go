package catalog

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/internal/tomlpos"
)

// FuzzFastParse checks that the fast reader never disagrees with go-toml
// and convert: whatever it accepts, they accept and read the same way.
func FuzzFastParse(f *testing.F) {
	f.Add(sampleTarget().Marshal())
	f.Add([]byte("document = \"a\"\nlocale = \"ru\"\n[[segment]]\nid = \"x\\u00e4\"\nterms = [\"a\", \"b\"]\nblock = 12\nsource = \"\"\nstate = \"final\"\n"))
	f.Add([]byte("document = 'literal'\n"))
	f.Add([]byte("document = \"a\"\nlocale = \"ru\"\nsource_locale = \"en\"\n[[segment]]\nid = \"a\"\nsource = \"s\"\nstate = \"translated\"\nchanged_by = \"A\"\n[[segment.conflict]]\ntarget = \"t\"\nstate = \"reviewed\"\nfrom = \"f\"\n[[obsolete.conflict]]\nstate = \"final\"\n"))
	f.Add([]byte("[[segment.conflict]]\nstate = \"final\"\n[[segment]]\nid = \"a\"\nsource = \"s\"\nstate = \"final\"\n[[segment.conflict]]\ntarget = \"x\"\n"))
	f.Add([]byte("[[segment]]\nid = \"a\"\nid = \"b\"\n"))
	f.Add([]byte("locale = \"en\"\nsource_locale = \"en\"\n[[obsolete]]\nid = \"a\"\nsource = \"s\"\nstate = \"done\"\nkind = \"para\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return // Parse refuses it before either reader runs
		}
		fast, ok := fastParse(string(data))
		if !ok {
			return
		}
		var slow fileCatalog
		if err := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().Decode(&slow); err != nil {
			t.Fatalf("fast reader accepted what go-toml rejects (%v):\n%q", err, data)
		}
		want := &Catalog{Document: slow.Document, Locale: slow.Locale, SourceLocale: slow.SourceLocale,
			SourceFile: slow.SourceFile, Encoding: slow.Encoding, BOM: slow.BOM, Lead: slow.Lead}
		var err1, err2 error
		keys := tomlpos.Scan(data)
		want.Segments, err1 = convert("f", keys, "segment", slow.Segment, want.IsSource())
		want.Obsolete, err2 = convert("f", keys, "obsolete", slow.Obsolete, want.IsSource())
		if err := errors.Join(err1, err2); err != nil {
			t.Fatalf("fast reader accepted segments that convert rejects (%v):\n%q", err, data)
		}
		if !reflect.DeepEqual(emptyToNil(fast), emptyToNil(want)) {
			t.Fatalf("readers disagree on %q:\nfast %+v\nslow %+v", data, fast, want)
		}
	})
}

func TestParseHandEditedTOML(t *testing.T) {
	// Literal and multi-line strings, comments after values, odd spacing:
	// valid TOML a translator may write, read through the general decoder.
	data := `document = "news"
locale = 'ru'   # literal string
source_locale = "en"

[[segment]]
  id = "a"
  source = "S"
  target = """Многострочный
перевод"""
  state = "translated" # done
`
	c, err := Parse("x.toml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if c.Locale != "ru" || c.Segments[0].Target != "Многострочный\nперевод" || c.Segments[0].Line != 5 {
		t.Errorf("got %+v", c.Segments[0])
	}
}

// emptyToNil makes empty and missing lists compare equal: they read the same.
func emptyToNil(c *Catalog) *Catalog {
	fix := func(s []Segment) []Segment {
		if len(s) == 0 {
			return nil
		}
		for i := range s {
			if len(s[i].Terms) == 0 {
				s[i].Terms = nil
			}
		}
		return s
	}
	c.Segments, c.Obsolete = fix(c.Segments), fix(c.Obsolete)
	return c
}
