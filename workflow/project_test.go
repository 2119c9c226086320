package workflow

import (
	"errors"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/input"
)

// A problem found after decoding names the line of the key it is about,
// even when the key repeats (every [[document]] has a name) or stands
// inside a string above.
func TestParseProjectErrorLines(t *testing.T) {
	const head = `source_locale = "en"
target_locales = ["ru", "tk"]
`
	for _, tc := range []struct {
		name, toml string
		line       int
		msg        string
	}{
		{"duplicate document", head + `
[[document]]
name = "news"
source = "news.en.txt"

[[document]]
name = "report"
source = "report.en.txt"

[[document]]
# the same name again
name = "news"
source = "news2.en.txt"
`, 14, `document "news" is listed twice (first at line 5)`},
		{"document without a source", head + `
[[document]]
name = "news"
source = "news.en.txt"

[[document]]
name = "report"
`, 8, "every [[document]] needs a name and a source"},
		{"bad document name", head + `
[[document]]
name = "news"
source = "news.en.txt"
[[document]]
source = "b.txt"
  name = "a b"
`, 9, `document name "a b"`},
		{"bad format", head + `
[[document]]
name = "news"
source = "news.en.txt"
format = "text"
[[document]]
name = "site"
source = "site.md"
format = "pdf"
`, 11, `document "site"`},
		{"similarity in a table", head + `
[segment]
abbreviations = { en = ["similarity"] }
similarity = 1.5
`, 6, "segment.similarity 1.5 is not between 0 and 1"},
		{"similarity as a dotted key", head + `segment.similarity = -1
`, 3, "segment.similarity -1"},
		{"a key named in a string above", `glossary = """
threshold = 50
"""
source_locale = "en"
[tm]
threshold = 150
`, 6, "tm.threshold 150"},
		{"target locale", `source_locale = "en"
# target_locales = ["ru"]
target_locales = ["tm"]
`, 3, `target_locales: unknown locale "tm"`},
		{"check table", head + `
[check]
ignore = ["no-such-check"]
`, 4, "unknown check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseProject("terjime.toml", []byte(tc.toml))
			var e *input.Error
			if !errors.As(err, &e) || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Fatalf("got %v, want terjime.toml:%d: …%s…", err, tc.line, tc.msg)
			}
		})
	}
}

// A document's format is read as build's and split's --format read theirs
// (edition.ParseFormat) and kept by its name.
func TestParseProjectFormatSpellings(t *testing.T) {
	for in, want := range map[string]string{"md": FormatMarkdown, "HTML": FormatHTML, "txt": FormatText, " Markdown ": FormatMarkdown} {
		p, err := ParseProject("terjime.toml", []byte(`source_locale = "en"
target_locales = ["ru"]
[[document]]
name = "news"
source = "news.en"
format = "`+in+`"
`))
		if err != nil {
			t.Fatalf("format %q: %v", in, err)
		}
		if got := p.Documents[0].SourceFormat(); got != want {
			t.Errorf("format %q is %q, want %q", in, got, want)
		}
	}
}
