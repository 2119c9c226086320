package check

import (
	"fmt"
	"slices"
	"strings"
)

// Config is the [check] table of terjime.toml:
//
//	[check]
//	ignore = ["identical"]
//	severity = { length = "error", quote-style = "off" }
//	length_factor = 2.5
//	quotes = { tk = "“”" }
//	consistency = "project"
//
// Severity names error, warning or off; ignore is the same as off.
type Config struct {
	Ignore   []string          `toml:"ignore,omitempty"`
	Severity map[string]string `toml:"severity,omitempty"`
	// LengthFactor sets how far from the locale's usual target/source
	// length ratio a segment may go before "length" reports it: its square
	// either way, or, short of it, LengthFactor/1.2 (halfway to 1 at
	// least) for a translation that lacks an anchor of its source or
	// breaks off (DefaultLengthFactor); the default when zero.
	LengthFactor float64 `toml:"length_factor,omitempty"`
	// Quotes overrides the quotation marks of a locale: the opening and
	// closing marks, as in "«»".
	Quotes map[string]string `toml:"quotes,omitempty"`
	// Consistency is how far the consistency checks (inconsistent-
	// translation, inconsistent-source) look: "document" (the default)
	// compares the segments of one document, "project" those of every
	// document of a locale. Across documents the same words often mean
	// different things (a menu's "Open" and a status "open").
	Consistency string `toml:"consistency,omitempty"`
}

// The scopes of the consistency checks.
const (
	ScopeDocument = "document"
	ScopeProject  = "project"
)

// DefaultLengthFactor sets the bands of the length check: a short
// translation that lacks an anchor of its source or breaks off is
// reported from 1.8/1.2 = 1.5 times short of the locale's usual ratio
// (lostFactor); any other from 1.8² ≈ 3.2 times short or long. Only
// sentences of 100 characters or more are judged (minLengthRunes).
// Measured on 733 Debian and KDE documents (226,023 pairs) with errors
// planted: it finds 43 of 50 sentences that lost their second half and
// 49 of 50 said twice, with 25 findings on the clean translations (24 of
// them real omissions or outdated translations). The ratio alone at 1.8,
// before anchors, gave 110 findings (11 true in a sample of 20) and 45 of
// the 50: the false alarms were concise renderings.
const DefaultLengthFactor = 1.8

// severities resolves the configuration into a severity per check.
func (c Config) severities() (map[string]Severity, error) {
	sev := make(map[string]Severity, len(registry))
	for _, ch := range registry {
		sev[ch.Name] = ch.Severity
	}
	known := func(name string) bool {
		_, ok := sev[name]
		return ok
	}
	for _, name := range c.Ignore {
		if !known(name) {
			return nil, unknownCheck("ignore", name)
		}
		sev[name] = Off
	}
	keys := make([]string, 0, len(c.Severity))
	for k := range c.Severity {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, name := range keys {
		if !known(name) {
			return nil, unknownCheck("severity", name)
		}
		s, err := ParseSeverity(c.Severity[name])
		if err != nil {
			return nil, fmt.Errorf("check.severity.%s: %w", name, err)
		}
		if !slices.Contains(c.Ignore, name) {
			sev[name] = s
		}
	}
	if c.LengthFactor != 0 && c.LengthFactor <= 1 {
		return nil, fmt.Errorf("check.length_factor %v: want a number above 1", c.LengthFactor)
	}
	if c.Consistency != "" && c.Consistency != ScopeDocument && c.Consistency != ScopeProject {
		return nil, fmt.Errorf("check.consistency %q: want %q or %q", c.Consistency, ScopeDocument, ScopeProject)
	}
	for loc, q := range c.Quotes {
		if len([]rune(q)) != 2 {
			return nil, fmt.Errorf("check.quotes.%s %q: want the opening and the closing mark, as in \"«»\"", loc, q)
		}
	}
	return sev, nil
}

// Apply configures findings made elsewhere (the glossary's): a check the
// configuration ignores or sets to off is dropped, another configured
// severity replaces the finding's own. Findings of this package's checks
// are already configured. A note flag ("no-glossary-forbidden-check") is
// the producer's to honour; Flagged tells it.
func (c Config) Apply(findings []Finding) []Finding {
	if len(c.Ignore) == 0 && len(c.Severity) == 0 {
		return findings
	}
	out := findings[:0]
	for _, f := range findings {
		if slices.Contains(c.Ignore, f.Check) {
			continue
		}
		if s, ok := c.Severity[f.Check]; ok {
			if sev, err := ParseSeverity(s); err == nil {
				if sev == Off {
					continue
				}
				f.Severity = sev
			}
		}
		out = append(out, f)
	}
	return out
}

// Flagged reports whether a segment's note switches the named check off
// ("no-numbers-check"; "no-check" switches off all but completeness).
func Flagged(note, check string) bool { return flagged(note, check) }

// Validate reports the first problem of the configuration: an unknown
// check, severity or quote pair.
func (c Config) Validate() error {
	_, err := c.severities()
	return err
}

func unknownCheck(key, name string) error {
	return fmt.Errorf("check.%s: unknown check %q (known: %s)", key, name, strings.Join(Names(), ", "))
}

// Note flags switch a check off for one segment, as gettext's
// "no-c-format" does: "no-numbers-check" in the segment's note (in the
// source or the target catalog) silences "numbers" for it; "no-check"
// silences every check but the completeness ones.
func flagged(note, name string) bool {
	if len(note) < 8 || !strings.Contains(note, "no-") {
		return false
	}
	for f := range strings.FieldsFuncSeq(note, func(r rune) bool {
		return r == ' ' || r == ',' || r == '\n' || r == '\t' || r == ';'
	}) {
		if f == "no-check" {
			return !completeness(name)
		}
		if strings.HasPrefix(f, "no-") && strings.HasSuffix(f, "-check") && f[3:len(f)-6] == name {
			return true
		}
	}
	return false
}

func completeness(name string) bool {
	c, ok := Lookup(name)
	return ok && c.Completeness
}
