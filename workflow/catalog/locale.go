package catalog

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// ParseLocale parses a locale tag such as "ru" or "tk-TM" and refuses tags
// whose language x/text does not know. A country code given where a language
// belongs ("tm" is Turkmenistan; Turkmen is "tk") gets a hint naming the
// country's language.
func ParseLocale(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err == nil {
		if b, conf := t.Base(); conf == language.Exact && b.String() != "und" {
			return t, nil
		}
		err = fmt.Errorf("no language subtag")
	}
	if r, rerr := language.ParseRegion(s); rerr == nil {
		if lang, _ := language.Make("und-" + r.String()).Base(); lang.String() != "und" {
			return language.Und, fmt.Errorf("unknown locale %q: %s is the country code of %s; its language is %q", s, r, display.English.Regions().Name(r), lang)
		}
	}
	return language.Und, fmt.Errorf("unknown locale %q: %v", s, err)
}
