package ui

import "testing"

func TestMatchLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"ru_RU.UTF-8": "ru",
		"ru":          "ru",
		"tk_TM":       "tk",
		"tk-TM":       "tk",
		"en_US.UTF-8": "en",
		"fr_FR.UTF-8": "en",
		"C":           "en",
		"POSIX":       "en",
		"":            "en",
		"ru_UA@euro":  "ru",
		"garbage!!":   "en",
	} {
		if got := MatchLanguage(in).String(); got != want {
			t.Errorf("MatchLanguage(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestPluralsAndNumbers(t *testing.T) {
	tests := []struct {
		lang  string
		count int
		want  string
	}{
		{"en", 1, "x.toml: 1 segment (1 new, 0 outdated, 0 obsolete)"},
		{"en", 1234, "x.toml: 1,234 segments (1 new, 0 outdated, 0 obsolete)"},
		{"ru", 1, "x.toml: 1 сегмент (новых: 1, устаревших: 0, удалённых из текста: 0)"},
		{"ru", 3, "x.toml: 3 сегмента (новых: 1, устаревших: 0, удалённых из текста: 0)"},
		{"ru", 5, "x.toml: 5 сегментов (новых: 1, устаревших: 0, удалённых из текста: 0)"},
		{"ru", 1234, "x.toml: 1\u00a0234 сегмента (новых: 1, устаревших: 0, удалённых из текста: 0)"},
		{"tk", 5, "x.toml: 5 segment (täze: 1, könelen: 0, tekstden aýrylan: 0)"},
	}
	for _, tt := range tests {
		env, _, _ := NewTest(tt.lang, "")
		got := env.T("SegmentSummary", map[string]any{"Path": "x.toml", "Count": tt.count, "New": 1, "Outdated": 0, "Obsolete": 0})
		if got != tt.want {
			t.Errorf("%s %d: got %q, want %q", tt.lang, tt.count, got, tt.want)
		}
	}
}
