package workflow

import "errors"

// ErrFindings marks a run that completed but found what the user asked to
// fail on: check findings, a locale under --fail-under, merge conflicts, an
// incomplete edition. The CLI exits with code 1 for it.
var ErrFindings = errors.New("findings")

// Findings returns an error that wraps ErrFindings with msg as its whole
// message, already in the UI language: the line the CLI ends with.
func Findings(msg string) error { return &findingsError{msg} }

type findingsError struct{ msg string }

func (e *findingsError) Error() string { return e.msg }
func (e *findingsError) Unwrap() error { return ErrFindings }
