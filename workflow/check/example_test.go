package check_test

import (
	"os"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
)

// A Russian translation that changed a year and used straight quotes.
func Example() {
	src := "The plan runs until 2030 under the Law \"On Migration\"."
	id := catalog.Identify([]string{src})[0]
	pair := check.Pair{
		Source: &catalog.Catalog{Document: "news", Locale: "en", SourceLocale: "en", Segments: []catalog.Segment{
			{ID: id, Source: src, State: catalog.Final},
		}},
		Target: &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Path: "locales/ru/news.toml", Segments: []catalog.Segment{
			{ID: id, Source: src, Target: "План действует до 2031 года по Закону \"О миграции\".", State: catalog.Translated, SourceHash: catalog.Hash(src), Line: 7},
		}},
	}
	c, err := check.New(check.Config{})
	if err != nil {
		panic(err)
	}
	report := check.NewReport(c.Run([]check.Pair{pair}), []string{"locales/ru/news.toml"})
	check.Write(os.Stdout, check.GitHub, report, check.Options{})
	// Output:
	// ::error file=locales/ru/news.toml,line=7,title=ru%3A numbers::the number "2030" of the source is "2031" in the translation
	// ::warning file=locales/ru/news.toml,line=7,title=ru%3A quote-style::quotation marks "…" where ru uses «…»
}
