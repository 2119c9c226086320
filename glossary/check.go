package glossary

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ProblemKind says what is wrong with a segment pair.
type ProblemKind int

const (
	// Missing: the source names a concept and the translation has none of
	// its approved terms.
	Missing ProblemKind = iota
	// ForbiddenTerm: the translation uses a forbidden term.
	ForbiddenTerm
	// Changed: a do-not-translate name of the source is not in the
	// translation as written.
	Changed
	// SourceForbidden: the source itself uses a forbidden (misspelt or
	// outdated) form.
	SourceForbidden
)

var kindNames = [...]string{"missing", "forbidden", "do-not-translate", "source-forbidden"}

func (k ProblemKind) String() string { return kindNames[k] }

// Problem is one glossary finding in a segment pair.
type Problem struct {
	Kind    ProblemKind
	Concept *Concept
	// SourceTerm is the term as written in the source ("Mejlis"), empty for
	// a forbidden term whose concept is not in the source.
	SourceTerm string
	// Expected are the approved target terms, preferred first.
	Expected []string
	// Found is what the text has instead: the forbidden term as written.
	Found string
	// Term is the glossary term involved: the forbidden term, or the source
	// term that asked for a translation.
	Term *Term
	// Start and End locate Found in the target (ForbiddenTerm) or the
	// source term in the source (the other kinds), as byte offsets.
	Start, End int
}

// Checker checks segment pairs of one source and one target locale.
type Checker struct {
	src, tgt *Matcher

	mu                     sync.Mutex // guards the buffers, reused between calls
	srcSel, tgtAll, tgtSel []Match
}

// Checker returns a checker for translations from sourceLocale into
// targetLocale.
func (g *Glossary) Checker(sourceLocale, targetLocale string) *Checker {
	return &Checker{src: g.Matcher(sourceLocale), tgt: g.Matcher(targetLocale)}
}

// Check checks one segment pair: every concept named in the source must be
// rendered by one of its approved terms in the target; a forbidden term
// anywhere in the target is a problem; a do-not-translate name must appear
// unchanged.
func (g *Glossary) Check(sourceLocale, targetLocale, source, target string) []Problem {
	return g.Checker(sourceLocale, targetLocale).Check(source, target)
}

// Check checks one segment pair; see Glossary.Check.
func (c *Checker) Check(source, target string) []Problem {
	p, _ := c.check(source, target, false)
	return p
}

// CheckPair checks one segment pair and also returns the approved terms
// the target uses (leftmost-longest), from which a project's consistency
// is judged (see Consistency).
func (c *Checker) CheckPair(source, target string) (problems []Problem, used []Match) {
	return c.check(source, target, true)
}

func (c *Checker) check(source, target string, wantUsed bool) (problems []Problem, used []Match) {
	source, target = nfc(source), nfc(target)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.srcSel, _ = c.src.collect(source, c.srcSel[:0], nil, false)
	c.tgtSel, c.tgtAll = c.tgt.collect(target, c.tgtSel[:0], c.tgtAll[:0], true)
	src, all, sel := c.srcSel, c.tgtAll, c.tgtSel

	var done []*Concept
	for _, s := range src {
		if s.Term.Status == Forbidden {
			problems = append(problems, sourceForbidden(s))
		}
		if slices.Contains(done, s.Concept) {
			continue
		}
		done = append(done, s.Concept)
		if s.Concept.DoNotTranslate {
			if !containsWord(target, s.Text) {
				problems = append(problems, Problem{
					Kind: Changed, Concept: s.Concept, SourceTerm: s.Text, Term: s.Term,
					Expected: []string{s.Text}, Start: s.Start, End: s.End,
				})
			}
			continue
		}
		if !hasApproved(s.Concept, c.tgt.locale) {
			continue
		}
		ok, forbidden := false, false
		for _, t := range all {
			if t.Concept == s.Concept {
				ok = ok || t.Term.Status.Approved()
				forbidden = forbidden || t.Term.Status == Forbidden
			}
		}
		if !ok && !forbidden {
			problems = append(problems, Problem{
				Kind: Missing, Concept: s.Concept, SourceTerm: s.Text, Term: s.Term,
				Expected: termTexts(s.Concept.Approved(c.tgt.locale)), Start: s.Start, End: s.End,
			})
		}
	}

	for i, t := range all {
		if t.Term.Status != Forbidden || coveredByApproved(all, t) || reported(all[:i], t) {
			continue
		}
		p := Problem{
			Kind: ForbiddenTerm, Concept: t.Concept, Found: t.Text, Term: t.Term,
			Expected: termTexts(t.Concept.Approved(c.tgt.locale)), Start: t.Start, End: t.End,
		}
		for _, s := range src {
			if s.Concept == t.Concept {
				p.SourceTerm = s.Text
				break
			}
		}
		problems = append(problems, p)
	}

	if wantUsed {
		for _, t := range sel {
			if t.Term.Status.Approved() {
				used = append(used, t)
			}
		}
	}
	return problems, used
}

func hasApproved(c *Concept, locale string) bool {
	for i := range c.Terms {
		if c.Terms[i].Locale == locale && c.Terms[i].Status.Approved() {
			return true
		}
	}
	return false
}

// coveredByApproved reports whether a forbidden match lies inside a longer
// approved one: a forbidden short form inside an approved full name is not
// a use of the short form.
func coveredByApproved(all []Match, f Match) bool {
	for _, a := range all {
		if a.Term.Status.Approved() && a.Start <= f.Start && f.End <= a.End && a.End-a.Start > f.End-f.Start {
			return true
		}
	}
	return false
}

func reported(prev []Match, f Match) bool {
	for _, p := range prev {
		if p.Term.Status == Forbidden && p.Concept == f.Concept && p.Start == f.Start && p.End == f.End {
			return true
		}
	}
	return false
}

func termTexts(ts []*Term) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

// containsWord reports whether w occurs in s as a whole word: not inside a
// longer word, though an ending after a hyphen or apostrophe may follow
// (UNICEF-iň, UNICEF's).
func containsWord(s, w string) bool {
	for from := 0; from <= len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(s) || !isWordRune(after)) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		from = i + n
	}
	return false
}

// Use is one approved rendering of a concept in a project, for Consistency.
type Use struct {
	Concept *Concept
	Term    *Term
	// Ref identifies where it was used (document, segment …); Consistency
	// only hands it back.
	Ref any
}

// Inconsistency is a use of an admitted term while the same concept is
// rendered otherwise elsewhere in the same locale.
type Inconsistency struct {
	Use
	// Others are the other terms used for the concept, with their counts.
	Others []TermCount
}

// TermCount is a term and the number of its uses.
type TermCount struct {
	Term  *Term
	Count int
}

// IsAcronym reports whether t is an acronym: case-sensitive, with a word of
// two or more capitals (IOM, МОМ, УВКБ ООН, SDGs).
func IsAcronym(t *Term) bool {
	if !t.CaseSensitive {
		return false
	}
	caps := 0
	for _, r := range t.Text {
		switch {
		case unicode.IsUpper(r):
			caps++
			if caps >= 2 {
				return true
			}
		case !unicode.IsLetter(r):
			caps = 0
		}
	}
	return false
}

// Consistency finds mixed renderings in the uses of one locale: a concept
// rendered by an admitted term in some places and by another term in
// others. Several preferred terms (a full form and its acronym) are equal
// choices and never inconsistent with each other. Each use of an admitted
// term in a mixed concept is reported, in the order of uses.
func Consistency(uses []Use) []Inconsistency {
	// acronyms and full forms are compared among themselves: "MHG" with
	// the admitted full form is the usual pair, not a mix
	type key struct {
		c       *Concept
		acronym bool
	}
	by := map[key][]TermCount{}
	for _, u := range uses {
		k := key{u.Concept, IsAcronym(u.Term)}
		i := slices.IndexFunc(by[k], func(tc TermCount) bool { return tc.Term == u.Term })
		if i < 0 {
			by[k] = append(by[k], TermCount{u.Term, 0})
			i = len(by[k]) - 1
		}
		by[k][i].Count++
	}
	var out []Inconsistency
	for _, u := range uses {
		tally := by[key{u.Concept, IsAcronym(u.Term)}]
		if u.Term.Status != Admitted || len(tally) < 2 {
			continue
		}
		inc := Inconsistency{Use: u}
		for _, tc := range tally {
			if tc.Term != u.Term {
				inc.Others = append(inc.Others, tc)
			}
		}
		out = append(out, inc)
	}
	return out
}

// SourceProblems returns the forbidden forms a source text itself uses
// (SourceForbidden problems): a misspelt or outdated name in the article.
func (g *Glossary) SourceProblems(locale, text string) []Problem {
	var out []Problem
	for _, s := range g.Matcher(locale).Find(text) {
		if s.Term.Status == Forbidden {
			out = append(out, sourceForbidden(s))
		}
	}
	return out
}

// sourceForbidden is the problem of a forbidden term found in a source.
func sourceForbidden(s Match) Problem {
	return Problem{
		Kind: SourceForbidden, Concept: s.Concept, SourceTerm: s.Text, Term: s.Term,
		Expected: termTexts(s.Concept.Approved(s.Term.Locale)), Start: s.Start, End: s.End,
	}
}
