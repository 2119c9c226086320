package main

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/catalog"
)

// A kind of planted error: the mutation, and the checks that should find
// it. mutate returns false when the segment offers no place for it.
type kind struct {
	name   string
	checks []string
	mutate func(rng *rand.Rand, src, tgt string) (string, bool)
}

var (
	numberRE = regexp.MustCompile(`\d+`)
	yearRE   = regexp.MustCompile(`\b(19|20)\d\d\b`)
	urlRE    = regexp.MustCompile(`https?://[^\s"'<>()]+[^\s"'<>().,;:!?]`)
	wordRE   = regexp.MustCompile(`\pL{4,}`)
)

var kinds = []kind{
	// The digits of a printf verb (%.255s) are the placeholders check's.
	{"dropped number", []string{"numbers", "placeholders"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		for _, m := range numberRE.FindAllStringIndex(tgt, -1) {
			n := tgt[m[0]:m[1]]
			if strings.Contains(src, n) && strings.Count(tgt, n) == 1 && strings.TrimSpace(tgt[:m[0]]+tgt[m[1]:]) != "" {
				return tgt[:m[0]] + tgt[m[1]:], true // not where it would leave the translation empty
			}
		}
		return "", false
	}},
	{"wrong year", []string{"numbers"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		m := yearRE.FindStringIndex(tgt)
		if m == nil || !strings.Contains(src, tgt[m[0]:m[1]]) {
			return "", false
		}
		y, _ := strconv.Atoi(tgt[m[0]:m[1]])
		return tgt[:m[0]] + strconv.Itoa(y+1) + tgt[m[1]:], true
	}},
	{"dropped URL", []string{"urls"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		m := urlRE.FindStringIndex(tgt)
		if m == nil || !strings.Contains(src, tgt[m[0]:m[1]]) || strings.TrimSpace(tgt[:m[0]]+tgt[m[1]:]) == "" {
			return "", false // a translation that is only the URL would be empty
		}
		return tgt[:m[0]] + tgt[m[1]:], true
	}},
	{"unbalanced bracket", []string{"brackets"}, unbalance("()", "(")},
	{"unbalanced quote", []string{"quotes"}, unbalance("«»\"“”„", "«")},
	// A whole word: not a part of an identifier or a path (UDIAG_SHOW_ICONS,
	// #pragma, lib/file.c), which doubled would be no repeated word.
	{"doubled word", []string{"repeated-word"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		ws := wordRE.FindAllStringIndex(tgt, -1)
		if len(ws) < 3 {
			return "", false
		}
		ws = slices.DeleteFunc(ws, func(w []int) bool {
			return w[0] > 0 && strings.IndexByte("_#$%@/\\.-0123456789", tgt[w[0]-1]) >= 0 ||
				w[1] < len(tgt) && (strings.IndexByte("_/\\-0123456789", tgt[w[1]]) >= 0 ||
					tgt[w[1]] == '.' && w[1]+1 < len(tgt) && unicode.IsLetter(rune(tgt[w[1]+1])))
		})
		if len(ws) == 0 {
			return "", false
		}
		w := ws[rng.IntN(len(ws))]
		return tgt[:w[1]] + " " + tgt[w[0]:w[1]] + tgt[w[1]:], true
	}},
	{"missing final stop", []string{"end-punctuation"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		if !strings.HasSuffix(src, ".") || strings.HasSuffix(src, "..") || !strings.HasSuffix(tgt, ".") || strings.HasSuffix(tgt, "..") {
			return "", false
		}
		// not where no word would be left: a target "." would be empty
		t := strings.TrimSuffix(tgt, ".")
		return t, strings.ContainsFunc(t, unicode.IsLetter)
	}},
	{"trailing space", []string{"whitespace"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		if strings.TrimSpace(src) != src || strings.TrimSpace(tgt) != tgt {
			return "", false
		}
		return tgt + " ", true
	}},
	{"English left", []string{"mixed-language"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		// the translator stopped halfway: the end of the sentence is the
		// source's, untranslated
		sw, tw := strings.Fields(src), strings.Fields(tgt)
		if len(sw) < 8 || len(tw) < 4 || !latinProse(src) {
			return "", false
		}
		return strings.Join(tw[:len(tw)/2], " ") + " " + strings.Join(sw[len(sw)/2:], " "), true
	}},
	{"empty target", []string{"untranslated"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		return "", true
	}},
	// A sentence (the length check judges 100 characters or more) whose
	// translation lost its second half, or says itself twice. These come
	// last and draw nothing from rng: the kinds above plant as before.
	{"truncated translation", []string{"length"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		tw := strings.Fields(tgt)
		if utf8.RuneCountInString(src) < 100 || len(tw) < 12 {
			return "", false
		}
		return strings.Join(tw[:len(tw)/2], " "), true
	}},
	{"doubled translation", []string{"length"}, func(rng *rand.Rand, src, tgt string) (string, bool) {
		if utf8.RuneCountInString(src) < 100 || len(strings.Fields(tgt)) < 12 {
			return "", false
		}
		return tgt + " " + tgt, true
	}},
}

// unbalance plants the opening mark open before a word (wordRE) of a
// translation with two such words or more, where neither text has any of
// marks.
func unbalance(marks, open string) func(rng *rand.Rand, src, tgt string) (string, bool) {
	return func(rng *rand.Rand, src, tgt string) (string, bool) {
		if strings.ContainsAny(src+tgt, marks) {
			return "", false
		}
		ws := wordRE.FindAllStringIndex(tgt, -1)
		if len(ws) < 2 {
			return "", false
		}
		w := ws[rng.IntN(len(ws))]
		return tgt[:w[0]] + open + tgt[w[0]:], true
	}
}

// latinProse reports whether s reads as an English sentence: mostly
// letters, some lower-case words.
func latinProse(s string) bool {
	letters, lower := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) && r < utf8.RuneSelf {
				lower++
			}
		}
	}
	return letters > 30 && lower*10 > letters*8
}

// plant mutates up to per segments of each kind in each locale, each
// segment at most once, and returns the manifest: kind, locale, document,
// segment, expected checks, the target before and after.
func plant(rng *rand.Rand, docs []*doc, per int) string {
	type ref struct {
		d *doc
		i int
	}
	var b strings.Builder
	b.WriteString("kind\tlocale\tdocument\tsegment\tchecks\tbefore\tafter\n")
	for _, loc := range locales {
		var done []ref
		for _, d := range docs {
			for i, s := range d.targets[loc].Segments {
				if s.State.Done() && s.Target != "" {
					done = append(done, ref{d, i})
				}
			}
		}
		rng.Shuffle(len(done), func(i, j int) { done[i], done[j] = done[j], done[i] })
		used := map[ref]bool{}
		for _, k := range kinds {
			n := 0
			for _, r := range done {
				if n == per {
					break
				}
				if used[r] {
					continue
				}
				s := &r.d.targets[loc].Segments[r.i]
				after, ok := k.mutate(rng, s.Source, s.Target)
				if !ok || after == s.Target {
					continue
				}
				used[r] = true
				n++
				fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%q\t%q\n", k.name, loc, r.d.name, s.ID, strings.Join(k.checks, ","), s.Target, after)
				s.Target = after
				if after == "" {
					s.State = catalog.Translated // an empty target marked done: never done
				}
			}
		}
	}
	return b.String()
}
