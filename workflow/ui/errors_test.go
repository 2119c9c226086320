package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/tomlpos"
)

// TestErrorText: a UI message error and a bare file system error are said
// in the UI language; an error wrapped in English words keeps its text.
func TestErrorText(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nosuch.toml")
	_, notFound := os.Open(missing)
	dir := t.TempDir()
	_, isDir := os.ReadFile(dir)
	msg := NewError("ProjectUnknownDocument", map[string]any{"Name": "x", "Names": "news"})
	_, country := locale.Parse("tm")
	_, unknown := locale.Parse("xx")
	_, malformed := locale.Parse("xx-!")
	for _, tt := range []struct {
		lang string
		err  error
		want string
	}{
		{"en", msg, `unknown document "x" (the project has: news)`},
		{"ru", msg, "неизвестный документ «x» (в проекте: news)"},
		{"tk", msg, "näbelli resminama: «x» (taslamada barlary: news)"},
		{"en", notFound, missing + ": no such file or directory"},
		{"ru", notFound, missing + ": нет такого файла или каталога"},
		{"tk", notFound, missing + ": beýle faýl ýa-da bukja ýok"},
		{"ru", isDir, dir + " — это каталог, а не файл"},
		{"ru", fmt.Errorf("glossary: %w", notFound), "glossary: " + notFound.Error()},
		// A flag's name is the one wrapping that is said along.
		{"tk", fmt.Errorf("--format: %w", msg), "--format: näbelli resminama: «x» (taslamada barlary: news)"},
		{"ru", fmt.Errorf("--format x: %w", msg), "--format x: " + msg.Error()},
		{"ru", country, "неизвестный языковой тег «tm»: TM — код страны (Туркменистан), её язык — «tk»"},
		{"tk", fmt.Errorf("--target: %w", country), "--target: näbelli dil belligi «tm»: TM — ýurt kody (Türkmenistan), onuň dili «tk»"},
		{"en", country, `unknown locale "tm": TM is the country code of Turkmenistan; its language is "tk"`},
		{"ru", unknown, "неизвестный языковой тег «xx»: такого кода языка нет (теги выглядят так: en, ru, tk-TM)"},
		{"tk", malformed, "nädogry dil belligi «xx-!» (dil bellikleri şeýle bolýar: en, ru, tk-TM)"},
		{"ru", PercentError("--min", 120, 101), "--min 120: процент должен быть от 0 до 101"},
		{"ru", errors.New("plain"), "plain"},
	} {
		env, _, _ := NewTest(tt.lang, "")
		if got := env.ErrorText(tt.err); got != tt.want {
			t.Errorf("%s: %v: got %q, want %q", tt.lang, tt.err, got, tt.want)
		}
	}
	// Error itself is English, for logs and callers without an Env.
	if got := msg.Error(); got != `unknown document "x" (the project has: news)` {
		t.Errorf("Error() = %q", got)
	}
}

// TestErrorTextHint: an input error is English (file, line, what go-toml
// found), but its hint, what to do about it, is said in the UI language,
// also when English words wrap the error.
func TestErrorTextHint(t *testing.T) {
	data := []byte("target = \"say \"hi\" now\"\n")
	var v map[string]any
	err := tomlpos.Error("ru/news.toml", data, toml.Unmarshal(data, &v), &v)
	const where = "ru/news.toml:1:16: malformed TOML: expected newline but got U+0068 'h'; "
	for _, tt := range []struct {
		lang string
		err  error
		want string
	}{
		{"en", err, where + `a " inside the text ends the string: write \" for it, or use «…» instead`},
		{"ru", err, where + `знак " внутри текста закрывает строку: замените его на \" или на кавычки «…»`},
		{"tk", fmt.Errorf("merge: %w", err), "merge: " + where + `tekstiň içindäki " belgisi setiri ýapýar: onuň ýerine \" ýazyň ýa-da «…» dyrnaklaryny ulanyň`},
	} {
		env, _, _ := NewTest(tt.lang, "")
		got, _, _ := strings.Cut(env.ErrorText(tt.err), "\n")
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestPercent: one percent format per language, CLDR's.
func TestPercent(t *testing.T) {
	for lang, want := range map[string]string{"en": "42.9%", "ru": "42,9\u00a0%", "tk": "42,9\u00a0%"} {
		env, _, _ := NewTest(lang, "")
		if got := env.Percent(42.857, 1); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	env, _, _ := NewTest("ru", "")
	if got := env.Percent(75, 0); got != "75\u00a0%" {
		t.Errorf("ru whole: %q", got)
	}
}

// TestUnsupportedLang: --lang must name a language terjime speaks; the
// refusal is in the environment's language.
func TestUnsupportedLang(t *testing.T) {
	_, err := New(Options{Lang: "fr", Getenv: func(k string) string {
		if k == "LANG" {
			return "tk_TM.UTF-8"
		}
		return ""
	}})
	var ue *Error
	if !errors.As(err, &ue) || ue.ID != "CLILangUnsupported" {
		t.Fatalf("--lang fr: %v", err)
	}
	if _, err := New(Options{Lang: "ru-RU"}); err != nil {
		t.Errorf("--lang ru-RU: %v", err)
	}
}

// TestExcerpt: the line of an error is shown with a caret under the
// column counted in characters, also when the line is long, holds a tab or
// a control character, or the column is past its end.
func TestExcerpt(t *testing.T) {
	long := strings.Repeat("а", 100) + "X" + strings.Repeat("б", 100)
	tests := []struct {
		source string
		col    int
		want   string
	}{
		{"", 3, ""},
		{"a = b", 0, ""},
		{`t = "в "А"."`, 9, "    t = \"в \"А\".\"\n            ^"},
		{"\tt = Ý\r\n", 6, "     t = Ý\n         ^"},
		{"t = \x1b[2J x", 10, "    t = \\x1b[2J x\n                ^"},
		{"t = ab", 9, "    t = ab\n          ^"},
		{long, 101, "    …" + strings.Repeat("а", 36) + "X" + strings.Repeat("б", 35) + "…\n" +
			"    " + strings.Repeat(" ", 37) + "^"},
		{long, 2, "    " + strings.Repeat("а", 72) + "…\n     ^"},
		{long, 200, "    …" + strings.Repeat("б", 72) + "\n" + "    " + strings.Repeat(" ", 71) + "^"},
	}
	for _, tc := range tests {
		e := &input.Error{File: "f", Line: 1, Column: tc.col, Source: tc.source}
		if got := excerpt(e); got != tc.want {
			t.Errorf("%q col %d:\n got %q\nwant %q", tc.source, tc.col, got, tc.want)
		}
	}
}

// TestErrorTextExcerpt: an input error that kept its line is followed by
// it, also when something wraps it.
func TestErrorTextExcerpt(t *testing.T) {
	err := fmt.Errorf("reading: %w", &input.Error{File: "f.toml", Line: 2, Column: 5, Msg: "bad", Source: "a = Ý"})
	if got, want := english().ErrorText(err), "reading: f.toml:2:5: bad\n    a = Ý\n        ^"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
