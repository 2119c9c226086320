package check

import (
	"slices"
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
	"each": true, "some": true,
	// contractions, which no other language writes
	"don't": true, "doesn't": true, "didn't": true, "can't": true, "couldn't": true, "won't": true,
	"wouldn't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true, "shouldn't": true,
	"haven't": true, "hasn't": true, "it's": true, "i'm": true, "you're": true, "we're": true, "they're": true,
}

var tkHomographs = map[string]bool{"we": true, "on": true, "it": true, "at": true, "has": true, "as": true}

// englishLeft returns the English words left in tgt, a translation of
// src into lang ("ru" or "tk"), or nil. Three signs show them, outside
// quotations, code, URLs and placeholders: a stretch of Latin words with
// enough English marks among them (englishMark, minLatinRun), two English
// function words within five words of each other — half an English
// sentence, not a name ("Bank of America", "Proceedings of the Linux
// Symposium") or a quoted title —, or an ending of the source's own last
// words after words of the translation's (copiedEnd, minCopiedEnd). buf is
// scratch space, reused.
func englishLeft(lang, src, tgt string, buf *[]latinToken) []string {
	if lang != "ru" && lang != "tk" {
		return nil
	}
	skip := spelledMail(tgt)
	if code := codeElements(tgt); code != nil {
		skip = append(skip, code...)
		slices.SortFunc(skip, func(a, b [2]int) int { return a[0] - b[0] })
	}
	ws := englishIn(lang, src, tgt, skip, buf)
	if ws == nil {
		return nil
	}
	// What the translation keeps of its source as the source wrote it
	// (keptFromSource) is read only where English was found: most
	// translations have none to read.
	if kept := keptFromSource(src, tgt); kept != nil {
		skip = append(skip, kept...)
		slices.SortFunc(skip, func(a, b [2]int) int { return a[0] - b[0] })
		ws = englishIn(lang, src, tgt, skip, buf)
	}
	return ws
}

// englishIn is englishLeft's reading of tgt, the spans of skip left out.
func englishIn(lang, src, tgt string, skip [][2]int, buf *[]latinToken) []string {
	toks := latinTokens(tgt, skip, (*buf)[:0])
	*buf = toks
	if s, e := englishStretch(lang, src, tgt, toks); s < e {
		return latinStretch(tgt[s:e])
	}
	if ws := functionPair(lang, tgt, toks); ws != nil {
		return ws
	}
	if s := copiedEnd(src, tgt, toks); s < len(tgt) {
		return latinStretch(strings.TrimRight(tgt[s:], " .!?"))
	}
	return nil
}

// copiedEnd finds where a translation ends in its source's own last words
// — four lower-case Latin words or more, two of them of five letters or
// more, on one line, not a list of keywords nor an example after a label
// —, after words of its own: the translator
// stopped there ("K3b не может копировать CDs containing multiple data
// tracks."). It returns the start of that ending, len(tgt) for none.
func copiedEnd(src, tgt string, toks []latinToken) int {
	t, s := strings.TrimRight(tgt, " .!?\n"), strings.TrimRight(src, " .!?\n")
	n := 0 // the bytes the two share at their ends
	for n < len(t) && n < len(s) && t[len(t)-1-n] == s[len(s)-1-n] {
		n++
	}
	from := len(t) - n
	first := -1 // the first token of the ending
ending:
	for k := len(toks) - 1; k >= 0 && toks[k].start >= from; k-- {
		switch tk := toks[k]; {
		case tk.kind == tokLower || tk.kind == tokName || tk.kind == tokPlaceholder:
			first = k
		case tk.kind == tokMark && strings.IndexByte(",:()?!", tgt[tk.start]) >= 0:
		default:
			break ending
		}
	}
	if first <= 0 {
		return len(tgt) // nothing copied, or nothing of the translation's own
	}
	lower, long, items, words := 0, 0, 0, 0
	for _, tk := range toks[first:] {
		switch {
		case tk.kind == tokLower:
			lower++
			words++
			if tk.end-tk.start >= 5 {
				long++
			}
		case tk.kind == tokMark && tgt[tk.start] == ',':
			if words == 1 {
				items++ // one word between commas: a list
			}
			words = 0
		}
	}
	if lower < minCopiedEnd || long < 2 || items > 0 && words <= 1 || strings.Contains(tgt[toks[first].start:], "\n") {
		return len(tgt) // a list, or lines of a table
	}
	if strings.HasSuffix(strings.TrimSpace(tgt[toks[first-1].start:toks[first].start]), ":") {
		return len(tgt) // an example after a label: "Пример: alice bob charlie"
	}
	// the translation's own words before it: a word in other letters, or a
	// Latin one (Turkmen) its source does not have
	for _, tk := range toks[:first] {
		w := tgt[tk.start:tk.end]
		if tk.kind != tokMark && tk.kind != tokCode && tk.kind != tokPlaceholder && (!isASCII(w) || !strings.Contains(src, w)) {
			return toks[first].start
		}
	}
	return len(tgt)
}

// A latinToken is a word, placeholder or mark of a text, as englishLeft
// reads it.
type latinToken struct {
	start, end int
	kind       uint8
	fw         bool // an English function word, neither quoted nor code
}

const (
	tokLower       = iota // a word of lower-case letters a–z
	tokName               // another word in Latin letters: GIcon, Back, IEEE
	tokPlaceholder        // %s, %2$d: stands inside a stretch
	tokOther              // a word in other letters, quoted or code
	tokMark               // a mark that ends a stretch: , ( ) : …
	tokCode               // a mark of code (; = $ | & [ ]): no sentence goes on across it
)

// latinTokens splits tgt into latinTokens, appended to out. A word inside
// quotation marks or brackets of code («…», `…`, <…>, {…}), glued to code
// (/path, --option, $VAR, key=, name(2), in6addr_any) or holding code
// characters (_ . / :) is tokOther; so is each span of skip, in order.
func latinTokens(tgt string, skip [][2]int, out []latinToken) []latinToken {
	depth := 0        // inside quotation marks or brackets of code
	straight := false // inside straight double quotes
	for i := 0; i < len(tgt); {
		for len(skip) > 0 && skip[0][1] <= i {
			skip = skip[1:]
		}
		if len(skip) > 0 && i >= skip[0][0] {
			out = append(out, latinToken{i, skip[0][1], tokOther, false})
			i = skip[0][1]
			continue
		}
		r, size := utf8.DecodeRuneInString(tgt[i:])
		switch r {
		case '«', '“', '„', '`', '<', '{':
			depth++
			out = append(out, latinToken{i, i + size, tokMark, false})
			i += size
			continue
		case '»', '”', '>', '}':
			depth = max(depth-1, 0)
			out = append(out, latinToken{i, i + size, tokMark, false})
			i += size
			continue
		case '"':
			// A straight quote opens before a word (an option's value
			// too, --desc="…") and closes after one; a stray one (an
			// escaped \" of a C string) is neither.
			switch {
			case straight:
				straight = false
			case i+1 < len(tgt) && tgt[i+1] != ' ' && (i == 0 || strings.IndexByte(" ([=", tgt[i-1]) >= 0):
				straight = true
			}
			i += size
			continue
		case '%':
			if k := printfVerb(tgt[i:]); k > 0 {
				out = append(out, latinToken{i, i + k, tokPlaceholder, false})
				i += k
				continue
			}
		case ';', '=', '$', '|', '&', '[', ']':
			out = append(out, latinToken{i, i + size, tokCode, false})
			i += size
			continue
		}
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) {
				out = append(out, latinToken{i, i + size, tokMark, false})
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
		e := i + len(w)
		code := strings.ContainsAny(w, "_./:") ||
			i > 0 && strings.IndexByte("%$-/\\'", tgt[i-1]) >= 0 ||
			e < len(tgt) && (isDigit(tgt[e]) || strings.IndexByte("=(@", tgt[e]) >= 0)
		t := latinToken{start: i, end: e, kind: tokOther}
		if depth == 0 && !straight && !code && isASCII(w) {
			t.kind = tokName
			if (len(w) > 1 || w == "a") && lowerASCII(strings.Replace(w, "'", "", 1)) { // couldn't
				t.kind = tokLower
			}
			t.fw = englishFunctionWords[w]
		}
		out = append(out, t)
		i = j
	}
	return out
}

// englishStretch finds a stretch of Latin words with English marks among
// them: the end of a sentence left untranslated ("… bind mount with
// nonzero fsck pass number", "… связанный the progress bar"). Names
// (GIcon, Back) and placeholders (%s) stand inside a stretch without
// counting; any other word or mark ends it: a list (a, b), an option
// (a|b), a quotation. In Russian one function word marks it; in Turkmen,
// written in Latin letters, two marks: function words or letters Turkmen
// does not write (c, q, v, x: "changed"). Keywords and option values (lt
// le eq ne) have none. It returns the stretch's byte span, empty for none.
func englishStretch(lang, src, tgt string, toks []latinToken) (int, int) {
	need := 1 // the marks that make English
	if lang == "tk" {
		need = 2
	}
	run, marks, first, last := 0, 0, -1, -1
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) {
			switch t := toks[k]; t.kind {
			case tokLower:
				if first < 0 {
					first = k
				}
				last = k
				run++
				if englishMark(tgt[t.start:t.end], lang, t.fw) {
					marks++
				}
				continue
			case tokName, tokPlaceholder:
				continue
			}
		}
		// the stretch, if any, ends here
		if marks >= need && (run >= minLatinRun || run == 2 && lang == "ru" && cutShort(src, tgt, toks, first, last)) && !keptTerm(src, tgt, toks, first, last) {
			return toks[first].start, toks[last].end
		}
		run, marks, first, last = 0, 0, -1, -1
	}
	return 0, 0
}

// cutShort reports whether a stretch of two Latin words, toks[first] to
// toks[last], goes on from a word of the translation's own letters with
// words copied from the source: a sentence whose translation stops half
// way («приложение по application for URI Scheme», «выполните each
// smartcard, run»). A copied name or title starts with a capital
// ("Software in the Public Interest").
func cutShort(src, tgt string, toks []latinToken, first, last int) bool {
	if first == 0 {
		return false
	}
	p := toks[first-1]
	if p.kind != tokOther || isASCII(tgt[p.start:p.end]) || p.end == toks[first].start {
		return false
	}
	return strings.Contains(src, tgt[toks[first].start:toks[last].end])
}

// keptTerm reports whether a stretch of Latin words, toks[first] to
// toks[last], is one a translation rightly keeps as it is: the start of a
// command's synopsis copied from the source, first on its line or after a
// label ("Использование: nmcli networking on { help }"); the first column
// of a table of keywords, copied from the source ("filter by pattern   -
// исключить…"); or an English term the translation adds in brackets after
// its own ("время жизни (time to live)").
func keptTerm(src, tgt string, toks []latinToken, first, last int) bool {
	start, end := toks[first].start, toks[last].end
	if k := first - 1; k >= 0 && toks[k].kind == tokMark && tgt[toks[k].start] == '(' &&
		last+1 < len(toks) && toks[last+1].kind == tokMark && tgt[toks[last+1].start] == ')' &&
		(k == 0 || toks[k-1].kind == tokOther) &&
		!strings.Contains(src, tgt[toks[k].start:toks[last+1].end]) {
		return true // a gloss
	}
	line := strings.LastIndexByte(tgt[:start], '\n') + 1
	if before := strings.TrimSpace(tgt[line:start]); before != "" && !strings.HasSuffix(before, ":") {
		return false
	}
	rest := tgt[start:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		if k < end-start {
			return false // over a line break: neither a synopsis nor a column
		}
		rest = rest[:k]
	}
	if after := rest[end-start:]; strings.HasPrefix(after, "  ") || strings.HasPrefix(after, "\t") {
		return strings.Contains(src, tgt[start:end]+after[:1]) // a table's column
	}
	rest = strings.TrimSpace(rest)
	return strings.ContainsAny(rest, "{[<|") && strings.Contains(src, rest) // a synopsis
}

// functionPair returns the English function words of toks when two of
// them stand within five words of each other, with no code between them,
// and not both inside names: a function word between two words in
// capitals is part of a title ("Institute of Electronics and Electronics
// Engineers").
func functionPair(lang, tgt string, toks []latinToken) []string {
	var words []string
	prev, n, near := -100, 0, false // the word index of the last function word
	for k, t := range toks {
		switch t.kind {
		case tokCode:
			prev = -100
			continue
		case tokMark, tokPlaceholder:
			continue
		}
		n++
		w := tgt[t.start:t.end]
		if !t.fw || lang == "tk" && tkHomographs[w] || inName(tgt, toks, k) {
			continue
		}
		words = append(words, w)
		near = near || n-prev < 5
		prev = n
	}
	if near {
		return words
	}
	return nil
}

// inName reports whether the function word toks[k] of tgt stands between
// two Latin words in capitals (other function words and commas skipped):
// part of a name or title, or of a list of names ("Pratt, and Morgan").
func inName(tgt string, toks []latinToken, k int) bool {
	name := func(step int) bool {
		for i := k + step; i >= 0 && i < len(toks); i += step {
			switch t := toks[i]; {
			case t.fw, t.kind == tokMark && tgt[t.start] == ',':
				continue
			default:
				return t.kind == tokName && tgt[t.start] >= 'A' && tgt[t.start] <= 'Z'
			}
		}
		return false
	}
	return name(-1) && name(1)
}

// keptFromSource returns the spans of tgt its source has word for word
// that a translation keeps as the source wrote them: an acronym's or a
// name's expansion in brackets after it ("FUSE (filesystem in user
// space)", "yaps (yet another ABC to PostScript converter)", which the
// source may give the other way round), and a list
// after a colon — three items or more, names or examples of a few words
// each ("Пакет содержит утилиты: add-shell installkernel run-parts which",
// «например: an example, an hour»). A clause after a colon ("Примечание:
// this option is deprecated") is no list.
func keptFromSource(src, tgt string) [][2]int {
	var out [][2]int
	for i := 0; i < len(tgt); i++ {
		switch {
		case tgt[i] == '(' && i > 1 && tgt[i-1] == ' ':
			k := strings.IndexByte(tgt[i:], ')')
			if k < 0 {
				continue
			}
			before := tgt[:i-1]
			name := before[strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })+1:]
			if inner := tgt[i+1 : i+k]; name == "" || !isASCII(name) || !hasASCIILetter(inner) || !isASCII(inner) || !strings.Contains(src, name) || indexASCIIFold(src, strings.ToLower(inner)) < 0 {
				continue
			}
			out = append(out, [2]int{i + 1, i + k})
			i += k
			continue
		case tgt[i] == ':' && i+1 < len(tgt) && tgt[i+1] == ' ':
			end := i + 2
			for end < len(tgt) && strings.IndexByte(").;\n", tgt[end]) < 0 {
				end++
			}
			list := strings.TrimSpace(tgt[i+2 : end])
			if strings.Contains(src, list) && listOfNames(list) {
				out = append(out, [2]int{i + 2, end})
				i = end - 1
			}
		}
	}
	return out
}

// listOfNames reports whether s lists three items or more, separated by
// commas, each of three words at most; or six or more separated by
// spaces, a third of them or more with a hyphen, digit, dot or
// underscore (add-shell run-parts savelog which: names of commands, not a
// sentence such as "bind mount with nonzero fsck pass number").
func listOfNames(s string) bool {
	if items := strings.Split(s, ", "); len(items) >= 3 {
		return !slices.ContainsFunc(items, func(it string) bool { return len(strings.Fields(it)) > 3 })
	}
	words := strings.Fields(s)
	named := 0
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return r == '-' || r == '_' || r == '.' || isDigit(byte(r)) && r < utf8.RuneSelf }) {
			named++
		}
	}
	return len(words) >= 6 && !strings.Contains(s, ",") && 3*named >= len(words)
}

// codeElements returns the spans of s's <pre> and <code> elements: code,
// which a translation keeps as it is (a template's program in calibre's
// help).
func codeElements(s string) [][2]int {
	var out [][2]int
	for _, tag := range [...]string{"pre", "code"} {
		open, close := "<"+tag, "</"+tag+">"
		for i := 0; ; {
			j := strings.Index(s[i:], open)
			if j < 0 {
				break
			}
			j += i
			if k := j + len(open); k < len(s) && s[k] != '>' && s[k] != ' ' {
				i = k // <prefix>, <codec…>
				continue
			}
			e := strings.Index(s[j:], close)
			if e < 0 {
				break
			}
			out = append(out, [2]int{j, j + e + len(close)})
			i = j + e + len(close)
		}
	}
	return out
}

// spelledMail returns the byte spans of the e-mail addresses of s spelt
// out against address harvesters, nil for none: "user [at] host [dot]
// org", "user(at)host.org", "user at host dot org", and words in brackets
// with "at" before a host and a top-level domain, as KDE's credits write
// them: "(montel at kde org)", "(daniel naber at t-online de)". They are
// names, like an address, not English left in a translation.
func spelledMail(s string) [][2]int {
	var out [][2]int
	upper := strings.Contains(s, "AT")
	for i := 1; i+2 < len(s); i++ {
		if !upper {
			// jump to the next "t": most texts have few
			k := strings.IndexByte(s[i+1:], 't')
			if k < 0 || i+k+2 >= len(s) {
				break
			}
			i += k
		}
		if s[i]|0x20 != 'a' || s[i+1]|0x20 != 't' {
			continue
		}
		a, b := i-1, i+2 // the marker: " at ", "[at]", "(at)", "{at}", "_at_"
		spaced := s[a] == ' ' && s[b] == ' '
		if !spaced && strings.IndexByte("[({_", s[a]) < 0 || !spaced && s[b] != "])}_"[strings.IndexByte("[({_", s[a])] {
			continue
		}
		b++
		if !spaced && a > 0 && s[a-1] == ' ' && b < len(s) && s[b] == ' ' {
			a, b = a-1, b+1
		}
		if spaced {
			// words in brackets: "(daniel naber at t-online de)"
			o, c := strings.LastIndexAny(s[:a], "(<\n"), strings.IndexAny(s[b:], ")>\n")
			host := s[b : b+max(c, 0)]
			if o >= 0 && c > 0 && s[o] != '\n' && s[b+c] != '\n' && mailWords(s[o+1:a]) &&
				topDomain(host, " .") && mailWords(host[:strings.LastIndexAny(host, " .")]) {
				out = append(out, [2]int{o + 1, b + c})
				i = b + c
				continue
			}
		}
		l := a
		for l > 0 && isMailChar(s[l-1]) {
			l--
		}
		e, dotted := b, false
		for {
			j := e
			for j < len(s) && (isASCIILetter(s[j]) || isDigit(s[j]) || s[j] == '-') {
				j++
			}
			if j == e {
				break
			}
			e = j
			n := dotMark(s[e:])
			if n == 0 || e+n >= len(s) || !isASCIILetter(s[e+n]) && !isDigit(s[e+n]) {
				break
			}
			dotted = dotted || n > 1
			e += n
		}
		if l < a && (dotted || !spaced) && topDomain(s[b:e], " .[](){}") {
			out = append(out, [2]int{l, e})
			i = e
		}
	}
	return out
}

// dotMark returns the length of the dot spelt out at the start of s (" dot ",
// "[dot]", " (dot) "…), 1 for a full stop, 0 for none.
func dotMark(s string) int {
	if strings.HasPrefix(s, ".") {
		return 1
	}
	n := 0
	if strings.HasPrefix(s, " ") {
		n = 1
	}
	switch w := s[n:min(len(s), n+5)]; {
	case len(w) == 5 && strings.EqualFold(w[1:4], "dot") && strings.IndexByte("[({", w[0]) >= 0 && w[4] == "])}"[strings.IndexByte("[({", w[0])]:
		n += 5
	case n == 1 && len(w) >= 4 && strings.EqualFold(w[:3], "dot") && w[3] == ' ':
		return 5
	default:
		return 0
	}
	if n == 6 && strings.HasPrefix(s[n:], " ") {
		n++
	}
	return n
}

// mailWords reports whether s is one or more words of an address's
// characters, a space between two, none an English function word: a
// name or a host spelt out, not prose in brackets ("(press the key at
// the top of it)").
func mailWords(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && !isMailChar(s[i]) {
			return false
		}
	}
	for w := range strings.FieldsSeq(s) {
		if englishFunctionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// topDomain reports whether host, its labels separated by any of seps, has
// two labels or more and ends with a top-level domain: a generic one (org,
// com…) or two letters of a country.
func topDomain(host, seps string) bool {
	k := strings.LastIndexAny(host, seps)
	if k < 0 {
		return false
	}
	tld := strings.ToLower(host[k+1:])
	if !lowerASCII(tld) {
		return false
	}
	switch tld {
	case "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name":
		return true
	}
	return len(tld) == 2
}

// minLatinRun is how many lower-case Latin words a stretch needs to be
// English left in a translation.
const minLatinRun = 3

// minCopiedEnd is how many lower-case Latin words a translation's ending
// copied from its source needs to be English left: three are as often a
// command or a term kept as it is ("aptitude install foo", "pack
// expansion expression").
const minCopiedEnd = 4

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
// or "a"; in Turkmen, besides those spelt like Turkmen words (we, on),
// a word with a letter or a pair of letters no Turkmen word has (c, q,
// v, x: "changed"; th, sh, wh, ph, ee, ou: "the", "should").
func englishMark(w, lang string, function bool) bool {
	if lang == "tk" {
		return function && !tkHomographs[w] || w == "a" || strings.ContainsAny(w, "cqvx") ||
			strings.Contains(w, "th") || strings.Contains(w, "sh") || strings.Contains(w, "wh") ||
			strings.Contains(w, "ph") || strings.Contains(w, "ee") || strings.Contains(w, "ou")
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
		num := base
		if base == "000" {
			// 6 000-den: the groups before a space are one number, read
			// «alty müň», not «nol»
			num, a = groupedNumber(tgt, a)
		}
		if fix, ok := turkmen.CheckSuffix(num, suf); !ok {
			words = append(words, tgt[a:b])
			fixes = append(fixes, tgt[a:h]+"-"+fix)
		}
	}
	return words, fixes
}

// groupedNumber returns the digits of the number whose last group of
// three ends at tgt[a:a+3], with the groups before it that a space or a
// space that groups digits (isGroupSpace) separates (6 000, 2 000 000),
// and where the number starts.
func groupedNumber(tgt string, a int) (string, int) {
	digits := tgt[a : a+3]
	for {
		r, size := utf8.DecodeLastRuneInString(tgt[:a])
		if r != ' ' && !isGroupSpace(r) {
			break
		}
		g := a - size
		for g > 0 && g > a-size-3 && isDigit(tgt[g-1]) {
			g--
		}
		if g == a-size || g > 0 && isDigit(tgt[g-1]) {
			break // no group, or more than three digits: not a grouped number
		}
		digits = tgt[g:a-size] + digits
		a = g
		if len(digits) > 18 {
			break
		}
	}
	return digits, a
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
