package glossarycheck

import (
	"fmt"
	"strings"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/workflow/check"
)

// The glossary's checks, as they appear in findings and in [check].
const (
	Missing      = "glossary-missing"      // no approved term for a concept of the source
	Forbidden    = "glossary-forbidden"    // a forbidden term in a translation
	Unchanged    = "glossary-dnt"          // a do-not-translate name changed
	Source       = "glossary-source"       // the source uses a forbidden form
	Inconsistent = "glossary-inconsistent" // admitted and other terms mixed in a locale
)

// The glossary's checks join the registry of checks, so that [check],
// note flags and check --help know them.
func init() {
	check.Register(
		check.Check{Name: Missing, Severity: check.Error,
			Doc: "a concept of the glossary in the source, but none of its approved terms in the translation",
			Messages: map[string]string{
				"GlossaryMissing": `the source has "{{.Term}}" ({{.Concept}}); the translation should use "{{.Expected}}" but has none of it`,
			}},
		check.Check{Name: Forbidden, Severity: check.Error,
			Doc: "a term the glossary forbids in the translation",
			Messages: map[string]string{
				"GlossaryForbidden":    `"{{.Found}}" is a forbidden term for {{.Concept}}; use "{{.Expected}}"`,
				"GlossaryForbiddenFor": `"{{.Found}}" is a forbidden term for {{.Concept}} (the source has "{{.Term}}"); use "{{.Expected}}"`,
			}},
		check.Check{Name: Unchanged, Severity: check.Error,
			Doc: "a name the glossary keeps as written (do not translate) changed in the translation",
			Messages: map[string]string{
				"GlossaryUnchanged": `"{{.Term}}" ({{.Concept}}) must appear in the translation as written`,
			}},
		check.Check{Name: Source, Severity: check.Warning,
			Doc: "the source uses a form of a concept that the glossary forbids",
			Messages: map[string]string{
				"GlossarySource": `the source writes "{{.Term}}", a forbidden form of {{.Concept}}; the glossary has "{{.Expected}}"`,
			}},
		check.Check{Name: Inconsistent, Severity: check.Warning,
			Doc: "a concept rendered with an admitted term in some translations of a locale and otherwise in others",
			Messages: map[string]string{
				"GlossaryInconsistent": `{{.Concept}} is rendered "{{.Found}}" here but "{{.Others}}" elsewhere in {{.Locale}}; use one form`,
			}},
	)
}

// finding is a finding of the named check with its registered severity.
func finding(name, key string, args map[string]any) check.Finding {
	c, _ := check.Lookup(name)
	return check.Finding{
		Check: name, Severity: c.Severity, Key: key, Args: args,
		Message: check.English(key, args),
	}
}

// A Pass checks the done (translated, reviewed, final) segments of
// each pair against the glossary: a concept named in the source needs an
// approved term in the translation, forbidden terms are errors, names that
// stay as written must, and an admitted term mixed with other renderings
// of its concept in a locale (across all documents) is a warning. A
// forbidden form in the source itself is a warning, reported once on the
// source catalog. A segment's note can switch a check off
// ("no-glossary-forbidden-check").
//
// It takes the pairs one document at a time, so that a large project is
// read document by document: what the consistency check needs across
// documents is kept as small references, never the catalogs.
type Pass struct {
	g          *glossary.Glossary
	out        []check.Finding
	uses       map[string][]glossary.Use // by target locale
	locales    []string
	sourceDone map[string]bool // source catalogs whose source findings are made
}

// useRef is where a term was used, for a consistency finding.
type useRef struct {
	document, id, path string
	line               int
	off                bool // the segment's note switches the consistency check off
}

// New starts a pass with glossary g.
func New(g *glossary.Glossary) *Pass {
	return &Pass{g: g, uses: map[string][]glossary.Use{}, sourceDone: map[string]bool{}}
}

// Add checks pairs; it keeps nothing of their catalogs but the references
// the consistency check needs.
func (gp *Pass) Add(pairs []check.Pair) {
	for i := range pairs {
		gp.add(&pairs[i])
	}
}

func (gp *Pass) add(pr *check.Pair) {
	src, tgt := pr.Source, pr.Target
	ch := gp.g.Checker(src.Locale, tgt.Locale)
	if _, ok := gp.uses[tgt.Locale]; !ok {
		gp.uses[tgt.Locale] = nil
		gp.locales = append(gp.locales, tgt.Locale)
	}
	srcIndex := src.Index()
	reportSource := !gp.sourceDone[src.Path]
	gp.sourceDone[src.Path] = true
	for si := range tgt.Segments {
		seg := &tgt.Segments[si]
		source := seg.Source
		srcLine := 0
		if i, ok := srcIndex[seg.ID]; ok {
			source = src.Segments[i].Source
			srcLine = src.Segments[i].Line
			if src.Segments[i].Verbatim {
				continue
			}
		}
		// A done segment's check finds the source's forbidden forms too;
		// only an untranslated one needs the source looked at alone.
		var problems []glossary.Problem
		var used []glossary.Match
		done := seg.Done()
		if done {
			problems, used = ch.CheckPair(source, seg.Target)
		}
		if reportSource {
			sp := problems
			if !done {
				sp = gp.g.SourceProblems(src.Locale, source)
			}
			for _, p := range sp {
				if p.Kind != glossary.SourceForbidden || check.Flagged(seg.Note, Source) {
					continue
				}
				f := finding(Source, "GlossarySource", map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
				f.Locale, f.Document, f.Segment, f.File, f.Line = src.Locale, src.Document, seg.ID, src.Path, srcLine
				gp.out = append(gp.out, f)
			}
		}
		if !done {
			continue
		}
		for _, p := range problems {
			var f check.Finding
			switch p.Kind {
			case glossary.Missing:
				f = finding(Missing, "GlossaryMissing", map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
			case glossary.ForbiddenTerm:
				key := "GlossaryForbidden"
				if p.SourceTerm != "" {
					key = "GlossaryForbiddenFor"
				}
				f = finding(Forbidden, key, map[string]any{
					"Found": p.Found, "Term": p.SourceTerm, "Concept": p.Concept.ID, "Expected": strings.Join(p.Expected, " / "),
				})
			case glossary.Changed:
				f = finding(Unchanged, "GlossaryUnchanged", map[string]any{
					"Term": p.SourceTerm, "Concept": p.Concept.ID,
				})
			default:
				continue // source problems are reported once, above
			}
			if check.Flagged(seg.Note, f.Check) {
				continue
			}
			f.Locale, f.Document, f.Segment, f.File, f.Line = tgt.Locale, tgt.Document, seg.ID, tgt.Path, seg.Line
			gp.out = append(gp.out, f)
		}
		if len(used) == 0 {
			continue
		}
		ref := &useRef{tgt.Document, seg.ID, tgt.Path, seg.Line, check.Flagged(seg.Note, Inconsistent)}
		for _, u := range used {
			gp.uses[tgt.Locale] = append(gp.uses[tgt.Locale], glossary.Use{Concept: u.Concept, Term: u.Term, Ref: ref})
		}
	}
}

// Findings ends the pass with the consistency findings, which need every
// pair, and returns all findings.
func (gp *Pass) Findings() []check.Finding {
	for _, loc := range gp.locales {
		for _, inc := range glossary.Consistency(gp.uses[loc]) {
			r := inc.Ref.(*useRef)
			if r.off {
				continue
			}
			var others []string
			for _, o := range inc.Others {
				others = append(others, fmt.Sprintf("%s (%d×)", o.Term.Text, o.Count))
			}
			f := finding(Inconsistent, "GlossaryInconsistent", map[string]any{
				"Concept": inc.Concept.ID, "Found": inc.Term.Text, "Others": strings.Join(others, " / "), "Locale": loc,
			})
			f.Locale, f.Document, f.Segment, f.File, f.Line = loc, r.document, r.id, r.path, r.line
			gp.out = append(gp.out, f)
		}
	}
	return gp.out
}
