package catalog

import "fmt"

// State is where a segment stands in the translation workflow.
type State int

// The states in workflow order. The zero value is Untranslated.
const (
	Untranslated State = iota
	Outdated
	Translated
	Reviewed
	Final
)

// States lists every state in workflow order, for tables and JSON keys.
var States = []State{Untranslated, Outdated, Translated, Reviewed, Final}

var stateNames = [...]string{"untranslated", "outdated", "translated", "reviewed", "final"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("state(%d)", int(s))
	}
	return stateNames[s]
}

// Done reports whether the segment counts as translated: translated,
// reviewed or final.
func (s State) Done() bool { return s >= Translated }

// ParseState returns the state named s.
func ParseState(s string) (State, error) {
	for i, n := range stateNames {
		if n == s {
			return State(i), nil
		}
	}
	return 0, fmt.Errorf("unknown state %q (want untranslated, outdated, translated, reviewed or final)", s)
}

// MarshalText writes the state's name.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	v, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
