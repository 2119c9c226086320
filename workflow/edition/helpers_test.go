package edition_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/segment"
)

// sourceCatalog cuts text into the source catalog the way terjime segment
// does (workflow.SourceCatalogFrom, which this package may not import).
func sourceCatalog(doc, text string) *catalog.Catalog {
	d := segment.Split(text, segment.Options{Lang: "en"})
	c := &catalog.Catalog{Document: doc, Locale: "en", SourceLocale: "en", Lead: d.Lead}
	texts := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		texts[i] = s.Text
	}
	ids := catalog.Identify(texts)
	for i, s := range d.Segments {
		c.Segments = append(c.Segments, catalog.Segment{
			ID: ids[i], Source: s.Text, State: catalog.Final,
			Kind: string(s.Kind), Block: s.Block, Verbatim: s.Verbatim, Sep: s.Sep,
		})
	}
	return c
}

// targetCatalog translates every segment of src with tr.
func targetCatalog(src *catalog.Catalog, locale string, tr func(string) string) *catalog.Catalog {
	c := &catalog.Catalog{Document: src.Document, Locale: locale, SourceLocale: src.Locale}
	for _, s := range src.Segments {
		if s.Verbatim {
			continue
		}
		c.Segments = append(c.Segments, catalog.Segment{ID: s.ID, Source: s.Source, Target: tr(s.Source), State: catalog.Translated})
	}
	return c
}

// tool returns the path of an outside program, skipping the test when it
// is missing, except in CI (CI=true), where a missing tool is a failure.
func tool(t *testing.T, name, debian string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing: CI must install the Debian package %s", name, debian)
		}
		t.Skipf("%s is not installed (apt-get install %s)", name, debian)
	}
	return p
}

// unescapeMarkdown removes CommonMark backslash escapes.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

var titleLine = regexp.MustCompile(`\A---\ntitle: (".*")\n`)

// frontMatterTitle reads the title of a Markdown edition, the first key of
// the front matter that opens it, as YAML reads the double-quoted scalar.
func frontMatterTitle(md string) (string, error) {
	m := titleLine.FindStringSubmatch(md)
	if m == nil {
		return "", errors.New("no title in the front matter")
	}
	title, err := strconv.Unquote(m[1])
	if err != nil {
		return "", fmt.Errorf("front matter title %s: %w", m[1], err)
	}
	return title, nil
}
