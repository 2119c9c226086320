package edition_test

import (
	"testing"

	"github.com/terjime/terjime/workflow/edition"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want edition.Date
		ok   bool
	}{
		{"07.08.2019", edition.Date{Year: 2019, Month: 8, Day: 7}, true},
		{"7.8.2019", edition.Date{Year: 2019, Month: 8, Day: 7}, true},
		{"07/08/2019", edition.Date{Year: 2019, Month: 8, Day: 7}, true},
		{"07-08-2019", edition.Date{Year: 2019, Month: 8, Day: 7}, true},
		{"2019-08-07", edition.Date{Year: 2019, Month: 8, Day: 7}, true},
		{"29.02.2020", edition.Date{Year: 2020, Month: 2, Day: 29}, true},
		{"29.02.2019", edition.Date{}, false},
		{"31.04.2019", edition.Date{}, false},
		{"13.13.2019", edition.Date{}, false},
		{"00.01.2019", edition.Date{}, false},
		{"07.08.19", edition.Date{}, false},
		{"07.08-2019", edition.Date{}, false},
		{"2019-8-7", edition.Date{}, false},
		{"", edition.Date{}, false},
		{"August 7, 2019", edition.Date{}, false},
	} {
		got, ok := edition.ParseDate(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDateFormat(t *testing.T) {
	d := edition.Date{Year: 2019, Month: 8, Day: 7}
	for _, tc := range []struct {
		locale, want string
	}{
		{"en", "August 7, 2019"},
		{"ru", "7 августа 2019 г."},
		{"ru-RU", "7 августа 2019 г."},
		{"tk", "7 awgust 2019"},
		{"tk_TM", "7 awgust 2019"},
		{"de", "7. August 2019"},
		{"es", "7 de agosto de 2019"},
		{"kk", "2019 ж. 7 тамыз"},
		{"uz", "7-avgust, 2019"},
	} {
		got, ok := d.Format(tc.locale)
		if !ok || got != tc.want {
			t.Errorf("Format(%s) = %q, %v; want %q", tc.locale, got, ok, tc.want)
		}
	}
	if got, ok := d.Format("ja"); ok {
		t.Errorf("Format(ja) = %q: no CLDR data is embedded for Japanese", got)
	}
	if d.ISO() != "2019-08-07" {
		t.Errorf("ISO = %s", d.ISO())
	}
}

// TestMonthNames checks the genitive (format-context) month names for
// every month in Russian and Turkmen, as CLDR has them.
func TestMonthNames(t *testing.T) {
	want := map[string][12]string{
		"ru": {"1 января 2020 г.", "1 февраля 2020 г.", "1 марта 2020 г.", "1 апреля 2020 г.", "1 мая 2020 г.", "1 июня 2020 г.",
			"1 июля 2020 г.", "1 августа 2020 г.", "1 сентября 2020 г.", "1 октября 2020 г.", "1 ноября 2020 г.", "1 декабря 2020 г."},
		"tk": {"1 ýanwar 2020", "1 fewral 2020", "1 mart 2020", "1 aprel 2020", "1 maý 2020", "1 iýun 2020",
			"1 iýul 2020", "1 awgust 2020", "1 sentýabr 2020", "1 oktýabr 2020", "1 noýabr 2020", "1 dekabr 2020"},
	}
	for loc, months := range want {
		for m, w := range months {
			got, _ := edition.Date{Year: 2020, Month: m + 1, Day: 1}.Format(loc)
			if got != w {
				t.Errorf("%s month %d: %q, want %q", loc, m+1, got, w)
			}
		}
	}
}
