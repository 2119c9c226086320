package glossary

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/cases"

	"github.com/terjime/terjime/internal/locale"
)

// Severity of a lint finding.
type Severity int

const (
	SeverityError Severity = iota
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// LintProblem is a problem in the glossary itself.
type LintProblem struct {
	Severity Severity
	// Check names the rule: "duplicate-concept", "approved-and-forbidden",
	// "empty-term", "locale", "ambiguous-term", "missing-id", "no-terms",
	// "no-preferred", "duplicate-term", "whitespace".
	Check   string
	Concept string
	Line    int
	Message string
}

func (p LintProblem) String() string { return fmt.Sprintf("%d: %s", p.Line, p.Message) }

// Lint checks the glossary: concepts without an ID or with a duplicate one,
// empty terms, bad locale tags, a term both approved and forbidden, a
// forbidden term whose stems equal an approved term's (it could never be
// told apart), an approved term shared by two concepts, a locale with
// admitted but no preferred term. Findings are in file order.
func (g *Glossary) Lint() []LintProblem {
	var out []LintProblem
	add := func(sev Severity, check string, c *Concept, line int, format string, args ...any) {
		if line == 0 {
			line = c.Line
		}
		out = append(out, LintProblem{Severity: sev, Check: check, Concept: c.ID, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	ids := map[string]int{}
	badLocale := map[string]bool{}
	for ci := range g.Concepts {
		c := &g.Concepts[ci]
		switch id := strings.TrimSpace(c.ID); {
		case id == "":
			add(SeverityError, "missing-id", c, 0, "concept has no id")
		case ids[id] > 0:
			add(SeverityError, "duplicate-concept", c, 0, "concept %q is already defined at line %d", id, ids[id])
		default:
			ids[id] = max(c.Line, 1)
		}
		if len(c.Terms) == 0 {
			add(SeverityWarning, "no-terms", c, 0, "concept %q has no terms", c.ID)
		}
		hasPref := map[string]bool{}
		for ti := range c.Terms {
			t := &c.Terms[ti]
			if t.Status == Preferred {
				hasPref[t.Locale] = true
			}
			if canon, err := locale.Canonical(t.Locale); err != nil {
				if !badLocale[t.Locale] {
					add(SeverityError, "locale", c, t.Line, "%v (BCP 47, e.g. ru, tk, en-GB)", err)
					badLocale[t.Locale] = true
				}
			} else if canon != t.Locale && !badLocale[t.Locale] {
				add(SeverityWarning, "locale", c, t.Line, "locale %q is written %q in canonical form", t.Locale, canon)
				badLocale[t.Locale] = true
			}
			switch {
			case strings.TrimSpace(t.Text) == "":
				add(SeverityError, "empty-term", c, t.Line, "concept %q has an empty %s term in %s", c.ID, t.Status, t.Locale)
				continue
			case len(words(t.Text, langFor(t.Locale))) == 0:
				add(SeverityError, "empty-term", c, t.Line, "term %q has no letters or digits to match", t.Text)
				continue
			case strings.TrimSpace(t.Text) != t.Text:
				add(SeverityWarning, "whitespace", c, t.Line, "term %q begins or ends with spaces", t.Text)
			}
			for _, u := range c.Terms[:ti] {
				if u.Locale != t.Locale || u.Text != t.Text {
					continue
				}
				if u.Status.Approved() != t.Status.Approved() {
					add(SeverityError, "approved-and-forbidden", c, t.Line, "%s term %q is both approved and forbidden in concept %q", t.Locale, t.Text, c.ID)
				} else {
					add(SeverityWarning, "duplicate-term", c, t.Line, "%s term %q is listed twice in concept %q", t.Locale, t.Text, c.ID)
				}
			}
		}
		for ti := range c.Terms {
			t := &c.Terms[ti]
			if t.Status == Admitted && !hasPref[t.Locale] {
				add(SeverityWarning, "no-preferred", c, t.Line, "concept %q has admitted but no preferred %s term", c.ID, t.Locale)
				hasPref[t.Locale] = true
			}
		}
	}
	out = append(out, g.lintKeys()...)
	slices.SortStableFunc(out, func(a, b LintProblem) int { return a.Line - b.Line })
	return out
}

// lintKeys finds terms that matching cannot tell apart.
func (g *Glossary) lintKeys() []LintProblem {
	var out []LintProblem
	type owner struct {
		c *Concept
		t *Term
	}
	for _, loc := range g.Locales() {
		if _, err := locale.Parse(loc); err != nil {
			continue
		}
		l, fold := langFor(loc), cases.Fold()
		key := func(t *Term) string {
			k, _ := termKeys(t, l, fold)
			return strings.Join(k, " ")
		}
		approved := map[string]owner{}
		for ci := range g.Concepts {
			c := &g.Concepts[ci]
			for ti := range c.Terms {
				t := &c.Terms[ti]
				if t.Locale != loc || !t.Status.Approved() {
					continue
				}
				k := key(t)
				if k == "" {
					continue
				}
				if o, ok := approved[k]; ok && o.c != c {
					out = append(out, LintProblem{SeverityWarning, "ambiguous-term", c.ID, t.Line,
						fmt.Sprintf("%s term %q of %q matches like %q of %q: a text using it counts for both", loc, t.Text, c.ID, o.t.Text, o.c.ID)})
				} else if !ok {
					approved[k] = owner{c, t}
				}
			}
		}
		for ci := range g.Concepts {
			c := &g.Concepts[ci]
			for ti := range c.Terms {
				t := &c.Terms[ti]
				if t.Locale != loc || t.Status != Forbidden {
					continue
				}
				k := key(t)
				if o, ok := approved[k]; ok && (o.t.Text != t.Text || o.c != c) {
					out = append(out, LintProblem{SeverityError, "approved-and-forbidden", c.ID, t.Line,
						fmt.Sprintf("forbidden %s term %q has the stems of approved %q (%s): mark it exact = true and list its forms", loc, t.Text, o.t.Text, k)})
				}
			}
		}
	}
	return out
}
