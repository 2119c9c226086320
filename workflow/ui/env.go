package ui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/term"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/terjime/terjime/workflow/ui/palette"
)

// Env carries the streams and the UI language of one invocation.
type Env struct {
	In  io.Reader
	Out io.Writer // data
	Err io.Writer // diagnostics and progress

	// OutTTY and ErrTTY report whether the streams are terminals: tables get
	// progress bars, findings colour, only there. InTTY says whether the
	// user can be asked (merge --interactive).
	OutTTY, ErrTTY, InTTY bool
	// Width is the number of columns of the terminal Out is, or 0 when it
	// is none: tables fit themselves into it. COLUMNS, when set, says it.
	Width int
	// Color is true when colour may be used on a terminal: not disabled by
	// --no-color or NO_COLOR.
	Color bool
	// Quiet silences informational messages on Err; errors still print.
	Quiet bool

	// Lang is the UI language: en, ru or tk.
	Lang language.Tag

	loc     *i18n.Localizer
	printer *message.Printer
}

// Options select how an Env is built.
type Options struct {
	Lang    string // --lang; empty: from the environment
	NoColor bool
	Quiet   bool
	Getenv  func(string) string // os.Getenv when nil
}

// New returns an Env on the process's streams.
func New(opt Options) (*Env, error) {
	getenv := opt.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	e := &Env{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Quiet: opt.Quiet}
	e.OutTTY = term.IsTerminal(int(os.Stdout.Fd()))
	e.ErrTTY = term.IsTerminal(int(os.Stderr.Fd()))
	e.InTTY = term.IsTerminal(int(os.Stdin.Fd()))
	e.Color = colorAllowed(opt.NoColor, getenv)
	if e.OutTTY {
		e.Width = terminalWidth(int(os.Stdout.Fd()), getenv)
	}
	if err := e.setLang(opt.Lang, getenv); err != nil {
		return nil, err
	}
	return e, nil
}

// terminalWidth is the width of the terminal fd: COLUMNS when it holds a
// number (a user's override, and what a shell exports), else what the
// terminal says; 0 when neither knows.
func terminalWidth(fd int, getenv func(string) string) int {
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if w, _, err := term.GetSize(fd); err == nil && w > 0 {
		return w
	}
	return 0
}

// colorAllowed decides whether a terminal may get colour: not with
// --no-color, not with a NO_COLOR that is set and not empty
// (https://no-color.org), not on a terminal that says it is dumb.
func colorAllowed(noColor bool, getenv func(string) string) bool {
	return !noColor && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// NewTest returns an Env whose streams are buffers, with in as standard
// input, in the given UI language ("" for English).
func NewTest(lang string, in string) (*Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	e := &Env{In: strings.NewReader(in), Out: &out, Err: &errb}
	if err := e.setLang(lang, func(string) string { return "" }); err != nil {
		panic(err)
	}
	return e, &out, &errb
}

// Infof prints an informational line on Err unless the Env is quiet.
func (e *Env) Infof(format string, args ...any) {
	if !e.Quiet {
		fmt.Fprintf(e.Err, format+"\n", args...)
	}
}

// Info prints the localized message id on Err unless the Env is quiet.
func (e *Env) Info(id string, data map[string]any) {
	if !e.Quiet {
		fmt.Fprintln(e.Err, e.T(id, data))
	}
}

// Palette is the colour scheme for Out: it paints only when Out is a
// terminal and colour is allowed.
func (e *Env) Palette() palette.Palette { return palette.New(e.Color && e.OutTTY) }

// Percent writes a percentage the way the UI language does, after CLDR:
// 42.9% in English, 42,9 % in Russian and Turkmen (with a no-break space),
// with the given number of decimals.
func (e *Env) Percent(v float64, decimals int) string {
	return e.printer.Sprint(number.Percent(v/100, number.Scale(decimals)))
}

// Printer formats numbers for the UI language (1 234,5 in Russian).
func (e *Env) Printer() *message.Printer { return e.printer }
