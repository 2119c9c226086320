package glossary

import (
	"slices"
	"strings"
)

// Hints returns, for the terms found in a source text, one line each
// naming the source term and the approved target terms: "IOM → МОМ",
// "International Organization for Migration → Migrasiýa boýunça halkara
// guramasy (admitted: Halkara migrasiýa guramasy)". An acronym in the
// source is paired with the target's acronyms when it has some, a full form
// with its full forms. Lines come in order of appearance, without
// repeats; a concept with no target terms gets none (unless it is a name
// that stays as written).
func (g *Glossary) Hints(sourceLocale, targetLocale, text string) []string {
	var out []string
	for _, m := range g.Matcher(sourceLocale).Find(text) {
		if h := hint(m, targetLocale); h != "" && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

func hint(m Match, targetLocale string) string {
	src := m.Term.Text
	if m.Term.Status == Forbidden {
		// name the source's own approved form, then the translation
		if a := m.Concept.Approved(m.Term.Locale); len(a) > 0 {
			src = a[0].Text
		}
	}
	if m.Concept.DoNotTranslate {
		return src + " → " + src + " (do not translate)"
	}
	approved := m.Concept.Approved(targetLocale)
	if len(approved) == 0 {
		return ""
	}
	want := IsAcronym(m.Term)
	var same []*Term
	for _, t := range approved {
		if IsAcronym(t) == want {
			same = append(same, t)
		}
	}
	if len(same) == 0 {
		same = approved
	}
	var pref, adm []string
	for _, t := range same {
		if t.Status == Preferred {
			pref = append(pref, t.Text)
		} else {
			adm = append(adm, t.Text)
		}
	}
	var b strings.Builder
	b.WriteString(src)
	b.WriteString(" → ")
	if len(pref) == 0 {
		b.WriteString(strings.Join(adm, " / "))
		return b.String()
	}
	b.WriteString(strings.Join(pref, " / "))
	if len(adm) > 0 {
		b.WriteString(" (admitted: " + strings.Join(adm, " / ") + ")")
	}
	return b.String()
}
