package edition

import (
	"regexp"
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
	for _, p := range e.Parts {
		text := p.Text
		if p.Untranslated && e.opts.Fallback == FallbackMark && !e.IsSource() {
			b.WriteString(e.marker())
		}
		if len(p.Codes) == 0 {
			b.WriteString(e.escape(p, text))
		} else {
			data := p.Codes
			if !e.IsSource() {
				data = make([]string, len(p.Codes))
				for i, c := range p.Codes {
					data[i] = links(c)
				}
			}
			codes, err := markup.NewCodes(p.Source, data)
			if err == nil {
				text, err = codes.Expand(text, func(s string) string { return e.escape(p, s) })
			}
			if err != nil {
				// Catalogs are checked when read and Assemble keeps broken
				// translations out; show the source rather than fail.
				text, _ = codes.Expand(p.Source, nil)
			}
			b.WriteString(text)
		}
		b.WriteString(links(p.Sep))
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

// escape writes a translated front matter value so that its quoting holds:
// the character before the value in the skeleton says how it is quoted.
func (e *Edition) escape(p Part, s string) string {
	if p.Kind != "meta" || e.IsSource() || p.Untranslated {
		return s
	}
	prev := e.before(p)
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

// before is the skeleton just before part p.
func (e *Edition) before(p Part) string {
	prev := e.lead
	for i := range e.Parts {
		if e.Parts[i].ID == p.ID {
			break
		}
		prev = e.Parts[i].Sep
	}
	return prev
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
