package htmlcheck

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Page is what Check read from a valid page.
type Page struct {
	Lang  string
	Title string
	// Text is the text of <body>, element by element: one string per
	// element that holds text, in document order.
	Text []string
	// Elements counts the elements by name.
	Elements map[string]int
	// Attrs lists every attribute value by "element@attribute".
	Attrs map[string][]string
}

var voids = regexp.MustCompile(`<(meta|link)(\s[^<>]*)?>`)

// allowed maps each element the writer emits to its allowed parents and
// attributes.
var allowed = map[string]struct {
	parents []string
	attrs   []string
}{
	"html":    {[]string{""}, []string{"lang"}},
	"head":    {[]string{"html"}, nil},
	"meta":    {[]string{"head"}, []string{"charset", "name", "content"}},
	"title":   {[]string{"head"}, nil},
	"link":    {[]string{"head"}, []string{"rel", "hreflang", "href"}},
	"style":   {[]string{"head"}, nil},
	"body":    {[]string{"html"}, nil},
	"nav":     {[]string{"body"}, []string{"class", "aria-label"}},
	"a":       {[]string{"li"}, []string{"href", "hreflang", "lang", "aria-current"}},
	"main":    {[]string{"body"}, nil},
	"article": {[]string{"main"}, nil},
	"aside":   {[]string{"article"}, []string{"class"}},
	"header":  {[]string{"article"}, nil},
	"p":       {[]string{"article", "header"}, []string{"class", "lang"}},
	"time":    {[]string{"p"}, []string{"datetime"}},
	"h1":      {[]string{"header", "article"}, nil},
	"h2":      {[]string{"article", "aside"}, nil},
	"ul":      {[]string{"article", "aside", "nav"}, nil},
	"ol":      {[]string{"article"}, []string{"start"}},
	"li":      {[]string{"ul", "ol"}, nil},
	"span":    {[]string{"p", "h1", "h2", "li", "time", "span"}, []string{"lang", "class"}},
}

// Check validates an HTML edition and returns what it read.
func Check(data []byte) (*Page, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("not UTF-8")
	}
	const doctype = "<!DOCTYPE html>\n"
	if !bytes.HasPrefix(data, []byte(doctype)) {
		return nil, fmt.Errorf("does not start with %q", doctype)
	}
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f || r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe {
			return nil, fmt.Errorf("character %U is a parse error in HTML", r)
		}
	}
	x := voids.ReplaceAll(data[len(doctype):], []byte("<$1$2/>"))
	d := xml.NewDecoder(bytes.NewReader(x))
	d.Strict = true
	p := &Page{Elements: map[string]int{}, Attrs: map[string][]string{}}
	var stack []string
	var text strings.Builder
	roots := 0
	flush := func() {
		if s := strings.TrimSpace(text.String()); s != "" && inBody(stack) {
			p.Text = append(p.Text, s)
		}
		text.Reset()
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", lineOf(x, d.InputOffset()), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if t.Name.Space != "" {
				return nil, fmt.Errorf("element %s:%s has a namespace", t.Name.Space, name)
			}
			spec, ok := allowed[name]
			if !ok {
				return nil, fmt.Errorf("line %d: element <%s> is not one the writer emits: unescaped text?", lineOf(x, d.InputOffset()), name)
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			} else {
				roots++
			}
			if !contains(spec.parents, parent) {
				return nil, fmt.Errorf("<%s> inside <%s>", name, parent)
			}
			for _, a := range t.Attr {
				if !contains(spec.attrs, a.Name.Local) || a.Name.Space != "" {
					return nil, fmt.Errorf("<%s> has attribute %q", name, a.Name.Local)
				}
				key := name + "@" + a.Name.Local
				p.Attrs[key] = append(p.Attrs[key], a.Value)
				if name == "html" && a.Name.Local == "lang" {
					p.Lang = a.Value
				}
			}
			if name != "span" && name != "time" && name != "a" {
				flush()
			}
			p.Elements[name]++
			stack = append(stack, name)
		case xml.EndElement:
			name := stack[len(stack)-1]
			if name == "title" {
				p.Title = text.String()
				text.Reset()
			} else if name != "span" && name != "time" && name != "a" {
				flush()
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				if strings.TrimSpace(string(t)) != "" {
					return nil, fmt.Errorf("text outside <html>")
				}
				continue
			}
			text.Write(t)
		case xml.ProcInst, xml.Directive:
			return nil, fmt.Errorf("unexpected %T", t)
		}
	}
	if roots != 1 {
		return nil, fmt.Errorf("%d root elements", roots)
	}
	for _, must := range []string{"html", "head", "title", "body"} {
		if p.Elements[must] != 1 {
			return nil, fmt.Errorf("%d <%s> elements, want 1", p.Elements[must], must)
		}
	}
	if cs := p.Attrs["meta@charset"]; len(cs) != 1 || !strings.EqualFold(cs[0], "utf-8") {
		return nil, fmt.Errorf("no <meta charset=\"utf-8\">")
	}
	if i := bytes.Index(data, []byte(`<meta charset="utf-8">`)); i < 0 || i > 1024 {
		return nil, fmt.Errorf("<meta charset> is not within the first 1024 bytes")
	}
	if p.Lang == "" {
		return nil, fmt.Errorf("<html> has no lang")
	}
	if strings.TrimSpace(p.Title) == "" {
		return nil, fmt.Errorf("empty <title>")
	}
	return p, nil
}

func inBody(stack []string) bool { return contains(stack, "body") }

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
