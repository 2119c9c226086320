package workflow

import "errors"

// ErrFindings marks a run that completed but found what the user asked to
// fail on: check findings, a locale under --fail-under, merge conflicts, an
// incomplete edition. The CLI exits with code 1 for it.
var ErrFindings = errors.New("findings")
