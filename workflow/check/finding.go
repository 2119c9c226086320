package check

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Severity is how bad a finding is. The zero value, Off, disables a check.
type Severity int

// Severities from least to most severe.
const (
	Off Severity = iota
	Warning
	Error
)

var severityNames = [...]string{"off", "warning", "error"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "error", "warning" or "off" ("ignore" is a synonym of
// "off").
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "off", "ignore":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want error, warning or off)", s)
}

// ParseFailOn reads the value of --fail-on: "error" or "warning".
func ParseFailOn(s string) (Severity, error) {
	sev, err := ParseSeverity(s)
	if err != nil || sev == Off {
		return Off, fmt.Errorf("--fail-on %q: want error or warning", s)
	}
	return sev, nil
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Finding is one problem found by a check. The JSON field names are a
// contract with the programs that read check --format json (the golden
// file testdata/check/report.json pins them): add fields, never rename.
type Finding struct {
	// Check names the check, such as "numbers" or "glossary-forbidden".
	Check    string   `json:"check"`
	Severity Severity `json:"severity"`
	Locale   string   `json:"locale"`
	Document string   `json:"document"`
	// Segment is the ID of the segment; empty for findings about a whole
	// file.
	Segment string `json:"segment"`
	// File and Line say where to look: the target catalog and the line of
	// the segment's table, usually.
	File string `json:"file"`
	Line int    `json:"line"`
	// Message says what is wrong, in English unless the caller localized
	// it (Localize).
	Message string `json:"message"`
	// Count is the number of segments a finding stands for when it sums
	// up several (the untranslated and outdated segments of a catalog);
	// 0 for a finding about one.
	Count int `json:"count,omitempty"`

	// Key and Args are the UI message ID and its template data for the
	// message; the CLI translates the message with them. Key is empty for
	// findings whose Message is final.
	Key  string         `json:"-"`
	Args map[string]any `json:"-"`
}

// Summary counts the findings by severity.
type Summary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	// Missing counts the segments that are not done (untranslated or
	// outdated), whether listed one by one or summed up per catalog; a
	// translation left in state untranslated is one of them, as status
	// counts it.
	Missing int `json:"missing,omitempty"`
}

// Report is the result of a run: its findings in a stable order and their
// summary.
type Report struct {
	Findings []Finding `json:"findings"`
	Summary  Summary   `json:"summary"`
	// Files lists every file that was checked, with findings or not: the
	// JUnit format reports the clean ones as passing tests.
	Files []string `json:"-"`
}

// NewReport sorts the findings (by file, line, segment, check, message),
// drops those of severity Off, and counts them.
func NewReport(findings []Finding, files []string) Report {
	out := make([]Finding, 0, len(findings))
	for _, f := range findings {
		if f.Severity != Off {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, compareFindings)
	r := Report{Findings: out, Files: slices.Clone(files)}
	slices.Sort(r.Files)
	r.Files = slices.Compact(r.Files)
	for _, f := range out {
		switch f.Severity {
		case Error:
			r.Summary.Errors++
		case Warning:
			r.Summary.Warnings++
		}
		if f.Check == "untranslated" || f.Check == "outdated" || f.Check == "untranslated-target" {
			r.Summary.Missing += max(f.Count, 1)
		}
	}
	return r
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Segment, b.Segment),
		cmp.Compare(a.Check, b.Check),
		cmp.Compare(a.Message, b.Message),
	)
}

// Fails reports whether the report has a finding at level or above: the run
// exits 1 then.
func (r Report) Fails(level Severity) bool {
	if level == Off {
		return false
	}
	for _, f := range r.Findings {
		if f.Severity >= level {
			return true
		}
	}
	return false
}

// Localize replaces each finding's Message by translate(Key, Args), for
// findings that have a Key; an argument that is a Msg is translated first.
// translate returns "" when it has no text.
func Localize(findings []Finding, translate func(key string, args map[string]any) string) {
	for i := range findings {
		f := &findings[i]
		if f.Key == "" {
			continue
		}
		args := f.Args
		for k, v := range f.Args {
			if m, ok := v.(Msg); ok {
				args = maps.Clone(args) // the finding keeps its Msg
				args[k] = translate(m.Key, m.Args)
			}
		}
		if s := translate(f.Key, args); s != "" && s != f.Key {
			f.Message = s
		}
	}
}

// MarshalJSON keeps "findings" an array when there are none.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	// Messages quote translations; keep their <, > and & readable.
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(plain(r)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
