package goi18nfile

import (
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
)

// baseMark starts the line a message's description ends with to record
// the segment's base: "terjime-base ru: 3f0c9a1b2d4e reviewed". goi18n
// merge keeps only the source messages' descriptions (it rewrites every
// target message's description and hash from them), so the base goes
// there, one target locale per export.
const baseMark = "terjime-base "

// describe is the description of a segment's message in an export for
// locale: its source text and, after a blank line, its base.
func describe(s *catalog.Segment, locale string) string {
	return s.Source + "\n\n" + baseMark + locale + ": " + catalog.BaseOf(s).String()
}

// splitDescription takes the base line off a description: the source text
// it describes, the locale and base it records, and whether it had one.
func splitDescription(d string) (source, locale, base string, ok bool) {
	i := strings.LastIndex(d, "\n\n"+baseMark)
	if i < 0 {
		return d, "", "", false
	}
	rest := d[i+2+len(baseMark):]
	locale, base, ok = strings.Cut(rest, ": ")
	if !ok || strings.ContainsAny(rest, "\n") {
		return d, "", "", false
	}
	return d[:i], locale, base, true
}

// BaseLocales lists the target locales whose bases a file of source
// messages (active.en.toml of an export) records, so that an export can
// refuse to mix two locales' exports in one directory.
func BaseLocales(data []byte) []string {
	var out []string
	seen := map[string]bool{}
	s := string(data)
	for {
		i := strings.Index(s, `\n\n`+baseMark)
		if i < 0 {
			return out
		}
		s = s[i+4+len(baseMark):]
		loc, _, ok := strings.Cut(s, ": ")
		if ok && len(loc) < 36 && !seen[loc] {
			seen[loc] = true
			out = append(out, loc)
		}
	}
}
