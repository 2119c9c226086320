package ui

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
)

// Error is an error whose text is a UI message, so that the CLI can print
// it in the user's language: an operational error (no project, an unknown
// document, a mistyped flag) rather than a fault in an input file, which
// names file and line in English. Error returns the English text, for
// logs and for callers that have no Env.
type Error struct {
	ID   string
	Data map[string]any
	Err  error // the cause, for errors.Is and errors.As; may be nil
}

// NewError returns the error whose text is message id with data.
func NewError(id string, data map[string]any) *Error { return &Error{ID: id, Data: data} }

func (e *Error) Error() string { return english().T(e.ID, e.Data) }
func (e *Error) Unwrap() error { return e.Err }

var english = sync.OnceValue(func() *Env {
	e := &Env{}
	if err := e.setLang("", func(string) string { return "" }); err != nil {
		panic(err)
	}
	return e
})

// PercentError is the error for a flag's value that is no percentage: it
// must lie between 0 and max.
func PercentError(flag string, value float64, max int) *Error {
	return NewError("CLIFlagPercent", map[string]any{"Flag": flag, "Value": strconv.FormatFloat(value, 'f', -1, 64), "Max": max})
}

// ErrorText is err's text in the UI language. An *Error is translated, and
// so are a file system error for the common causes (no such file, no
// permission, a directory where a file was expected, a full disk) and a
// locale tag that is not one, as long as nothing wraps them in English
// words of their own: the one wrapping kept is a flag's name ("--target:
// …"), which is the same in every language. Any other error keeps its
// English text, but for an input error's hint (what to do about it). An
// input error that kept its line of input is followed by that line and a
// caret under the column.
func (e *Env) ErrorText(err error) string {
	var ie *input.Error
	if errors.As(err, &ie) {
		if ex := excerpt(ie); ex != "" {
			return e.errorText(err) + "\n" + ex
		}
	}
	return e.errorText(err)
}

// excerptWidth is how many characters of a long line excerpt shows, so
// that the caret stays under its character on a terminal that would wrap.
const excerptWidth = 72

// excerpt returns an input error's line of input and, under it, a caret
// at its column, each line indented by four spaces; "" when the error kept
// no line. A long line is cut to the part around the column, marked with
// "…"; control characters are shown as escapes and tabs as spaces, so
// the caret lands under the character it points at.
func excerpt(e *input.Error) string {
	if e.Source == "" || e.Column < 1 {
		return ""
	}
	line := []rune(strings.TrimRight(e.Source, "\r\n"))
	col := min(e.Column-1, len(line))
	lo, hi := 0, len(line)
	if hi > excerptWidth {
		lo = max(0, col-excerptWidth/2)
		hi = min(len(line), lo+excerptWidth)
		lo = max(0, hi-excerptWidth)
	}
	shown := func(rs []rune) string {
		return strings.ReplaceAll(ctlchar.Visible(string(rs)), "\t", " ")
	}
	before, after := shown(line[lo:col]), shown(line[col:hi])
	if lo > 0 {
		before = "…" + before
	}
	if hi < len(line) {
		after += "…"
	}
	pad := strings.Repeat(" ", len([]rune(before)))
	return "    " + before + after + "\n    " + pad + "^"
}

func (e *Env) errorText(err error) string {
	text := err.Error()
	english, said := e.known(err)
	if english == "" {
		return e.hintText(err, text)
	}
	if text == english {
		return said
	}
	if flag, ok := strings.CutSuffix(text, ": "+english); ok && strings.HasPrefix(flag, "-") && !strings.ContainsRune(flag, ' ') {
		return flag + ": " + said
	}
	return text
}

// hintText is text, err's English text, with the hint of an input error
// in it said in the UI language.
func (e *Env) hintText(err error, text string) string {
	var ie *input.Error
	if !errors.As(err, &ie) || ie.Hint == nil {
		return text
	}
	english := "; " + ie.Hint.English
	i := strings.LastIndex(text, english)
	if i < 0 {
		return text
	}
	return text[:i] + "; " + e.T(ie.Hint.ID, ie.Hint.Data) + text[i+len(english):]
}

// known finds in err's chain an error terjime can say in the UI language:
// its English text and its text in the UI language; "" when there is none.
func (e *Env) known(err error) (english, said string) {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Error(), e.T(ue.ID, ue.Data)
	}
	var le *locale.Error
	if errors.As(err, &le) {
		if le.Language == "" {
			id := "LocaleMalformed"
			var unknown language.ValueError
			if _, err := language.Parse(le.Tag); err == nil || errors.As(err, &unknown) {
				id = "LocaleUnknown"
			}
			return le.Error(), e.T(id, map[string]any{"Tag": le.Tag})
		}
		country := language.MustParseRegion(le.Country)
		return le.Error(), e.T("LocaleCountry", map[string]any{
			"Tag": le.Tag, "Country": le.Country, "Language": le.Language,
			"CountryName": display.Regions(e.Lang).Name(country),
		})
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		id := ""
		switch {
		case errors.Is(pe.Err, fs.ErrNotExist):
			id = "FileNotFound"
		case errors.Is(pe.Err, fs.ErrPermission):
			id = "FilePermissionDenied"
		case errors.Is(pe.Err, syscall.EISDIR):
			id = "FileIsDirectory"
		case errors.Is(pe.Err, syscall.ENOTDIR):
			id = "FileParentNotDirectory"
		case errors.Is(pe.Err, syscall.ENOSPC):
			id = "FileDiskFull"
		}
		if id != "" {
			return pe.Error(), e.T(id, map[string]any{"Path": pe.Path})
		}
	}
	return "", ""
}
