package main

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/terjime/terjime/workflow/htmldoc"
	"github.com/terjime/terjime/workflow/po"
	"github.com/terjime/terjime/workflow/segment"
)

// A manual is a translated document as running text: bench/realdata.sh
// pairs each Russian manual page (manpages-ru, manpages-ru-dev), each page
// of the Russian Debian FAQ, Debian's history, aptitude's manual, the New
// Maintainers' Guide, the
// Developer's Reference, the Installation Guide and the Debian
// Administrator's Handbook (HTML), and each KDE handbook (DocBook) with its
// English original by po4a-gettextize, one PO file per document
// (man-NAME.SECTION.ru.po, faq-CHAPTER.ru.po, kde-APP-FILE.ru.po…).
// Interface catalogs are short strings; these are the sentences an
// article is made of.

// readManual reads the pairs of one aligned PO file in document order,
// repeats kept (a sentence translated twice is what the consistency checks
// are about). po4a's inline markup is reduced to the plain text a reader
// sees, the same way on both sides: man pages' B<…>, I<…>, E<gt> and groff
// escapes; the other manuals' HTML or DocBook tags and entities. A
// paragraph whose sentences pair one to one (the same count on both sides,
// by terjime's segmenter) gives its sentences; any other stays one
// segment. Title lines, a page's navigation, style sheets, code blocks
// (an article's code is not translated), language and image-file
// attributes and entries with no letter (options tables, bullets) are left
// out. Each pair has the kind terjime's own segmentation would give it
// (kindOfType).
func readManual(path string) ([]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// The type of an entry is po4a's extracted comment (#. type: TH),
	// which the PO reader does not keep: title lines, style sheets and
	// scripts are dropped here, an entry being a block of lines, and so
	// is a man page's text in no-fill mode (.nf, .EX: example code,
	// synopses, a terminal's output), which po4a marks no-wrap. So is an
	// HTML page's navigation (links with an access key, the <head>'s
	// links): other pages' titles again, cut short with "..." by the
	// generator.
	var keep [][]byte
	for _, b := range bytes.Split(data, []byte("\n\n")) {
		if !skipRE.Match(b) && !bytes.Contains(b, []byte(`accesskey=\"`)) && !(manTextRE.Match(b) && noWrapRE.Match(b)) {
			keep = append(keep, b)
		}
	}
	// (the block that ended the file may be gone: end it with a newline)
	ex, err := po.Parse(path, append(bytes.Join(keep, []byte("\n\n")), '\n'))
	if err != nil {
		return nil, err
	}
	// Each entry's kind, as terjime's own segmentation would give it, from
	// the element po4a names in its type: the kept blocks' first lines,
	// an entry's line falling in one of them.
	var starts []int
	var kinds []string
	line := 1
	for _, b := range keep {
		starts, kinds = append(starts, line), append(kinds, kindOfType(b))
		line += bytes.Count(b, []byte("\n")) + 2
	}
	kindAt := func(l int) string {
		i := sort.SearchInts(starts, l+1) - 1
		if i < 0 {
			return ""
		}
		return kinds[i]
	}
	plain := plainHTML
	if strings.HasPrefix(filepath.Base(path), "man-") {
		plain = plainMan
	}
	en := segment.NewSentencer(segment.Options{Lang: "en"})
	ru := segment.NewSentencer(segment.Options{Lang: "ru"})
	var es []entry
	for _, u := range ex.Units {
		src, tgt := plain(u.Source), plain(u.Target)
		if tgt == "" || !strings.ContainsFunc(src, unicode.IsLetter) {
			continue
		}
		kind := kindAt(u.Line)
		ss, ts := en.Sentences(src), ru.Sentences(tgt)
		if !paired(src, tgt, ss, ts) {
			es = append(es, entry{src, tgt, kind})
			continue
		}
		for i := range ss {
			es = append(es, entry{src[ss[i].Start:ss[i].End], tgt[ts[i].Start:ts[i].End], kind})
		}
	}
	return es, nil
}

// typeRE finds po4a's type of an entry: "#. type: Content of:
// <html><body><ul><li><p>", "#. type: Attribute 'alt' of: …<img>",
// "#. type: SH".
var typeRE = regexp.MustCompile(`(?m)^#\. type: (.*)$`)

// kindOfType is the kind terjime's own segmentation gives the text of a
// PO block by the type po4a gives it: an attribute's value, a man page's
// section heading, and otherwise what htmldoc.KindOf makes of the
// elements, DocBook's named as their HTML counterparts; "" for a
// paragraph.
func kindOfType(block []byte) string {
	m := typeRE.FindSubmatch(block)
	if m == nil {
		return ""
	}
	t := string(m[1])
	switch {
	case strings.HasPrefix(t, "Attribute "):
		return "attribute"
	case t == "SH" || t == "SS":
		return "heading"
	case !strings.HasPrefix(t, "Content of: "):
		return ""
	}
	els := strings.Split(strings.Trim(strings.TrimPrefix(t, "Content of: "), "<>"), "><")
	for i, e := range els {
		if h, ok := docbookHTML[e]; ok {
			els[i] = h
		}
	}
	if k := htmldoc.KindOf(els); k != "paragraph" {
		return k
	}
	return ""
}

// docbookHTML are DocBook's block elements by the HTML ones they stand
// for.
var docbookHTML = map[string]string{"para": "p", "listitem": "li", "term": "dt", "entry": "td"}

// paired reports whether the sentences of a paragraph and of its
// translation pair one to one: as many on each side, and each token of
// Latin letters or digits that a translated sentence shares with the
// whole source paragraph (a name, a number, a constant) is in its own
// source sentence — a translator who reorders sentences keeps the
// paragraph whole.
func paired(src, tgt string, ss, ts []segment.Span) bool {
	if len(ss) < 2 || len(ss) != len(ts) {
		return false
	}
	for i := range ss {
		for _, a := range anchorRE.FindAllString(tgt[ts[i].Start:ts[i].End], -1) {
			if strings.Contains(src, a) && !strings.Contains(src[ss[i].Start:ss[i].End], a) {
				return false
			}
		}
	}
	return true
}

var (
	skipRE    = regexp.MustCompile(`(?m)^#\. type: (TH|Attribute '(lang|fileref)' of: .*|Attribute 'title' of: <html><head><link>|Content of: .*<(style|script|pre|screen|programlisting|synopsis)>)$`)
	manTextRE = regexp.MustCompile(`(?m)^#\. type: Plain text$`)
	noWrapRE  = regexp.MustCompile(`(?m)^#, .*\bno-wrap\b`)
	anchorRE  = regexp.MustCompile(`[A-Za-z0-9_]{2,}`)
	podRE     = regexp.MustCompile(`[BIRC]<([^<>]*)>`)
	podEntRE  = regexp.MustCompile(`E<([a-z]+)>`)
	// groff's link macros as po4a writes them inline
	podLinkRE = regexp.MustCompile(`E<\.(?:UR|MT) ([^<>]*)>|E<\.(?:UE|ME)>`)
	groff     = strings.NewReplacer(
		`\-`, "-", `\ `, "\u00a0", `\~`, "\u00a0", `\&`, "", `\e`, `\`, `\(em`, "—", `\(en`, "–",
		`\(aq`, "'", `\(dq`, `"`, `\(lq`, "“", `\(rq`, "”", `\(bu`, "•", `\(co`, "©", `\(rg`, "®",
		`\(mu`, "×", `\(>=`, "≥", `\(<=`, "≤", `\(ua`, "↑", `\(da`, "↓", `\(ra`, "→", `\(la`, "←",
		`\fB`, "", `\fI`, "", `\fR`, "", `\fP`, "", `\c`, "", `\:`, "", `\[ti]`, "~", `\[aq]`, "'",
		`\[dq]`, `"`, `\[em]`, "—", `\[en]`, "–", `\[bu]`, "•", `\[rs]`, `\`, `\[ha]`, "^", `\[lq]`, "“", `\[rq]`, "”",
	)
	tagRE  = regexp.MustCompile(`<[^<>]*>`)
	linkRE = regexp.MustCompile(`(?s)<(a|ulink)\s[^>]*(?:href|url)="(https?://[^"]+)"[^>]*>(.*?)</(?:a|ulink)\s*>`)
	entRE  = regexp.MustCompile(`&([A-Za-z][A-Za-z0-9.-]*);`)
)

// plainMan is a man page's paragraph as po4a gives it, as plain text.
func plainMan(s string) string {
	for {
		t := podRE.ReplaceAllString(s, "$1") // inner first: B<I<x>>
		if t == s {
			break
		}
		s = t
	}
	s = podLinkRE.ReplaceAllString(s, "$1 ") // E<.UR url>text E<.UE>
	s = podEntRE.ReplaceAllStringFunc(s, func(m string) string {
		switch name := m[2 : len(m)-1]; name {
		case "verbar":
			return "|"
		case "sol":
			return "/"
		default:
			return html.UnescapeString("&" + name + ";")
		}
	})
	return oneLine(groff.Replace(s))
}

// plainHTML is a paragraph of an HTML page or a DocBook file as plain
// text. A link to another site keeps its address, after its text unless
// the text is the address: a translation that words the link ("this
// site") keeps it. An entity HTML does not know is a DocBook name
// (&dolphin;, &kde;), read as that name.
func plainHTML(s string) string {
	s = linkRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := linkRE.FindStringSubmatch(m)
		addr, text := sm[2], sm[3]
		switch {
		case text == "": // DocBook shows an empty link's address
			return addr
		case strings.Contains(text, addr):
			return text
		}
		return text + " (" + addr + ")"
	})
	s = entRE.ReplaceAllStringFunc(tagRE.ReplaceAllString(s, ""), func(m string) string {
		if html.UnescapeString(m) == m {
			return m[1 : len(m)-1]
		}
		return m
	})
	return oneLine(html.UnescapeString(s))
}

func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }), " ")
}
