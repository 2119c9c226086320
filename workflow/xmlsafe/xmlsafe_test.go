package xmlsafe

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestAppendEscaped(t *testing.T) {
	for _, c := range []struct {
		in   string
		attr bool
		want string
		stop int
	}{
		{"plain", false, "plain", -1},
		{`a & b < c > d "e" 'f'`, false, `a &amp; b &lt; c &gt; d "e" 'f'`, -1},
		{`a & b < c > d "e" 'f'`, true, `a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`, -1},
		{"line\r\nbreak\ttab", false, "line&#xD;\nbreak\ttab", -1},
		{"line\r\nbreak\ttab", true, "line&#xD;&#xA;break&#x9;tab", -1},
		{"Меджлис «ýaşlar»", false, "Меджлис «ýaşlar»", -1},
		{"bell\x07!", false, "bell", 4},
		{"nul\x00", true, "nul", 3},
		{"ok\uFFFEno", false, "ok", 2},
		{"bad\xffutf8", false, "bad", 3},
		{"emoji 🙂 ok", false, "emoji 🙂 ok", -1},
	} {
		got, stop := AppendEscaped([]byte(">"), c.in, c.attr)
		if string(got) != ">"+c.want || stop != c.stop {
			t.Errorf("AppendEscaped(%q, %v) = %q, %d; want %q, %d", c.in, c.attr, got[1:], stop, c.want, c.stop)
		}
	}
}

func TestIsNMToken(t *testing.T) {
	for s, want := range map[string]bool{
		"30a248c7b200": true, "30a248c7b200-2": true, "iom-seminar": true, "a.b_c:d": true,
		"Меджлис": true, "": false, "my article": false, "/1": false, "#1": false, `\1`: false, "a,b": false,
	} {
		if got := IsNMToken(s); got != want {
			t.Errorf("IsNMToken(%q) = %v", s, got)
		}
	}
}

// readAll reads every token and returns the text and the first error,
// the same with NewDecoder and NewDecoderBytes.
func readAll(name, in string, lim Limits) (string, error) {
	text, err := tokens(NewDecoder(name, strings.NewReader(in), lim))
	text2, err2 := tokens(NewDecoderBytes(name, []byte(in), lim))
	if text != text2 || fmt.Sprint(err) != fmt.Sprint(err2) {
		panic(fmt.Sprintf("%q: NewDecoder gives %q, %v; NewDecoderBytes %q, %v", in, text, err, text2, err2))
	}
	return text, err
}

func tokens(d *Decoder) (string, error) {
	var b strings.Builder
	for {
		t, err := d.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return b.String(), err
		}
		switch t := t.(type) {
		case xml.StartElement:
			b.WriteString("<" + t.Name.Local + ">")
		case xml.CharData:
			b.Write(t)
		}
	}
}

func TestDecoder(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(`<?xml version="1.0" encoding="UTF-16"?><a>ýaşlar</a>`)
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(`<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>`)
	for name, c := range map[string]struct {
		in, text, err string
		lim           Limits
	}{
		"plain":           {in: `<a>x<b/>y</a>`, text: "<a>x<b>y"},
		"comments and PI": {in: "<?pi x?><!-- c --><a><!-- c -->x</a>", text: "<a>x"},
		"CDATA":           {in: `<a><![CDATA[<b>&amp;]]></a>`, text: "<a><b>&amp;"},
		"UTF-8 BOM":       {in: "\xEF\xBB\xBF<a>x</a>", text: "<a>x"},
		"UTF-16":          {in: utf16, text: "<a>ýaşlar"},
		"Latin-1":         {in: latin1, text: "<a>café"},
		"bad encoding":    {in: `<?xml version="1.0" encoding="x-none"?><a/>`, err: `f.xml:1:31: unsupported encoding "x-none" in the XML declaration`},
		"DOCTYPE":         {in: "<!DOCTYPE a>\n<a/>", err: "f.xml:1:1: DOCTYPE declarations are refused"},
		"internal subset": {in: "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", lim: Limits{Doctypes: []string{"a"}},
			err: "f.xml:1:1: DOCTYPE declarations with an internal subset are refused"},
		"allowed DOCTYPE": {in: "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx/>", lim: Limits{Doctypes: []string{"tmx"}}, text: "\n<tmx>"},
		"public DOCTYPE": {in: "<!DOCTYPE tmx PUBLIC '-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN' \"tmx14.dtd\" >\n<tmx/>",
			lim: Limits{Doctypes: []string{"tmx"}}, text: "\n<tmx>"},
		"bare DOCTYPE": {in: "<!DOCTYPE tmx><tmx/>", lim: Limits{Doctypes: []string{"tmx"}}, text: "<tmx>"},
		"entity from the DTD": {in: "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx>&nbsp;</tmx>", lim: Limits{Doctypes: []string{"tmx"}},
			err: "f.xml:1:39: malformed XML: invalid character entity &nbsp;"},
		"other directive": {in: "<a/><!ENTITY e 'x'>", err: "f.xml:1:5: <!ENTITY> declarations are refused"},
		"depth":           {in: strings.Repeat("<a>", 11), lim: Limits{MaxDepth: 10}, err: "f.xml:1:31: elements are nested deeper than 10 levels"},
		"depth ok":        {in: strings.Repeat("<a>", 10) + strings.Repeat("</a>", 10), lim: Limits{MaxDepth: 10}, text: strings.Repeat("<a>", 10)},
		"size":            {in: "<a>" + strings.Repeat("x", 100) + "</a>", lim: Limits{MaxBytes: 64}, err: "f.xml: file is larger than the 64 bytes terjime reads"},
		"size exactly":    {in: "<a>" + strings.Repeat("x", 57) + "</a>", lim: Limits{MaxBytes: 64}, text: "<a>" + strings.Repeat("x", 57)},
		"truncated":       {in: "<a>\n<b>text", err: "f.xml:2:8: the file ends in the middle of the document (truncated?)"},
		"mismatch":        {in: "<a>\n</b>", err: "f.xml:2:1: malformed XML: element <a> closed by </b>"},
	} {
		t.Run(name, func(t *testing.T) {
			text, err := readAll("f.xml", c.in, c.lim)
			switch {
			case c.err == "" && err != nil:
				t.Errorf("error %v", err)
			case c.err != "" && (err == nil || !strings.HasPrefix(err.Error(), c.err)):
				t.Errorf("error:\ngot  %v\nwant %s", err, c.err)
			case c.err == "" && text != c.text:
				t.Errorf("text %q, want %q", text, c.text)
			}
			var xe *Error
			if err != nil && !errors.As(err, &xe) {
				t.Errorf("%T is not an *Error", err)
			}
		})
	}
}

func TestFinish(t *testing.T) {
	for in, want := range map[string]string{
		"<a/>\n<!-- end -->\n": "",
		"<a/><b/>":             "f.xml:1:5: element <b> after the end of the document",
		"<a/>text":             "f.xml:1:5: text after the end of the document",
	} {
		d := NewDecoder("f.xml", strings.NewReader(in), Limits{})
		if _, err := d.Token(); err != nil {
			t.Fatal(err)
		}
		if _, err := d.Token(); err != nil {
			t.Fatal(err)
		}
		err := d.Finish()
		if want == "" && err != nil || want != "" && (err == nil || err.Error() != want) {
			t.Errorf("Finish after %q = %v, want %q", in, err, want)
		}
	}
}

// Namespaces resolve (encoding/xml's Token does it) and end tags match.
func TestNamespaces(t *testing.T) {
	const in = `<x:root xmlns:x="urn:x" xmlns="urn:default" a="1" x:b="2" xml:lang="tk">
<child xmlns:y="urn:y" y:c="3"><y:leaf/></child><x:child xmlns="urn:other"><inner/></x:child><child/></x:root>`
	d := NewDecoder("ns.xml", strings.NewReader(in), Limits{})
	var got []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			s := "<" + t.Name.Space + " " + t.Name.Local
			for _, a := range t.Attr {
				s += " " + a.Name.Space + "|" + a.Name.Local + "=" + a.Value
			}
			got = append(got, s+">")
		case xml.EndElement:
			got = append(got, "</"+t.Name.Space+" "+t.Name.Local+">")
		}
	}
	want := []string{
		"<urn:x root xmlns|x=urn:x |xmlns=urn:default |a=1 urn:x|b=2 http://www.w3.org/XML/1998/namespace|lang=tk>",
		"<urn:default child xmlns|y=urn:y urn:y|c=3>", "<urn:y leaf>", "</urn:y leaf>", "</urn:default child>",
		"<urn:x child |xmlns=urn:other>", "<urn:other inner>", "</urn:other inner>", "</urn:x child>",
		"<urn:default child>", "</urn:default child>", "</urn:x root>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for in, want := range map[string]string{
		`<p:a xmlns:p="u"></q:a>`: "ns.xml:1:18: malformed XML: element <p:a> closed by </q:a>",
		"<a/></a>":                "ns.xml:1:5: malformed XML: unexpected end element </a>",
		`<p:a/>`:                  "ns.xml:1:1: malformed XML: namespace prefix p in p:a is not declared",
		`<a q:b="1"/>`:            "ns.xml:1:1: malformed XML: namespace prefix q in q:b is not declared",
		`<a xmlns:p="u" xmlns:q="u" p:b="1" q:b="2"/>`: "ns.xml:1:1: malformed XML: attribute {u}b given twice",
		`<a xmlns:p=""/>`: "ns.xml:1:1: malformed XML: namespace prefix p bound to an empty name",
		`<a:/>`:           `ns.xml:1:1: malformed XML: invalid qualified name "a:"`,
	} {
		if _, err := readAll("ns.xml", in, Limits{}); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %s", in, err, want)
		}
	}
}

func TestRoot(t *testing.T) {
	for in, want := range map[string]string{
		"":                              "f.xml: empty file: no XML root element",
		"  \n":                          "f.xml: empty file: no XML root element",
		"id,source\n":                   "f.xml:1:1: text before the root element: not an XML file",
		"<?xml version=\"1.0\"?>\n<a/>": "",
	} {
		se, err := NewDecoder("f.xml", strings.NewReader(in), Limits{}).Root()
		if want == "" {
			if err != nil || se.Name.Local != "a" {
				t.Errorf("Root(%q) = %v, %v", in, se.Name.Local, err)
			}
			continue
		}
		if err == nil || err.Error() != want {
			t.Errorf("Root(%q) error = %v, want %q", in, err, want)
		}
	}
}

// Each rule of well-formedness the Decoder enforces, with where it says
// the problem is.
func TestMalformed(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{`<a b=c/>`, `f.xml:1:4: malformed XML: the value of attribute b is not quoted`},
		{`<a b/>`, `f.xml:1:4: malformed XML: attribute b has no value`},
		{`<a b="1"c="2"/>`, `f.xml:1:9: malformed XML: no space before attribute c`},
		{`<a b="1" b='2'/>`, `f.xml:1:10: malformed XML: attribute b given twice`},
		{`<a b="x<y"/>`, `f.xml:1:4: malformed XML: "<" in the value of attribute b`},
		{`<a b="&x;"/>`, `f.xml:1:4: malformed XML: invalid character entity &x;`},
		{"<a>\n  &foo;</a>", `f.xml:2:3: malformed XML: invalid character entity &foo; (only &lt; &gt; &amp; &apos; &quot; are defined)`},
		{`<a>fish & chips</a>`, `f.xml:1:9: malformed XML: "&" that starts no entity reference (write "&amp;")`},
		{`<a>&#0;</a>`, `f.xml:1:4: malformed XML: invalid character reference &#0;`},
		{`<a>&#xD800;</a>`, `f.xml:1:4: malformed XML: invalid character reference &#xD800;`},
		{`<a>&#X41;</a>`, `f.xml:1:4: malformed XML: invalid character reference &#X41;`},
		{`<a>&#x110000;</a>`, `f.xml:1:4: malformed XML: invalid character reference &#x110000;`},
		{`<a>x ]]> y</a>`, `f.xml:1:6: "]]>" in text (write "]]&gt;")`},
		{`<a><!-- a -- b --></a>`, `f.xml:1:4: malformed XML: "--" inside a comment`},
		{`<a><!-- a ---></a>`, `f.xml:1:4: malformed XML: "--" inside a comment`},
		{"<a>bell\x07</a>", `f.xml:1:8: control character U+0007: XML 1.0 cannot carry it`},
		{"<a>\nok\xff</a>", `f.xml:2:3: invalid UTF-8 (is the file in the encoding its XML declaration names?)`},
		{"<a>\uFFFE</a>", `f.xml:1:4: character U+FFFE: XML 1.0 cannot carry it`},
		{` <?xml version="1.0"?><a/>`, `f.xml:1:2: the XML declaration <?xml …?> must be the very first thing in the file`},
		{`<?XML version="1.0"?><a/>`, `f.xml:1:1: the XML declaration <?xml …?> must be the very first thing in the file`},
		{`<?xml version="1.1"?><a/>`, `f.xml:1:1: unsupported XML version "1.1" in the XML declaration`},
		{`<?xml encoding="UTF-8"?><a/>`, `f.xml:1:1: unsupported XML version "" in the XML declaration`},
		{`<a><?pi>x?></a>`, `f.xml:1:4: malformed XML: processing instruction target not followed by a space`},
		{`<a><? pi?></a>`, `f.xml:1:4: malformed XML: invalid processing instruction <?`},
		{`<1a/>`, `f.xml:1:1: malformed XML: invalid element name "1a"`},
		{`< a/>`, `f.xml:1:1: malformed XML: invalid element name ""`},
		{`<a?>`, `f.xml:1:3: malformed XML: start tag <a> not closed by > or />`},
		{`<a "b"="c"/>`, `f.xml:1:4: malformed XML: invalid attribute name "\"b\""`},
		{`<![CDATA[x]]><a/>`, `f.xml:1:1: CDATA section outside the root element`},
		{`<a/><!DOCTYPE a>`, `f.xml:1:5: malformed XML: DOCTYPE inside the document`},
		{`<!DOCTYPEa><a/>`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!DOCTYPE tmx SYSTEM 'x>y'><tmx/>`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!DOCTYPE tmx ">`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!DOCTYPE tmx SYSTEM "a" "b"><tmx/>`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!DOCTYPE tmx PUBLIC "a"><tmx/>`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!DOCTYPE  ><tmx/>`, `f.xml:1:1: malformed XML: invalid DOCTYPE declaration`},
		{`<!doctype a><a/>`, `f.xml:1:1: <!doctype> declarations are refused`},
		// Line feeds in attribute values, blanked by the normalisation,
		// and CRLF line ends still count as lines.
		{"<a b=\"1\n2\n3\">\n<c d=e/></a>", `f.xml:4:4: malformed XML: the value of attribute d is not quoted`},
		{"<a>\r\n<b>&x;</b></a>", `f.xml:2:4: malformed XML: invalid character entity &x;`},
		{"<a>\r<b>&x;</b></a>", `f.xml:2:4: malformed XML: invalid character entity &x;`},
		// Cut short anywhere: the position is the end of the file.
		{`<a x="1">`, `f.xml:1:10: the file ends in the middle of the document (truncated?)`},
		{`<a x="1`, `f.xml:1:8: the file ends in the middle of the document (truncated?)`},
		{`<a x=`, `f.xml:1:6: the file ends in the middle of the document (truncated?)`},
		{`<a><!-- c`, `f.xml:1:10: the file ends in the middle of the document (truncated?)`},
		{`<a><![CDATA[x`, `f.xml:1:14: the file ends in the middle of the document (truncated?)`},
		{`<a><?pi x`, `f.xml:1:10: the file ends in the middle of the document (truncated?)`},
		{"<a></a", `f.xml:1:7: the file ends in the middle of the document (truncated?)`},
		{`<!DOCTYPE tmx SYSTEM "x"`, `f.xml:1:25: the file ends in the middle of the document (truncated?)`},
	} {
		_, err := readAll("f.xml", c.in, Limits{Doctypes: []string{"tmx"}})
		if err == nil || !strings.HasPrefix(err.Error(), c.err) {
			t.Errorf("%q:\ngot  %v\nwant %s", c.in, err, c.err)
		}
	}
}

// A document cut at any byte is an error, never a shorter document read
// without complaint: only the whole input, or the input without what
// follows the root, reads cleanly.
func TestTruncatedAnywhere(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4" xmlns:x="urn:x"><!-- c --><header x:a='1' b="&amp;&#x44F;"/>
<body><tu><tuv xml:lang="ru"><seg>Меджлис &lt;b&gt; <![CDATA[<i>]]><?pi x?></seg></tuv></tu></body></tmx>`
	root, end := strings.Index(doc, "<tmx"), strings.LastIndex(doc, ">")+1
	for i := range len(doc) {
		var err error
		if i <= root {
			_, err = NewDecoder("f.xml", strings.NewReader(doc[:i]), Limits{Doctypes: []string{"tmx"}}).Root()
		} else {
			_, err = readAll("f.xml", doc[:i], Limits{Doctypes: []string{"tmx"}})
		}
		if i < end && err == nil {
			t.Errorf("cut after %d bytes (%q): no error", i, doc[max(0, i-20):i])
		}
	}
	if _, err := readAll("f.xml", doc, Limits{Doctypes: []string{"tmx"}}); err != nil {
		t.Fatal(err)
	}
}

// checkChars finds every character XML cannot carry at every position of
// an eight-byte word, and passes clean text of every length.
func TestCheckChars(t *testing.T) {
	base := []byte("Меджлис\tand\nthe IOM «x» 🙂 ok — ýaş.")
	for n := range len(base) + 1 {
		if !utf8.Valid(base[:n]) {
			continue
		}
		if off, msg := checkChars(base[:n]); off >= 0 {
			t.Fatalf("%q refused at %d: %s", base[:n], off, msg)
		}
	}
	for i := range len(base) + 1 {
		if !utf8.Valid(base[:i]) {
			continue
		}
		for _, bad := range []string{"\x00", "\x01", "\x0B", "\x1F", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\uFFFE", "\uFFFF", "\xD0"} {
			in := append(append(append([]byte{}, base[:i]...), bad...), base[i:]...)
			if off, _ := checkChars(in); off != i {
				t.Errorf("%q at %d: found at %d", bad, i, off)
			}
		}
	}
}

// Positions asked in any order agree with counting line feeds.
func TestPositionOrder(t *testing.T) {
	doc := "<a>\n\n  <b x='1'/>\n" + strings.Repeat("text\n", 20) + "</a>"
	d := NewDecoder("f.xml", strings.NewReader(doc), Limits{})
	offs := []int{0, 3, 4, 5, 6, 5, 30, 31, 8, len(doc), 0, len(doc) - 1, 12, 13, 14, 60, 61, 59}
	for _, off := range offs {
		gl, gc := d.position(off)
		wl, wc := position([]byte(doc), off)
		if gl != wl || gc != wc {
			t.Errorf("position(%d) = %d:%d, want %d:%d", off, gl, gc, wl, wc)
		}
	}
}

// Endless attributes or namespace declarations are refused before the
// pairwise duplicate checks and prefix lookups grow quadratic.
func TestWorkPerElementBounded(t *testing.T) {
	attrs := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, ` %s%d="u%d"`, prefix, i, i)
		}
		return b.String()
	}
	for in, want := range map[string]string{
		"<a" + attrs("a", 1000) + "/>":                                          "",
		"<a" + attrs("a", 1001) + "/>":                                          "more than 1000 attributes on one element",
		"<a" + attrs("xmlns:p", 600) + "><b" + attrs("xmlns:q", 600) + "/></a>": "more than 1000 namespace declarations in scope",
		"<a" + attrs("xmlns:p", 600) + "/><a" + attrs("xmlns:q", 600) + "/>":    "", // out of scope again
	} {
		_, err := readAll("f.xml", in, Limits{})
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("%.40q…: error %v, want %q", in, err, want)
		}
	}
}
