package edition_test

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/edition/internal/htmlcheck"
)

// hostile is an article whose every line would be markup if it were not
// escaped: HTML, entities, Markdown emphasis, links, code, block openers,
// Hugo shortcodes and YAML-significant quotes.
const hostile = `01.02.2020 | <script>alert("x")</script> & "quotes": 'yes' #1

Tom & Jerry <b>bold</b> &amp; &copy; *stars* _under_ [link](http://x.example) ` + "`code`" + ` ~~strike~~ {{< shortcode >}} {{% sc %}} back\slash.

# Not a heading

1. Not a list either.

- item <img src=x onerror=alert(1)>
- item & <i>y</i>`

// TestEscaping renders the hostile article, as the source edition and as
// a "translation" that keeps the markup, and checks that every format
// shows the text as written.
func TestEscaping(t *testing.T) {
	src := sourceCatalog("hostile", hostile)
	quote := func(s string) string { return "«" + s + "»" }
	tgt := targetCatalog(src, "ru", quote)
	for _, tc := range []struct {
		name string
		tr   func(string) string
		ed   func() (*edition.Edition, error)
	}{
		{"source", func(s string) string { return s }, func() (*edition.Edition, error) { return edition.Assemble(src, nil) }},
		{"target", quote, func() (*edition.Edition, error) { return edition.Assemble(src, tgt) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := tc.ed()
			if err != nil {
				t.Fatal(err)
			}
			var want []string // the texts as the reader must see them
			for _, s := range src.Segments {
				if !s.Verbatim {
					want = append(want, listMarker.ReplaceAllString(tc.tr(s.Source), ""))
				}
			}

			page, err := htmlcheck.Check(e.HTML(edition.Options{}))
			if err != nil {
				t.Fatalf("HTML: %v\n%s", err, e.HTML(edition.Options{}))
			}
			if page.Elements["script"] != 0 || page.Elements["img"] != 0 || page.Elements["b"] != 0 {
				t.Errorf("markup leaked: %v", page.Elements)
			}
			if page.Title != want[0] {
				t.Errorf("<title> = %q, want %q", page.Title, want[0])
			}
			body := strings.Join(page.Text, "\n")
			for _, w := range want {
				if !strings.Contains(body, w) {
					t.Errorf("HTML text lacks %q:\n%s", w, body)
				}
			}

			md := string(e.Markdown(edition.Options{}))
			_, rest, _ := strings.Cut(strings.TrimPrefix(md, "---\n"), "\n---\n")
			if got, err := frontMatterTitle(md); err != nil || got != want[0] {
				t.Errorf("front matter title %q (%v), want %q", got, err, want[0])
			}
			plain := unescapeMarkdown(rest)
			for _, w := range want {
				if !strings.Contains(plain, w) {
					t.Errorf("Markdown text lacks %q:\n%s", w, rest)
				}
			}
			for _, line := range strings.Split(rest, "\n") {
				body := blockMarker.ReplaceAllString(line, "")
				if unescaped(body, "<*_[]`~") {
					t.Errorf("Markdown line has unescaped markup: %q", line)
				}
				if strings.HasPrefix(body, "#") || regexp.MustCompile(`^\d+\.`).MatchString(body) || strings.HasPrefix(body, "- ") {
					t.Errorf("Markdown line opens a block: %q", line)
				}
				if strings.Contains(body, "{{<") || strings.Contains(body, "{{%") {
					t.Errorf("Markdown line has a shortcode: %q", line)
				}
			}

			txt := string(e.Text(edition.Options{}))
			if tc.name == "source" && txt != hostile {
				t.Errorf("source text edition differs from the article")
			}
			for _, w := range want[1 : len(want)-3] {
				if !strings.Contains(txt, w) {
					t.Errorf("text edition lacks %q", w)
				}
			}
		})
	}
}

var (
	listMarker  = regexp.MustCompile(`^(- |\d+\. )`)
	blockMarker = regexp.MustCompile(`^(#{1,2} |- |\d+\. )`)
)

// unescaped reports whether s has one of chars without a backslash before it.
func unescaped(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.IndexByte(chars, s[i]) >= 0 {
			return true
		}
	}
	return false
}

// TestTidy runs HTML Tidy on the golden pages and the hostile article: it
// reads HTML as a browser does and reports any error or warning.
func TestTidy(t *testing.T) {
	tidy := tool(t, "tidy", "tidy")
	src := sourceCatalog("hostile", hostile)
	pages := map[string][]byte{}
	h, _ := edition.Assemble(src, nil)
	pages["hostile"] = h.HTML(edition.Options{Fallback: edition.FallbackMark})
	for _, loc := range locales {
		pages[loc] = fixtureEdition(t, loc, nil).HTML(fixtureOptions(edition.FallbackSource))
	}
	pages["partial"] = fixtureEdition(t, "ru", func(c *catalog.Catalog) { c.Segments[1].Target = "" }).HTML(fixtureOptions(edition.FallbackMark))
	for name, page := range pages {
		cmd := exec.Command(tidy, "-q", "-e", "--show-warnings", "yes", "--show-info", "yes", "-utf8")
		cmd.Stdin = bytes.NewReader(page)
		out, _ := cmd.CombinedOutput()
		var report []string
		for l := range strings.Lines(string(out)) {
			// Tidy 5.6 (Debian 12) predates WAI-ARIA 1.1's aria-current,
			// which the language switcher marks the current page with.
			if l = strings.TrimSpace(l); l != "" && !strings.HasSuffix(l, `proprietary attribute "aria-current"`) {
				report = append(report, l)
			}
		}
		if len(report) > 0 {
			t.Errorf("%s: tidy:\n%s", name, strings.Join(report, "\n"))
		}
	}
}
