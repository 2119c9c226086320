package locale

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Error is a tag Parse refuses. When the tag is a country code, Country and
// Language name the country and its language ("TM", "tk").
type Error struct {
	Tag      string // as given
	Country  string // the region the tag spells, or ""
	Language string // the country's language, or ""
	err      error
}

func (e *Error) Error() string {
	if e.Language != "" {
		r := language.MustParseRegion(e.Country)
		return fmt.Sprintf("unknown locale %q: %s is the country code of %s; its language is %q", e.Tag, e.Country, display.English.Regions().Name(r), e.Language)
	}
	return fmt.Sprintf("unknown locale %q: %v", e.Tag, e.err)
}

// Parse reads a locale tag such as "ru", "tk-TM", "RU", "eng" or "tk_TM" and
// returns it in canonical form (ru, tk-TM, ru, en, tk-TM). A tag whose
// language x/text does not know is an *Error.
func Parse(s string) (language.Tag, error) {
	t, err := language.Parse(s)
	if err == nil {
		if b, conf := t.Base(); conf == language.Exact && b.String() != "und" {
			return t, nil
		}
		err = fmt.Errorf("no language subtag")
	}
	e := &Error{Tag: s, err: err}
	if r, rerr := language.ParseRegion(s); rerr == nil && r.IsCountry() {
		if lang, conf := language.Make("und-" + r.String()).Base(); conf >= language.High {
			e.Country, e.Language = r.String(), lang.String()
		}
	}
	return language.Und, e
}

// Canonical returns the canonical spelling of a locale tag: "ru" for "RU",
// "en" for "eng", "tk-TM" for "tk_TM".
func Canonical(s string) (string, error) {
	t, err := Parse(s)
	if err != nil {
		return "", err
	}
	return t.String(), nil
}

// Base returns the language of a locale tag: "ru" for "ru-RU", "tk" for
// "tk_TM", "en" for "eng"; "" when s is not a locale tag.
func Base(s string) string {
	t, err := Parse(s)
	if err != nil {
		return ""
	}
	b, _ := t.Base()
	return b.String()
}

// Same reports whether a and b are spellings of one locale ("ru-RU",
// "ru_ru"). Tags that do not parse are the same only when equal but for case.
func Same(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	ca, err1 := Canonical(a)
	cb, err2 := Canonical(b)
	return err1 == nil && err2 == nil && ca == cb
}

// Match returns the one of locales that tag stands for, by RFC 4647 lookup:
// the locale that is the same as tag, else the one that tag with its last
// subtags removed is: ru-RU and ru_RU stand for ru, zh-Hant-TW for zh-Hant
// before zh. A tag less specific than every locale (ru for ru-RU) matches
// none.
func Match(tag string, locales []string) (string, bool) {
	for _, l := range locales {
		if Same(l, tag) {
			return l, true
		}
	}
	s, err := Canonical(tag)
	if err != nil {
		return "", false
	}
	canon := make([]string, len(locales))
	for i, l := range locales {
		canon[i], _ = Canonical(l)
	}
	for {
		i := strings.LastIndexByte(s, '-')
		if i < 0 {
			return "", false
		}
		s = s[:i]
		// A singleton (the "u" of -u-ca-…) goes with the subtag after it.
		if j := strings.LastIndexByte(s, '-'); j >= 0 && len(s)-j == 2 {
			s = s[:j]
		}
		for k, c := range canon {
			if c != "" && c == s {
				return locales[k], true
			}
		}
	}
}

// FromPOSIX turns a POSIX locale name into a tag Parse reads: ru_RU.UTF-8
// and ru_RU@euro into ru-RU; "C" and "POSIX", which name no language, into
// "".
func FromPOSIX(s string) string {
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	if s == "C" || s == "POSIX" {
		return ""
	}
	return strings.ReplaceAll(s, "_", "-")
}

// Name returns the English name of a locale ("Russian", "Turkmen
// (Turkmenistan)"), or s itself when it is not a locale tag.
func Name(s string) string {
	if t, err := Parse(s); err == nil {
		if n := display.English.Tags().Name(t); n != "" {
			return n
		}
	}
	return s
}
