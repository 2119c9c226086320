package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/turkmen"
)

// englishFunctionWords are words that mark English prose and are no
// Russian or Turkmen word: left in a translation they show a sentence the
// translator did not finish. Turkmen words spelt like English ones (we
// "and", on "ten", it "dog", at "horse", has "more", men "I") are not in
// the list for Turkmen (tkHomographs).
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "is": true, "are": true,
	"was": true, "were": true, "for": true, "with": true, "on": true, "that": true, "this": true,
	"these": true, "those": true, "by": true, "from": true, "or": true, "be": true, "been": true,
	"not": true, "it": true, "its": true, "an": true, "as": true, "at": true, "which": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "have": true,
	"has": true, "had": true, "you": true, "your": true, "we": true, "our": true, "they": true,
	"their": true, "there": true, "if": true, "when": true, "than": true, "then": true,
	"into": true, "about": true, "all": true, "also": true, "does": true, "did": true,
}

var tkHomographs = map[string]bool{"we": true, "on": true, "it": true, "at": true, "has": true, "as": true}

// englishLeft returns the English function words of tgt outside quotations,
// code, URLs and placeholders when at least two of them stand within five
// words of each other — half an English sentence, not a name or a quoted
// title — or the words of a stretch of Latin words with enough English
// marks among them (englishMark, minLatinRun); nil otherwise. lang is the
// target's language, "ru" or "tk".
func englishLeft(lang, src, tgt string) []string {
	if lang != "ru" && lang != "tk" {
		return nil
	}
	var words []string // the function words found, in order
	var at []int       // their word index
	n := 0
	depth := 0        // inside quotation marks or brackets of code
	straight := false // inside straight double quotes
	// A stretch of Latin words with English marks among them is English
	// too: the end of a sentence left untranslated ("… bind mount with
	// nonzero fsck pass number", "… связанный the progress bar"). Names
	// (GIcon, Back) and placeholders (%s, {name}) stand inside such a
	// stretch without counting; any other word or mark ends it: a list
	// (a, b), an option (a|b), a quotation. In Russian one function word
	// marks it; in Turkmen, written in Latin letters, two marks: function
	// words or letters Turkmen does not write (c, q, v, x: "changed").
	// Keywords and option values (lt le eq ne) have none.
	run, runAt, end := 0, -1, 0 // its lower-case words, where it starts and ends
	marks, need := 0, 1         // the marks in it, and how many make English
	if lang == "tk" {
		need = 2
	}
	english := false // the stretch so far is English: report it when it ends
	reset := func() bool {
		if english {
			return true
		}
		run, marks, runAt = 0, 0, -1
		return false
	}
scan:
	for i := 0; i < len(tgt); {
		r, size := utf8.DecodeRuneInString(tgt[i:])
		switch r {
		case '«', '“', '„', '`', '<', '{':
			depth++
			i += size
			continue
		case '»', '”', '>', '}':
			depth = max(depth-1, 0)
			i += size
			continue
		case '"':
			// A straight quote opens before a word and closes after
			// one; a stray one (an escaped \" of a C string) is neither.
			switch {
			case straight:
				straight = false
			case i+1 < len(tgt) && tgt[i+1] != ' ' && (i == 0 || strings.IndexByte(" ([", tgt[i-1]) >= 0):
				straight = true
			}
			i += size
			continue
		case '%':
			if k := printfVerb(tgt[i:]); k > 0 {
				i += k // a placeholder stands in a stretch
				continue
			}
		}
		if !unicode.IsLetter(r) {
			if r != ' ' && reset() {
				break scan
			}
			i += size
			continue
		}
		j := i
		for j < len(tgt) {
			r2, s2 := utf8.DecodeRuneInString(tgt[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '-' && r2 != '_' && r2 != '.' && r2 != '/' && r2 != ':' {
				break
			}
			j += s2
		}
		w := strings.TrimRight(tgt[i:j], ".:'-")
		code := strings.ContainsAny(w, "_./:") || i > 0 && strings.ContainsRune("%$-/\\'", rune(tgt[i-1]))
		quoted := depth > 0 || straight
		fw := !quoted && !code && englishFunctionWords[w]
		switch {
		case quoted || code || !isASCII(w):
			if reset() {
				break scan
			}
		case (len(w) > 1 || w == "a") && lowerASCII(w):
			if runAt < 0 {
				runAt = i
			}
			run++
			end = i + len(w)
			if englishMark(w, lang, fw) {
				marks++
			}
			english = english || run >= minLatinRun && marks >= need && !commandLine(src, tgt, runAt)
		}
		// an ASCII name (GIcon) stands inside the stretch
		if fw && !(lang == "tk" && tkHomographs[w]) {
			words = append(words, w)
			at = append(at, n)
		}
		n++
		i = j
	}
	if english {
		return latinStretch(tgt[runAt:end])
	}
	for k := 1; k < len(at); k++ {
		if at[k]-at[k-1] < 5 {
			return words
		}
	}
	return nil
}

// minLatinRun is how many lower-case Latin words a stretch needs to be
// English left in a translation.
const minLatinRun = 3

// commandLine reports whether the Latin stretch at i of tgt starts a
// command's synopsis, as the source has it: first on its line or after a
// label ("Использование: nmcli networking on { help }"), the rest of the
// line copied from the source and holding a synopsis' syntax ({ [ < |).
func commandLine(src, tgt string, i int) bool {
	start := strings.LastIndexByte(tgt[:i], '\n') + 1
	if before := strings.TrimSpace(tgt[start:i]); before != "" && !strings.HasSuffix(before, ":") {
		return false
	}
	rest := tgt[i:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimSpace(rest)
	return strings.ContainsAny(rest, "{[<|") && strings.Contains(src, rest)
}

// latinStretch returns the words of an English stretch, without the
// placeholders inside it.
func latinStretch(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if w[0] != '%' || printfVerb(w) != len(w) {
			out = append(out, w)
		}
	}
	return out
}

// englishMark reports whether a lower-case Latin word (an English function
// word or not) marks English in a text of the language: a function word
// ("a" too), or in Turkmen one with a letter of no Turkmen word.
func englishMark(w, lang string, function bool) bool {
	if lang == "tk" {
		return function && !tkHomographs[w] || strings.ContainsAny(w, "cqvx")
	}
	return function || w == "a"
}

// lowerASCII reports whether w is a word of lower-case letters a–z.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// synopsis reports whether a translation is a command's synopsis: the
// source has upper-case metavariables (COMMANDS, NAME) and the syntax of
// a synopsis ([ ] ; |), and the translation
// has them translated (КОМАНДЫ, ИМЯ), around the keywords that stay as
// they are ("if COMMANDS; then COMMANDS; fi").
func synopsis(src, tgt string) bool {
	if !strings.ContainsAny(src, "[;|") || len(capsWords(tgt, false)) == 0 {
		return false
	}
	vars := capsWords(src, true)
	for _, v := range vars {
		if strings.Contains(tgt, v) {
			return false // left as it was: not a translated metavariable
		}
	}
	return len(vars) > 0
}

// capsWords returns the words of s of three letters or more, all upper
// case, in ASCII letters (ascii) or in other letters.
func capsWords(s string, ascii bool) []string {
	var out []string
	start, n := 0, 0
	for i, r := range s + " " {
		switch {
		case unicode.IsUpper(r) && (r < utf8.RuneSelf) == ascii:
			if n == 0 {
				start = i
			}
			n++
		case unicode.IsLetter(r):
			n = -1 << 20 // a mixed word
		default:
			if n >= 3 {
				out = append(out, s[start:i])
			}
			n = 0
		}
	}
	return out
}

// suffixBreaks returns the words of a Turkmen text whose ending after a
// hyphen breaks the vowel harmony of the acronym or number before it
// (MHG-nyň for MHG-niň: G is read «ge»), each with the ending it wants.
func suffixBreaks(tgt string) (words, fixes []string) {
	for i := 0; i < len(tgt); {
		j := strings.IndexByte(tgt[i:], '-')
		if j < 0 {
			break
		}
		h := i + j
		// the word before the hyphen
		a := h
		for a > 0 {
			r, size := utf8.DecodeLastRuneInString(tgt[:a])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			a -= size
		}
		// the ending after it
		b := h + 1
		for b < len(tgt) {
			r, size := utf8.DecodeRuneInString(tgt[b:])
			if !unicode.IsLower(r) {
				break
			}
			b += size
		}
		i = h + 1
		if a == h || b == h+1 {
			continue
		}
		if b < len(tgt) {
			if r, _ := utf8.DecodeRuneInString(tgt[b:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
				continue // part of a longer compound
			}
		}
		base, suf := tgt[a:h], tgt[h+1:b]
		if !turkmen.IsHyphenSuffix(suf) {
			continue
		}
		if fix, ok := turkmen.CheckSuffix(base, suf); !ok {
			words = append(words, tgt[a:b])
			fixes = append(fixes, base+"-"+fix)
		}
	}
	return words, fixes
}

// hasASCIILetter reports whether s has a letter a–z or A–Z.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// quoteList joins words as "a", "b".
func quoteList(ws []string) string {
	return `"` + strings.Join(ws, `", "`) + `"`
}
