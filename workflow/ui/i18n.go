package ui

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/pelletier/go-toml/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/locales"
)

// Languages are the UI languages, English first: it is the fallback.
var Languages = []language.Tag{language.English, language.Russian, language.Make("tk")}

var matcher = language.NewMatcher(Languages)

var bundle = func() *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(locales.Messages, "active.*.toml")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		if _, err := b.LoadMessageFileFS(locales.Messages, f); err != nil {
			panic(fmt.Sprintf("embedded messages: %v", err))
		}
	}
	return b
}()

// MatchLanguage picks the UI language for a --lang value or a POSIX locale
// name such as ru_RU.UTF-8 or tk_TM: en, ru or tk, English when nothing fits.
func MatchLanguage(name string) language.Tag {
	t, _ := matchLanguage(name)
	return t
}

// matchLanguage is MatchLanguage that also says whether a UI language fits.
func matchLanguage(name string) (language.Tag, bool) {
	name = locale.FromPOSIX(name)
	if name == "" {
		return language.English, true
	}
	t, err := locale.Parse(name)
	if err != nil {
		return language.English, false
	}
	_, i, conf := matcher.Match(t)
	if conf == language.No {
		return language.English, false
	}
	return Languages[i], true
}

// LanguageNames lists the UI languages as --lang takes them: "en, ru, tk".
func LanguageNames() string {
	names := make([]string, len(Languages))
	for i, l := range Languages {
		names[i] = l.String()
	}
	return strings.Join(names, ", ")
}

func (e *Env) setLang(flag string, getenv func(string) string) error {
	if flag != "" {
		// The environment names the language the refusal is said in.
		if err := e.setLang("", getenv); err != nil {
			return err
		}
		if _, err := locale.Parse(flag); err != nil {
			return fmt.Errorf("--lang: %w", err)
		}
		t, ok := matchLanguage(flag)
		if !ok {
			return NewError("CLILangUnsupported", map[string]any{"Lang": flag, "Langs": LanguageNames()})
		}
		e.Lang = t
	} else {
		e.Lang = language.English
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if s := getenv(v); s != "" {
				e.Lang = MatchLanguage(s)
				break
			}
		}
	}
	e.loc = i18n.NewLocalizer(bundle, e.Lang.String(), "en")
	e.printer = message.NewPrinter(e.Lang)
	return nil
}

// Lookup returns the message id in the UI language, and false when no
// message file has it: for texts whose ID is made from a name (a command's
// help), which fall back to the English in the code.
func (e *Env) Lookup(id string, data map[string]any) (string, bool) {
	s := e.T(id, data)
	return s, s != id
}

// Shown is text that T passes on as it is: already made fit for a
// terminal, its data's control characters shown (ctlchar.Visible) and its
// colours the palette's.
type Shown string

// T returns the message id in the UI language. Numbers in data are
// formatted for the language; the "Count" entry, if an int, also selects the
// plural form. Strings in data show their control characters as escapes
// (\x1b): they come from files, and a terminal would obey an ESC.
func (e *Env) T(id string, data map[string]any) string {
	cfg := &i18n.LocalizeConfig{MessageID: id}
	if len(data) > 0 {
		td := make(map[string]any, len(data))
		for k, v := range data {
			switch n := v.(type) {
			case int:
				td[k] = e.printer.Sprint(n)
			case float64:
				td[k] = e.printer.Sprintf("%.1f", n)
			case string:
				// Text from files: a control character in it is shown,
				// never sent to the terminal to obey.
				td[k] = ctlchar.Visible(n)
			case Shown:
				td[k] = string(n)
			default:
				td[k] = v
			}
		}
		if c, ok := data["Count"].(int); ok {
			cfg.PluralCount = c
		}
		cfg.TemplateData = td
	}
	s, err := e.loc.Localize(cfg)
	if err != nil {
		// A message missing from the files is a bug that the locales
		// package's TestMessageIDsInCode catches; should one slip through,
		// the ID says more than nothing.
		return id
	}
	return s
}
