package ui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/term"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

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
	if err := e.setLang(opt.Lang, getenv); err != nil {
		return nil, err
	}
	return e, nil
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

// Printer formats numbers for the UI language (1 234,5 in Russian).
func (e *Env) Printer() *message.Printer { return e.printer }
