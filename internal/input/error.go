package input

import "fmt"

// Error is a problem in an input file, at a line (and column) when one is
// known. Its message reads "file:line:col: what is wrong".
type Error struct {
	File   string
	Line   int // 1-based; 0 when unknown
	Column int // 1-based; 0 when unknown
	Msg    string
	Err    error // the underlying error, if any

	// Source is the line of input the error is about, when the reader
	// kept it: the CLI shows it under the message with a caret at Column.
	Source string

	// Hint, when set, says what to do about the problem. It follows Msg
	// after "; ", in the user's language where the CLI prints it.
	Hint *Hint
}

// Hint is advice on an input error, as a UI message: its ID and data, and
// its English text (the same as the message's in locales/active.en.toml),
// which Error gives.
type Hint struct {
	ID      string
	Data    map[string]any
	English string
}

func (e *Error) Error() string { return e.Where() + ": " + e.Message() }

// Where is the place the error is about, as Error begins with it:
// file:line:column, file:line or the file alone.
func (e *Error) Where() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return e.File
}

func (e *Error) Unwrap() error { return e.Err }

// Message is what is wrong, in English: Msg, and the hint if there is one.
func (e *Error) Message() string {
	if e.Hint != nil {
		return e.Msg + "; " + e.Hint.English
	}
	return e.Msg
}

// Errorf returns an Error for file at line (0: the whole file).
func Errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
