package locale

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, want, errPart string
	}{
		{"ru", "ru", ""},
		{"tk", "tk", ""},
		{"tk-TM", "tk-TM", ""},
		{"en", "en", ""},
		{"RU", "ru", ""},
		{"TK", "tk", ""},
		{"eng", "en", ""},
		{"rus", "ru", ""},
		{"tuk", "tk", ""},
		{"tk_TM", "tk-TM", ""},
		{"tk-tm", "tk-TM", ""},
		{"EN_gb", "en-GB", ""},
		{"tm", "", `unknown locale "tm": TM is the country code of Turkmenistan; its language is "tk"`},
		{"ua", "", `its language is "uk"`},
		{"xx", "", "unknown locale"},
		{"", "", "unknown locale"},
		{"und", "", "no language subtag"},
		{"x-foo", "", "no language subtag"},
		{"english", "", "unknown locale"},
		{"ru_RU.UTF-8", "", "unknown locale"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.errPart != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("Parse(%q) error = %v, want it to contain %q", tt.in, err, tt.errPart)
				}
				var e *Error
				if !errors.As(err, &e) || e.Tag != tt.in {
					t.Fatalf("Parse(%q) error %T does not carry the tag", tt.in, err)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("Parse(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
			if c, err := Canonical(tt.in); c != tt.want || err != nil {
				t.Fatalf("Canonical(%q) = %q, %v; want %s", tt.in, c, err, tt.want)
			}
		})
	}
}

func TestErrorHint(t *testing.T) {
	_, err := Parse("tm")
	var e *Error
	if !errors.As(err, &e) || e.Country != "TM" || e.Language != "tk" {
		t.Fatalf("Parse(tm) = %#v, want the hint TM → tk", err)
	}
	_, err = Parse("xx")
	if !errors.As(err, &e) || e.Language != "" {
		t.Fatalf("Parse(xx) = %#v, want no hint", err)
	}
}

func TestBase(t *testing.T) {
	for in, want := range map[string]string{
		"ru": "ru", "ru-RU": "ru", "tk_TM": "tk", "eng": "en", "EN-gb": "en",
		"zh-Hant-TW": "zh", "tm": "", "": "", "ru_RU.UTF-8": "",
	} {
		if got := Base(in); got != want {
			t.Errorf("Base(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ru", "ru", true},
		{"ru", "RU", true},
		{"ru-RU", "ru_ru", true},
		{"en", "eng", true},
		{"ru", "ru-RU", false},
		{"tk", "tm", false},
		{"tm", "TM", true}, // not tags, but equal but for case
		{"xx", "yy", false},
	}
	for _, tt := range tests {
		if got := Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		tag     string
		locales []string
		want    string
	}{
		{"ru", []string{"ru", "tk"}, "ru"},
		{"RU", []string{"ru", "tk"}, "ru"},
		{"ru_RU", []string{"ru", "tk"}, "ru"},
		{"ru-RU", []string{"ru-RU", "ru"}, "ru-RU"},
		{"ru-RU", []string{"ru", "ru-BY"}, "ru"},
		{"ru", []string{"ru-RU", "ru-BY"}, ""},
		{"ru", []string{"ru-RU"}, ""},
		{"zh-Hant-TW", []string{"zh", "zh-Hant"}, "zh-Hant"},
		{"tk-Latn-TM", []string{"tk"}, "tk"},
		{"en-US-u-ca-gregory", []string{"en-US", "en"}, "en-US"},
		{"en-US-x-newsroom", []string{"en-US", "en"}, "en-US"},
		{"tm", []string{"tk"}, ""},
		{"de-DE", []string{"ru", "tk"}, ""},
		{"", []string{"ru"}, ""},
	}
	for _, tt := range tests {
		got, ok := Match(tt.tag, tt.locales)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Match(%q, %q) = %q, %v; want %q", tt.tag, tt.locales, got, ok, tt.want)
		}
	}
}

func TestFromPOSIX(t *testing.T) {
	for in, want := range map[string]string{
		"ru_RU.UTF-8": "ru-RU", "ru_RU@euro": "ru-RU", "tk_TM": "tk-TM", "ru": "ru",
		"C": "", "POSIX": "", "C.UTF-8": "", "": "",
	} {
		if got := FromPOSIX(in); got != want {
			t.Errorf("FromPOSIX(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestName(t *testing.T) {
	for in, want := range map[string]string{"ru": "Russian", "tk": "Turkmen", "en-GB": "British English", "tm": "tm"} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
