package check

import (
	"fmt"
	"maps"
	"slices"
)

// A Check is one QA check as the registry knows it.
//
// Name is what findings, the [check] table and note flags call it
// ("no-numbers-check"); Severity holds unless [check] says otherwise (Off:
// the check runs only when [check] gives it a severity); Doc says what it
// finds, in English, for the code's readers (check --help names the checks
// in the UI's language, without it). Messages are the English texts of
// the UI messages its findings use, by message ID, in go-i18n's template
// syntax; locales/active.*.toml hold them in every UI language.
//
// A check of one done translation against its source has a Text function,
// which the runner calls for every such segment while the check is on. The
// other checks of this package run where what they need is: those of
// completeness and IDs in the walk over each catalog, the consistency and
// length checks across a locale's documents. Other packages register checks
// whose findings they make themselves and that join these (the glossary's):
// [check] configures them like any other (Config.Apply).
type Check struct {
	Name     string
	Severity Severity
	Doc      string
	Messages map[string]string
	Text     func(t *Translation)
	// Completeness marks the checks of missing or misplaced work, which
	// the note flag "no-check" does not silence.
	Completeness bool
}

// registry is every registered check, in report order: this package's
// first (see checks.go).
var registry []Check

// Messages are the English texts of every registered check's messages, by
// message ID.
var Messages = map[string]string{}

// Register adds checks to the registry. A name or message ID registered
// twice is a programming error, and panics.
func Register(checks ...Check) {
	for _, c := range checks {
		if _, ok := Lookup(c.Name); ok || c.Name == "" {
			panic(fmt.Sprintf("check: %q registered twice or without a name", c.Name))
		}
		for id := range c.Messages {
			if _, ok := Messages[id]; ok {
				panic(fmt.Sprintf("check: message %s of %s registered twice", id, c.Name))
			}
		}
		maps.Copy(Messages, c.Messages)
		registry = append(registry, c)
	}
}

// Checks lists the registered checks in report order.
func Checks() []Check { return slices.Clone(registry) }

// Lookup returns the registered check of that name.
func Lookup(name string) (Check, bool) {
	for _, c := range registry {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// Names lists the registered checks' names in report order.
func Names() []string {
	names := make([]string, len(registry))
	for i, c := range registry {
		names[i] = c.Name
	}
	return names
}
