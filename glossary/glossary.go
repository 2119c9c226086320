package glossary

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Status is a term's standing in its concept and locale.
type Status int

const (
	// Preferred terms are approved and the first choice. Several preferred
	// terms of one concept and locale are equal choices: a full form and its
	// acronym, an official name and its usual short form.
	Preferred Status = iota
	// Admitted terms are approved too, but mixing one with another
	// rendering of the concept across a project is inconsistent usage.
	Admitted
	// Forbidden terms are errors wherever they appear in a translation
	// (TBX "deprecated").
	Forbidden
)

var statusNames = [...]string{"preferred", "admitted", "forbidden"}

func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

// Approved reports whether s is preferred or admitted.
func (s Status) Approved() bool { return s == Preferred || s == Admitted }

// ParseStatus reads a status name as written in glossary files.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if strings.EqualFold(s, n) {
			return Status(i), true
		}
	}
	return 0, false
}

// Term is one written form of a concept in one locale.
type Term struct {
	Locale string
	Text   string
	Status Status
	// CaseSensitive terms match only with the same capitals (acronyms; tk
	// "Mejlis", whose lower-case "mejlis" is "meeting"). Inflection is still
	// allowed: Mejlisiň, MHG-niň.
	CaseSensitive bool
	// Exact terms match their written form only (after case folding unless
	// CaseSensitive), without stemming: for forbidden forms whose stem equals
	// an approved word's (ru Омбудсман/Омбудсмен).
	Exact bool
	Note  string
	// Line is where the term is written in the glossary file; 0 if unknown.
	Line int
}

// Concept is one thing named in several locales.
type Concept struct {
	ID      string
	Subject string
	Note    string
	// DoNotTranslate concepts are names that stay as written: a source term
	// found in a segment must appear unchanged in the translation.
	DoNotTranslate bool
	// Terms in file order: by locale, then preferred, admitted, forbidden.
	Terms []Term
	// Line is the line of the concept's [[concept]] header; 0 if unknown.
	Line int
}

// TermsFor returns the concept's terms in a locale, in file order.
func (c *Concept) TermsFor(locale string) []*Term {
	var ts []*Term
	for i := range c.Terms {
		if c.Terms[i].Locale == locale {
			ts = append(ts, &c.Terms[i])
		}
	}
	return ts
}

// Approved returns the approved terms of the concept in a locale, preferred
// ones first.
func (c *Concept) Approved(locale string) []*Term {
	var pref, adm []*Term
	for _, t := range c.TermsFor(locale) {
		switch t.Status {
		case Preferred:
			pref = append(pref, t)
		case Admitted:
			adm = append(adm, t)
		}
	}
	return append(pref, adm...)
}

// Glossary is a loaded glossary file.
type Glossary struct {
	// Path is the file it was read from (used in messages).
	Path     string
	Concepts []Concept
	// Header is the comment block at the top of the file, kept when the
	// file is rewritten (by import).
	Header string

	mu       sync.Mutex
	matchers map[string]*Matcher
}

// Locales returns the locales that have terms, in order of first appearance.
func (g *Glossary) Locales() []string {
	var out []string
	seen := map[string]bool{}
	for i := range g.Concepts {
		for _, t := range g.Concepts[i].Terms {
			if !seen[t.Locale] {
				seen[t.Locale] = true
				out = append(out, t.Locale)
			}
		}
	}
	return out
}

// Concept returns the concept with the given ID.
func (g *Glossary) Concept(id string) *Concept {
	for i := range g.Concepts {
		if g.Concepts[i].ID == id {
			return &g.Concepts[i]
		}
	}
	return nil
}

// Merge adds the concepts of other to g: a concept with the ID of an
// existing one replaces it in place, new ones are appended in order. The
// copies lose their line numbers; other is left as it was.
func (g *Glossary) Merge(other *Glossary) (added, replaced int) {
	index := map[string]int{}
	for i, c := range g.Concepts {
		index[c.ID] = i
	}
	for _, c := range other.Concepts {
		c.Line = 0
		c.Terms = slices.Clone(c.Terms)
		for i := range c.Terms {
			c.Terms[i].Line = 0
		}
		if i, ok := index[c.ID]; ok {
			g.Concepts[i] = c
			replaced++
			continue
		}
		index[c.ID] = len(g.Concepts)
		g.Concepts = append(g.Concepts, c)
		added++
	}
	g.resetMatchers()
	return added, replaced
}

// sortTerms puts a concept's terms in the canonical order, in place:
// locales in order of first appearance, then by status, keeping the written
// order otherwise. It returns ts.
func sortTerms(ts []Term) []Term {
	order := map[string]int{}
	for _, t := range ts {
		if _, ok := order[t.Locale]; !ok {
			order[t.Locale] = len(order)
		}
	}
	slices.SortStableFunc(ts, func(a, b Term) int {
		return cmp.Or(cmp.Compare(order[a.Locale], order[b.Locale]), cmp.Compare(a.Status, b.Status))
	})
	return ts
}
