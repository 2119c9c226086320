package check

import (
	"fmt"
	"slices"
	"strings"
)

// Info describes one check: its name (what the [check] table, a note flag
// and the report use), its severity unless configured, and what it finds.
type Info struct {
	Name     string
	Severity Severity
	Doc      string
}

// Checks lists every check of this package in report order.
var Checks = []Info{
	// completeness
	{"untranslated", Error, "a segment has no translation"},
	{"untranslated-target", Error, "a segment has a translation but its state is untranslated: set its state"},
	{"outdated", Error, "a translation was made for an earlier source, or came from a fuzzy match"},
	{"stale", Error, "a segment marked done whose source_hash is not the hash of its source: the source changed after it was translated"},
	{"source-changed", Error, "the target catalog's copy of a source differs from the source catalog: run terjime segment"},
	{"identical", Warning, "the translation is the source, unchanged"},
	{"obsolete", Warning, "an obsolete entry (a removed sentence) is still in the catalog"},
	{"unknown-id", Error, "a target catalog has a segment the source catalog does not"},
	{"missing-id", Error, "a source segment is missing from the target catalog: run terjime segment"},
	{"duplicate-id", Error, "two entries of a catalog share an ID"},
	// numbers and dates
	{"numbers", Error, "a number or date of the source is missing or changed in the translation"},
	// punctuation and whitespace
	{"end-punctuation", Warning, "the translation ends with other punctuation than the source"},
	{"whitespace", Warning, "leading or trailing space differs from the source, or a space stands before punctuation"},
	{"double-space", Warning, "two spaces in a row in the translation"},
	{"repeated-word", Warning, "a word repeated (\"воду воду\")"},
	{"brackets", Warning, "unbalanced brackets in the translation"},
	{"quotes", Warning, "unbalanced quotation marks in the translation"},
	{"quote-style", Warning, "quotation marks that are not the locale's («…» in Russian and Turkmen)"},
	// consistency
	{"inconsistent-translation", Warning, "the same source translated differently"},
	{"inconsistent-source", Warning, "the same translation for different sources"},
	// URLs, placeholders, markup
	{"urls", Error, "a URL of the source is missing or changed in the translation"},
	{"emails", Error, "an e-mail address of the source is missing or changed in the translation"},
	{"placeholders", Error, "placeholders ({{.Name}}, %s, {0}) differ from the source"},
	{"markup", Error, "markup tags (<b>, </a>) differ from the source, or inline codes (<1>…</1>, <2/>) are missing, repeated, unpaired or wrongly nested"},
	// length
	{"length", Warning, "the translation is far longer or shorter than the locale's usual ratio"},
}

// Config is the [check] table of terjime.toml:
//
//	[check]
//	ignore = ["identical"]
//	severity = { length = "error", quote-style = "off" }
//	length_factor = 2.5
//	quotes = { tk = "“”" }
//
// Severity names error, warning or off; ignore is the same as off.
type Config struct {
	Ignore   []string          `toml:"ignore,omitempty"`
	Severity map[string]string `toml:"severity,omitempty"`
	// LengthFactor is how far from the locale's usual target/source length
	// ratio a segment may go, either way, before "length" reports it;
	// DefaultLengthFactor when zero.
	LengthFactor float64 `toml:"length_factor,omitempty"`
	// Quotes overrides the quotation marks of a locale: the opening and
	// closing marks, as in "«»".
	Quotes map[string]string `toml:"quotes,omitempty"`
}

// DefaultLengthFactor lets a translation be up to twice as long, or half
// as long, as the locale's usual ratio says.
const DefaultLengthFactor = 2.0

// ExternalPrefixes name the checks other packages run over the same
// catalogs, whose findings join these (glossary-forbidden, …): [check]
// may configure them too, and Apply does.
var ExternalPrefixes = []string{"glossary-"}

func external(name string) bool {
	for _, p := range ExternalPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// severities resolves the configuration into a severity per check.
func (c Config) severities() (map[string]Severity, error) {
	sev := make(map[string]Severity, len(Checks))
	for _, ch := range Checks {
		sev[ch.Name] = ch.Severity
	}
	known := func(name string) bool {
		_, ok := sev[name]
		return ok || external(name)
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
	names := make([]string, len(Checks))
	for i, ch := range Checks {
		names[i] = ch.Name
	}
	return fmt.Errorf("check.%s: unknown check %q (known: %s)", key, name, strings.Join(names, ", "))
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
	switch name {
	case "untranslated", "untranslated-target", "outdated", "stale", "source-changed", "unknown-id", "missing-id", "duplicate-id":
		return true
	}
	return false
}
