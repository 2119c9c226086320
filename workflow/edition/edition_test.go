package edition_test

import (
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
)

// TestGaps: only translated, reviewed and final segments with a target
// count as done; outdated ones, empty targets and missing entries are gaps.
func TestGaps(t *testing.T) {
	src := sourceCatalog("doc", "01.02.2020 | Title\n\nOne. Two. Three. Four. Five. Six.\n")
	tgt := targetCatalog(src, "ru", func(s string) string { return "ru:" + s })
	states := []catalog.State{catalog.Final, catalog.Translated, catalog.Reviewed, catalog.Final, catalog.Outdated, catalog.Untranslated, catalog.Final}
	for i := range tgt.Segments {
		tgt.Segments[i].State = states[i]
		tgt.Segments[i].Line = 10 * (i + 1)
	}
	tgt.Segments[3].Target = " \n"  // "Three." final but empty
	tgt.Segments = tgt.Segments[:6] // "Six." has no entry
	e, err := edition.Assemble(src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range e.Gaps {
		got = append(got, g.Source+"/"+g.State.String())
	}
	if want := "Three./final Four./outdated Five./untranslated Six./untranslated"; strings.Join(got, " ") != want {
		t.Errorf("gaps %v, want %s", got, want)
	}
	if e.Gaps[3].Line != 0 || e.Gaps[0].Line != 40 {
		t.Errorf("gap lines %d, %d: want 40 and 0 (no entry)", e.Gaps[0].Line, e.Gaps[3].Line)
	}
	if e.Total != 7 || e.Done() != 3 || e.Complete() {
		t.Errorf("total %d done %d complete %v; want 7, 3, false", e.Total, e.Done(), e.Complete())
	}
	if p := e.Percent(); p < 42.8 || p > 42.9 {
		t.Errorf("percent %v, want 42.857…", p)
	}
	text := string(e.Text(edition.Options{Fallback: edition.FallbackMark}))
	if want := "1 февраля 2020 г. | ru:Title\n\nru:One. ru:Two. [en] Three. [en] Four. [en] Five. [en] Six.\n"; text != want {
		t.Errorf("text edition:\n%q\nwant\n%q", text, want)
	}
}

// TestAssembleChecks refuses catalogs that do not belong together.
func TestAssembleChecks(t *testing.T) {
	src := sourceCatalog("doc", "Title\n\nText.")
	tgt := targetCatalog(src, "ru", func(s string) string { return s })
	if _, err := edition.Assemble(tgt, nil); err == nil {
		t.Error("a target catalog as the source: no error")
	}
	other := *tgt
	other.Document = "other"
	if _, err := edition.Assemble(src, &other); err == nil {
		t.Error("another document's catalog: no error")
	}
}

// TestTitleFallback: an article without a date line is titled by its
// opening heading, and one without either by the document name.
func TestTitleFallback(t *testing.T) {
	e, _ := edition.Assemble(sourceCatalog("doc", "A headline\n\nFirst sentence. Second one."), nil)
	if e.Title() != "A headline" {
		t.Errorf("title %q", e.Title())
	}
	if h := string(e.HTML(edition.Options{})); !strings.Contains(h, "<h1>A headline</h1>") {
		t.Errorf("no <h1>:\n%s", h)
	}
	e, _ = edition.Assemble(sourceCatalog("doc", "Just a sentence. And another."), nil)
	if e.Title() != "doc" {
		t.Errorf("title %q, want the document name", e.Title())
	}
}

// TestSeparators: sentences the source runs together get a space in a
// translation; the source's own editions keep them as they are.
func TestSeparators(t *testing.T) {
	src := sourceCatalog("doc", "Title\n\nIt ended in persons.Representatives came.\n")
	tgt := targetCatalog(src, "tk", func(s string) string { return strings.ToUpper(s) })
	e, _ := edition.Assemble(src, tgt)
	if got, want := string(e.Text(edition.Options{})), "TITLE\n\nIT ENDED IN PERSONS. REPRESENTATIVES CAME.\n"; got != want {
		t.Errorf("target text %q, want %q", got, want)
	}
	s, _ := edition.Assemble(src, nil)
	if got := string(s.HTML(edition.Options{})); !strings.Contains(got, "<p>It ended in persons.Representatives came.</p>") {
		t.Errorf("source HTML changed the text:\n%s", got)
	}
}

// TestLists: list markers become Markdown and HTML lists.
func TestLists(t *testing.T) {
	e, _ := edition.Assemble(sourceCatalog("doc", "Title\n\n3. third\n4. fourth\n\n• one\n• two\n"), nil)
	h := string(e.HTML(edition.Options{}))
	for _, w := range []string{"<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"} {
		if !strings.Contains(h, w) {
			t.Errorf("HTML lacks %q:\n%s", w, h)
		}
	}
	md := string(e.Markdown(edition.Options{}))
	for _, w := range []string{"\n3. third\n4. fourth\n", "\n- one\n- two\n"} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q:\n%s", w, md)
		}
	}
}

func TestParseFormatFallback(t *testing.T) {
	for in, want := range map[string]edition.Format{"text": edition.Text, "txt": edition.Text, "markdown": edition.Markdown, "md": edition.Markdown, "HTML": edition.HTML} {
		if f, err := edition.ParseFormat(in); err != nil || f != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, f, err)
		}
	}
	if _, err := edition.ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf): no error")
	}
	if _, err := edition.ParseFallback("none"); err == nil {
		t.Error("ParseFallback(none): no error")
	}
}

// TestTitleAfterDate: a date alone on the first line, then a headline.
func TestTitleAfterDate(t *testing.T) {
	e, _ := edition.Assemble(sourceCatalog("doc", "07.08.2019\n\nA headline\n\nText."), nil)
	if e.Title() != "A headline" {
		t.Errorf("title %q", e.Title())
	}
	h := string(e.HTML(edition.Options{}))
	if !strings.Contains(h, "<header>\n<p class=\"date\"><time datetime=\"2019-08-07\">August 7, 2019</time></p>\n<h1>A headline</h1>\n</header>\n<p>Text.</p>") {
		t.Errorf("HTML:\n%s", h)
	}
}

// TestEncoding: only the file that is the source file byte for byte is
// written in the source's legacy encoding; translations and the Markdown
// and HTML made from a plain-text article are UTF-8.
func TestEncoding(t *testing.T) {
	text := sourceCatalog("doc", "Заголовок\n\nТекст.\n")
	text.Encoding = "windows-1251"
	marked := *text
	marked.Format = "markdown"
	utf8 := sourceCatalog("doc", "Title\n\nText.\n")
	for _, tc := range []struct {
		name   string
		src    *catalog.Catalog
		target bool
		want   [3]string // text, markdown, html
	}{
		{"plain-text source", text, false, [3]string{"windows-1251", "", ""}},
		{"plain-text target", text, true, [3]string{"", "", ""}},
		{"markdown source", &marked, false, [3]string{"windows-1251", "windows-1251", "windows-1251"}},
		{"markdown target", &marked, true, [3]string{"", "", ""}},
		{"utf-8 source", utf8, false, [3]string{"", "", ""}},
	} {
		var tgt *catalog.Catalog
		if tc.target {
			tgt = targetCatalog(tc.src, "tk", func(s string) string { return "ňş " + s })
		}
		e, err := edition.Assemble(tc.src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range edition.Formats {
			if got := e.Encoding(f); got != tc.want[i] {
				t.Errorf("%s, %s: encoding %q, want %q", tc.name, f, got, tc.want[i])
			}
		}
	}
}
