package edition_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
	"github.com/terjime/terjime/workflow/edition/internal/htmlcheck"
)

// fixture is the small project of testdata/edition: the article
// "seminar" in English with complete Russian and Turkmen catalogs.
const fixture = "../../testdata/edition"

var locales = []string{"en", "ru", "tk"}

func readCatalog(t testing.TB, locale string) *catalog.Catalog {
	t.Helper()
	c, err := catalog.ReadFile(filepath.Join(fixture, "locales", locale, "seminar.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// fixtureEdition assembles the fixture's edition in locale; change, if
// given, edits the target catalog first.
func fixtureEdition(t testing.TB, locale string, change func(*catalog.Catalog)) *edition.Edition {
	t.Helper()
	src := readCatalog(t, "en")
	var tgt *catalog.Catalog
	if locale != "en" {
		tgt = readCatalog(t, locale)
		if change != nil {
			change(tgt)
		}
	}
	e, err := edition.Assemble(src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// fixtureOptions are the options build gives the fixture's editions.
func fixtureOptions(f edition.Fallback) edition.Options {
	o := edition.Options{Fallback: f, Key: "seminar", Default: "../en/seminar.html"}
	for _, l := range locales {
		o.Alternates = append(o.Alternates, edition.Link{Locale: l, Href: "../" + l + "/seminar.html"})
	}
	return o
}

// TestFixtureSourceCatalog keeps the fixture honest: its source catalog
// rebuilds the article it was made from.
func TestFixtureSourceCatalog(t *testing.T) {
	article, err := os.ReadFile(filepath.Join(fixture, "seminar.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := readCatalog(t, "en").Skeleton(); got != string(article) {
		t.Fatalf("locales/en/seminar.toml does not rebuild seminar.en.txt; run terjime --project testdata/edition segment")
	}
}

// TestGolden renders every locale in every format against
// testdata/edition/golden/<locale>/seminar.<ext>.
func TestGolden(t *testing.T) {
	for _, loc := range locales {
		e := fixtureEdition(t, loc, nil)
		if !e.Complete() {
			t.Fatalf("%s: the fixture edition has gaps: %v", loc, e.Gaps)
		}
		for _, f := range edition.Formats {
			t.Run(loc+"/"+f.String(), func(t *testing.T) {
				got := e.Render(f, fixtureOptions(edition.FallbackSource))
				golden.File(t, filepath.Join(fixture, "golden", loc, "seminar."+f.Ext()), got)
				if f == edition.HTML {
					if _, err := htmlcheck.Check(got); err != nil {
						t.Errorf("invalid HTML: %v", err)
					}
				}
			})
		}
	}
}

// TestGoldenPartial renders a Russian edition with three gaps (an
// untranslated heading, an outdated sentence, an item whose translation is
// "translated" but empty) under both fallbacks.
func TestGoldenPartial(t *testing.T) {
	e := fixtureEdition(t, "ru", func(c *catalog.Catalog) {
		c.Segments[2].State = catalog.Outdated // "Representatives of the Mejlis…"
		c.Segments[4].State = catalog.Untranslated
		c.Segments[4].Target = "" // "More related articles"
		c.Segments[6].Target = "  "
	})
	if got, want := len(e.Gaps), 3; got != want {
		t.Fatalf("%d gaps, want %d", got, want)
	}
	for _, fb := range []edition.Fallback{edition.FallbackSource, edition.FallbackMark} {
		for _, f := range edition.Formats {
			t.Run(fb.String()+"/"+f.String(), func(t *testing.T) {
				got := e.Render(f, fixtureOptions(fb))
				golden.File(t, filepath.Join(fixture, "golden", "partial", "ru-"+fb.String()+"."+f.Ext()), got)
				if f == edition.HTML {
					if _, err := htmlcheck.Check(got); err != nil {
						t.Errorf("invalid HTML: %v", err)
					}
				}
			})
		}
	}
}
