package edition

import (
	"regexp"
	"slices"
	"strings"

	"github.com/terjime/terjime/workflow/markup"
)

// Format returns the source document's format: markdown, html, or "" for
// plain text.
func (e *Edition) Format() string { return e.format }

// Marked renders the edition of a Markdown or HTML document: the source's
// skeleton, with each segment's translation in place and its codes
// expanded into the source's markup. The source locale's edition is the
// source file byte for byte. A target edition also says its language:
// lang and translationKey in Markdown front matter (added when there is
// none), lang on HTML's <html> element; and its internal links are
// rewritten when Options.Links says how.
func (e *Edition) Marked(o Options) []byte {
	e = e.with(o)
	var b strings.Builder
	if e.bom {
		b.WriteString("\uFEFF")
	}
	links := e.opts.Links
	if e.IsSource() || links == nil {
		links = func(s string) string { return s }
	}
	b.WriteString(links(e.lead))
	var nested map[string][]int // a container's translated nested parts
	if !e.IsSource() {
		for i, p := range e.Parts {
			if p.In != "" && !p.Untranslated {
				if nested == nil {
					nested = map[string][]int{}
				}
				nested[p.In] = append(nested[p.In], i)
			}
		}
	}
	prev := e.lead // the skeleton before the part
	for _, p := range e.Parts {
		if p.In != "" {
			continue // written with its container's codes
		}
		text := p.Text
		if p.Untranslated && e.opts.Fallback == FallbackMark && !e.IsSource() && !value(p.Kind) {
			b.WriteString(e.marker())
		}
		if len(p.Codes) == 0 {
			b.WriteString(e.escape(p, prev, text))
		} else {
			data := p.Codes
			if !e.IsSource() {
				data = e.codeData(p, nested[p.ID], links)
			}
			codes, err := markup.NewCodes(p.Source, data)
			if err == nil && !p.Untranslated && e.format == "markdown" && !e.IsSource() {
				text = joinedQuoteMarkers(text, codes, value(p.Kind))
			}
			if err == nil {
				text, err = codes.Expand(text, func(s string) string { return e.escape(p, prev, s) })
			}
			if err != nil {
				// Catalogs are checked when read and Assemble keeps broken
				// translations out; show the source rather than fail.
				text, _ = codes.Expand(p.Source, nil)
			}
			b.WriteString(text)
		}
		b.WriteString(links(p.Sep))
		prev = p.Sep
	}
	out := b.String()
	if !e.IsSource() {
		switch e.format {
		case "markdown":
			out = e.frontMatter(out)
		case "html":
			out = htmlLang(out, e.Locale)
			if e.encoding != "" {
				out = htmlUTF8(out)
			}
		}
	}
	return []byte(out)
}

// codeData is the markup of part p's codes in a target edition: internal
// links rewritten, and the translations of the values nested in them (a
// link's title, an attribute of an inline tag), the parts nested, in
// place of their source, written for the quoting they stand in.
func (e *Edition) codeData(p Part, nested []int, links func(string) string) []string {
	data := make([]string, len(p.Codes))
	if len(nested) == 0 {
		for i, c := range p.Codes {
			data[i] = links(c)
		}
		return data
	}
	// Where each code's markup starts in the container's Raw.
	starts := make([]int, len(p.Codes))
	at, k := 0, 0
	for _, t := range markup.Tokens(p.Source) {
		if t.Kind == markup.Text {
			at += len(t.Text)
		} else if k < len(p.Codes) {
			starts[k] = at
			at += len(p.Codes[k])
			k++
		}
	}
	type sub struct {
		a, b int // in the code's markup
		text string
	}
	subs := make([][]sub, len(p.Codes))
	for _, j := range nested {
		n := e.Parts[j]
		src, text, ok := n.value(e.format)
		if !ok {
			continue
		}
		for k := range p.Codes {
			a := n.At - starts[k]
			if a < 0 || a+len(src) > len(p.Codes[k]) || p.Codes[k][a:a+len(src)] != src {
				continue
			}
			delim := byte(0)
			if a > 0 {
				delim = p.Codes[k][a-1]
			}
			subs[k] = append(subs[k], sub{a, a + len(src), quoteValue(n.Kind, delim, text)})
			break
		}
	}
	for k, c := range p.Codes {
		if len(subs[k]) == 0 {
			data[k] = links(c)
			continue
		}
		slices.SortFunc(subs[k], func(x, y sub) int { return x.a - y.a })
		var b strings.Builder
		x := 0
		for _, s := range subs[k] {
			if s.a < x {
				continue // two values at one place: a hand-edited catalog
			}
			b.WriteString(links(c[x:s.a]))
			b.WriteString(s.text)
			x = s.b
		}
		b.WriteString(links(c[x:]))
		data[k] = b.String()
	}
	return data
}

// value is a nested part's source and translation as they stand in the
// markup of a document in format: codes expanded, the translation's text
// escaped for the value's kind (its quotes are quoteValue's).
func (p Part) value(format string) (src, text string, ok bool) {
	if len(p.Codes) == 0 {
		return p.Source, escapeValue(format, p.Kind, p.Text), true
	}
	codes, err := markup.NewCodes(p.Source, p.Codes)
	if err != nil {
		return "", "", false
	}
	if src, err = codes.Expand(p.Source, nil); err != nil {
		return "", "", false
	}
	text = p.Text
	if format == "markdown" {
		text = joinedQuoteMarkers(text, codes, true)
	}
	if text, err = codes.Expand(text, func(s string) string { return escapeValue(format, p.Kind, s) }); err != nil {
		return "", "", false
	}
	return src, text, true
}

// quoteMarker reports whether a code's markup is a block quote's ">"
// (or "> > ", nested) that starts a line of the text it is a code of.
func quoteMarker(c string) bool {
	return strings.Contains(c, ">") && strings.Trim(c, " \t>") == ""
}

// joinedQuoteMarkers removes from a Markdown translation the codes of
// block quote markers that start no line of what is written: the
// translator joined the line to the one before, or moved the code; or,
// oneLine, the translation is a value (a link's title, an attribute),
// which the edition writes on one line (escapeValue). Written out, such a
// marker would be a ">" in the page's text; a line break in the
// translation needs none, as the quote's paragraph goes on lazily. One
// space stands where the marker separated two words.
func joinedQuoteMarkers(text string, codes markup.Codes, oneLine bool) string {
	if !strings.Contains(text, "/>") {
		return text
	}
	toks := markup.Tokens(text)
	var b strings.Builder
	changed := false
	for i, t := range toks {
		if t.Kind == markup.Standalone {
			d, _ := codes.Data(t.Kind, t.ID)
			if quoteMarker(d) && (oneLine || i == 0 || toks[i-1].Kind != markup.Text || !strings.HasSuffix(toks[i-1].Text, "\n")) {
				changed = true
				out := b.String() // short: a sentence
				spaceBefore := out == "" || strings.HasSuffix(out, " ") || strings.HasSuffix(out, "\n")
				spaceAfter := i+1 == len(toks) || toks[i+1].Kind == markup.Text && strings.IndexAny(toks[i+1].Text[:1], " \n") == 0
				switch {
				case !spaceBefore && !spaceAfter:
					b.WriteByte(' ')
				case strings.HasSuffix(out, " ") && i+1 < len(toks) && toks[i+1].Kind == markup.Text:
					toks[i+1].Text = strings.TrimLeft(toks[i+1].Text, " ") // one space, not two
				}
				continue
			}
		}
		b.WriteString(t.Text)
	}
	if !changed {
		return text
	}
	return b.String()
}

// escape writes a translated value of the skeleton so that its quoting
// holds: a front matter value, a link title, an attribute. The skeleton
// before the value, prev, says how it is quoted.
func (e *Edition) escape(p Part, prev, s string) string {
	if e.IsSource() || p.Untranslated {
		return s
	}
	switch {
	case value(p.Kind):
		delim := byte(0)
		if prev != "" {
			delim = prev[len(prev)-1]
		}
		return quoteValue(p.Kind, delim, escapeValue(e.format, p.Kind, s))
	case p.Kind != "meta":
		return s
	}
	if indent, ok := blockScalar(prev); ok && !e.tomlFront() {
		// A YAML block scalar (| or >): every line of the translation
		// indented as the source's.
		lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n")
		for i, l := range lines {
			if l = strings.TrimSpace(l); i > 0 && l != "" {
				l = indent + l
			}
			lines[i] = l
		}
		return strings.Join(lines, "\n")
	}
	s = lineBreaks.ReplaceAllString(s, " ") // a value over several lines goes on one
	quote := byte(0)
	if t := strings.TrimRight(prev, " \t\r\n"); t != "" {
		quote = t[len(t)-1] // the quote of a value, also one that opens a line above
	}
	switch quote {
	case '"':
		return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
	case '\'':
		if e.tomlFront() {
			return strings.ReplaceAll(s, "'", "’") // a TOML literal string cannot hold '
		}
		return strings.ReplaceAll(s, "'", "''")
	}
	if plainYAML(s) {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// value reports whether a part of kind is the value of a title or an
// attribute, text no reader sees among the page's: a marked gap shows no
// marker there (an unquoted attribute would not even hold one).
func value(kind string) bool { return kind == "attribute" || kind == "link-title" }

// escapeValue writes the text of a translated link title or attribute
// value of a document in format as written in the source's notation —
// Markdown's escapes, HTML's character references — so that it cannot end
// the value early: in Markdown line breaks become spaces (a blank line
// would end the paragraph or the HTML block), and a title's trailing
// backslash is doubled (it would escape the closing quote); an attribute's
// "&" that starts no character reference and its "<" become references.
// quoteValue escapes the quotes.
func escapeValue(format, kind, s string) string {
	if format == "markdown" {
		s = lineBreaks.ReplaceAllString(s, " ")
	}
	switch kind {
	case "link-title":
		if n := len(s) - len(strings.TrimRight(s, `\`)); n%2 == 1 {
			s += `\`
		}
	case "attribute":
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			switch {
			case s[i] == '<':
				b.WriteString("&lt;")
			case s[i] == '&' && !charRef.MatchString(s[i:]):
				b.WriteString("&amp;")
			default:
				b.WriteByte(s[i])
			}
		}
		s = b.String()
	}
	return s
}

// charRef matches an HTML character reference at the start of a string.
var charRef = regexp.MustCompile(`^&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);`)

// quoteValue makes the quotes in a translated link title or attribute
// value, escaped by escapeValue, safe in the quoting the value stands in,
// whose opening delimiter is delim: a Markdown title's "…", '…' or (…)
// gets a backslash before each such quote not escaped already; an HTML
// attribute's "…" or '…' a character reference, and an unquoted attribute
// value quotes of its own.
func quoteValue(kind string, delim byte, s string) string {
	switch kind {
	case "link-title":
		switch delim {
		case '"', '\'':
			return escapeUnescaped(s, delim, delim)
		case '(':
			return escapeUnescaped(s, '(', ')')
		}
	case "attribute":
		switch delim {
		case '"':
			return strings.ReplaceAll(s, `"`, "&quot;")
		case '\'':
			return strings.ReplaceAll(s, "'", "&#39;")
		}
		return `"` + strings.ReplaceAll(s, `"`, "&quot;") + `"`
	}
	return s
}

// escapeUnescaped puts a backslash before each a or b in s that has none
// (an even run of backslashes before it escapes only itself).
func escapeUnescaped(s string, a, b byte) string {
	var out strings.Builder
	slashes := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == a || c == b) && slashes%2 == 0 {
			out.WriteByte('\\')
		}
		if c == '\\' {
			slashes++
		} else {
			slashes = 0
		}
		out.WriteByte(c)
	}
	return out.String()
}

var (
	lineBreaks = regexp.MustCompile(`[ \t]*\r?\n[ \t]*`)
	// blockHeader ends the line of a key whose value is a block scalar.
	blockHeader = regexp.MustCompile(`:[ \t]+[|>][-+0-9]*[ \t]*(#.*)?\r?\n(?:[ \t]*\r?\n)*$`)
)

// blockScalar reports whether the skeleton prev ends with the header of a
// YAML block scalar and the indentation of its first line, and gives the
// indentation.
func blockScalar(prev string) (string, bool) {
	i := strings.LastIndexByte(prev, '\n')
	if i < 0 {
		return "", false
	}
	indent := prev[i+1:]
	if indent == "" || strings.Trim(indent, " ") != "" || !blockHeader.MatchString(prev[:i+1]) {
		return "", false
	}
	return indent, true
}

func (e *Edition) tomlFront() bool {
	return strings.HasPrefix(strings.TrimPrefix(e.lead, "\uFEFF"), "+++")
}

// plainYAML reports whether s can stand as a plain YAML scalar.
func plainYAML(s string) bool {
	if s == "" || strings.ContainsAny(s[:1], "!&*-?{}[]|>'\"%@`#,:") || strings.HasSuffix(s, ":") {
		return false
	}
	return !strings.Contains(s, ": ") && !strings.Contains(s, " #")
}

var (
	yamlKey = regexp.MustCompile(`(?m)^(lang|translationKey)[ \t]*:.*$`)
	tomlKey = regexp.MustCompile(`(?m)^(lang|translationKey)[ \t]*=.*$`)
)

// frontMatter sets lang and, unless the source has its own,
// translationKey in the edition's front matter; a document without front
// matter gets one.
func (e *Edition) frontMatter(s string) string {
	fence, re, kv := "---", yamlKey, func(k, v string) string { return k + ": " + quoteYAML(v) }
	if strings.HasPrefix(s, "+++\n") || strings.HasPrefix(s, "+++\r\n") {
		fence, re, kv = "+++", tomlKey, func(k, v string) string { return k + " = " + quoteTOML(v) }
	} else if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		key := ""
		if !e.opts.ByPath {
			key = kv("translationKey", e.opts.Key) + "\n"
		}
		return "---\n" + kv("lang", e.Locale) + "\n" + key + "---\n" + s
	}
	nl := "\n"
	if strings.HasPrefix(s, fence+"\r\n") {
		nl = "\r\n"
	}
	start := len(fence) + len(nl)
	rest := nl + s[start:]
	i := strings.Index(rest, nl+fence+nl)
	if j := strings.Index(rest, nl+"..."+nl); fence == "---" && j >= 0 && (i < 0 || j < i) {
		i = j // YAML's other end
	}
	if i < 0 {
		return s
	}
	end := start + i // the closing fence's line
	fm := s[start:end]
	has := map[string]bool{}
	fm = re.ReplaceAllStringFunc(fm, func(l string) string {
		k := re.FindStringSubmatch(l)[1]
		has[k] = true
		if k == "lang" {
			return kv("lang", e.Locale)
		}
		return l
	})
	if !has["lang"] {
		fm += kv("lang", e.Locale) + nl
	}
	if !has["translationKey"] && !e.opts.ByPath {
		fm += kv("translationKey", e.opts.Key) + nl
	}
	return s[:start] + fm + s[end:]
}

func quoteYAML(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

func quoteTOML(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(v) + `"`
}

var htmlTag = regexp.MustCompile(`(?i)<html\b[^>]*>`)
var langAttr = regexp.MustCompile(`(?i)(\s(?:xml:)?lang\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)`)

// htmlLang sets the lang of the document's <html> element (and xml:lang
// where XHTML has it); an <html> without one gets it.
func htmlLang(s, locale string) string {
	loc := htmlTag.FindStringIndex(s)
	if loc == nil {
		return s
	}
	tag := s[loc[0]:loc[1]]
	if langAttr.MatchString(tag) {
		tag = langAttr.ReplaceAllString(tag, `${1}"`+locale+`"`)
	} else {
		tag = tag[:5] + ` lang="` + locale + `"` + tag[5:]
	}
	return s[:loc[0]] + tag + s[loc[1]:]
}

var charsetDecl = regexp.MustCompile(`(?i)(<meta\b[^>]*?\bcharset\s*=\s*["']?|<\?xml\b[^>]*?\bencoding\s*=\s*["'])([a-z0-9._:-]+)`)

// htmlUTF8 makes a page's charset declarations (<meta charset>, the
// http-equiv Content-Type, XHTML's XML declaration) say utf-8: a target
// edition of an article in a legacy encoding is written in UTF-8, and a
// browser believing the source's windows-1251 would show it garbled.
func htmlUTF8(s string) string {
	return charsetDecl.ReplaceAllString(s, "${1}utf-8")
}
