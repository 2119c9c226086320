package catalog

import (
	"strings"
	"testing"
)

func TestParseLocale(t *testing.T) {
	tests := []struct {
		in, want, errPart string
	}{
		{"ru", "ru", ""},
		{"tk", "tk", ""},
		{"tk-TM", "tk-TM", ""},
		{"en", "en", ""},
		{"tm", "", `TM is the country code of Turkmenistan; its language is "tk"`},
		{"ua", "", `its language is "uk"`},
		{"xx", "", "unknown locale"},
		{"", "", "unknown locale"},
		{"english", "", "unknown locale"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLocale(tt.in)
			if tt.errPart != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("ParseLocale(%q) error = %v, want it to contain %q", tt.in, err, tt.errPart)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Fatalf("ParseLocale(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}
