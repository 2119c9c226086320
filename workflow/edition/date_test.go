package edition_test

import (
	"fmt"
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
		{"tk", "2019-njy ýylyň 7-nji awgusty"},
		{"tk_TM", "2019-njy ýylyň 7-nji awgusty"},
		{"de", "7. August 2019"},
		{"es", "7 de agosto de 2019"},
		{"kk", "2019 ж. 7 тамыз"},
		{"uz", "7-avgust, 2019"},
	} {
		got, ok := d.Format(tc.locale, edition.DateOfficial)
		if !ok || got != tc.want {
			t.Errorf("Format(%s) = %q, %v; want %q", tc.locale, got, ok, tc.want)
		}
	}
	for _, tc := range []struct {
		locale, want string
	}{
		{"tk", "7-nji awgust 2019 ý."},
		{"ru", "7 августа 2019 г."}, // no compact form: the official one
	} {
		if got, ok := d.Format(tc.locale, edition.DateCompact); !ok || got != tc.want {
			t.Errorf("Format(%s, compact) = %q, %v; want %q", tc.locale, got, ok, tc.want)
		}
	}
	if got, ok := d.Format("ja", edition.DateOfficial); ok {
		t.Errorf("Format(ja) = %q: no CLDR data is embedded for Japanese", got)
	}
	if d.ISO() != "2019-08-07" {
		t.Errorf("ISO = %s", d.ISO())
	}
}

// TestMonthNames checks the genitive (format-context) month names for
// every month in Russian, as CLDR has them, and the Turkmen date line of
// every month and day: the month with its possessive, the day's ordinal
// suffix by vowel harmony.
func TestMonthNames(t *testing.T) {
	ru := [12]string{"1 января 2020 г.", "1 февраля 2020 г.", "1 марта 2020 г.", "1 апреля 2020 г.", "1 мая 2020 г.", "1 июня 2020 г.",
		"1 июля 2020 г.", "1 августа 2020 г.", "1 сентября 2020 г.", "1 октября 2020 г.", "1 ноября 2020 г.", "1 декабря 2020 г."}
	tk := [12]string{"ýanwary", "fewraly", "marty", "apreli", "maýy", "iýuny",
		"iýuly", "awgusty", "sentýabry", "oktýabry", "noýabry", "dekabry"}
	tkCompact := [12]string{"ýanwar", "fewral", "mart", "aprel", "maý", "iýun",
		"iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr"}
	for m := 1; m <= 12; m++ {
		if got, _ := (edition.Date{Year: 2020, Month: m, Day: 1}).Format("ru", edition.DateOfficial); got != ru[m-1] {
			t.Errorf("ru month %d: %q, want %q", m, got, ru[m-1])
		}
		for day := 1; day <= 31; day++ {
			d := edition.Date{Year: 2019, Month: m, Day: day}
			if _, ok := edition.ParseDate(d.ISO()); !ok {
				continue // 30 February
			}
			suffix := "nji"
			switch day {
			case 6, 9, 10, 16, 19, 26, 29, 30:
				suffix = "njy"
			}
			want := fmt.Sprintf("2019-njy ýylyň %d-%s %s", day, suffix, tk[m-1])
			if got, _ := d.Format("tk", edition.DateOfficial); got != want {
				t.Errorf("tk %s: %q, want %q", d.ISO(), got, want)
			}
			want = fmt.Sprintf("%d-%s %s 2019 ý.", day, suffix, tkCompact[m-1])
			if got, _ := d.Format("tk", edition.DateCompact); got != want {
				t.Errorf("tk compact %s: %q, want %q", d.ISO(), got, want)
			}
		}
	}
	// the year's suffix follows its last spoken word too
	for y, want := range map[int]string{
		2020: "2020-nji ýylyň 1-nji ýanwary", 2010: "2010-njy ýylyň 1-nji ýanwary",
		2030: "2030-njy ýylyň 1-nji ýanwary", 2000: "2000-nji ýylyň 1-nji ýanwary",
	} {
		if got, _ := (edition.Date{Year: y, Month: 1, Day: 1}).Format("tk", edition.DateOfficial); got != want {
			t.Errorf("tk year %d: %q, want %q", y, got, want)
		}
	}
}
