package xmlsafe

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// stream renders a document's tokens as text, one per line, for comparing
// two decoders: names with their namespaces, attributes in order, and runs
// of text joined (encoding/xml splits text at CDATA sections as the
// Decoder does, but comments between two runs are dropped by both).
// Tabs and line feeds in attribute values (namespace names included) are
// shown as spaces: the Decoder normalises them as XML requires and
// encoding/xml does not.
func stream(next func() (xml.Token, error)) (string, error) {
	var b strings.Builder
	var text []byte
	flush := func() {
		if len(text) > 0 {
			fmt.Fprintf(&b, "text %q\n", text)
			text = text[:0]
		}
	}
	for {
		t, err := next()
		if err == io.EOF {
			flush()
			return b.String(), nil
		}
		if err != nil {
			return b.String(), err
		}
		switch t := t.(type) {
		case xml.StartElement:
			flush()
			fmt.Fprintf(&b, "start {%s}%s", blank(t.Name.Space), t.Name.Local)
			for _, a := range t.Attr {
				fmt.Fprintf(&b, " {%s}%s=%q", blank(a.Name.Space), a.Name.Local, blank(a.Value))
			}
			b.WriteString("\n")
		case xml.EndElement:
			flush()
			fmt.Fprintf(&b, "end {%s}%s\n", blank(t.Name.Space), t.Name.Local)
		case xml.CharData:
			text = append(text, t...)
		}
	}
}

// blank shows tabs and line feeds as spaces, as the Decoder normalises
// attribute values (and so the namespace names declared by them).
func blank(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }

func ours(in []byte) (string, error) {
	d := NewDecoder("in.xml", bytes.NewReader(in), Limits{Doctypes: []string{"tmx", "martif"}})
	return stream(d.Token)
}

// stdlib reads in with encoding/xml in strict mode, dropping what the
// Decoder drops, decoding the encodings the Decoder decodes.
func stdlib(in []byte) (string, error) {
	var r io.Reader = bytes.NewReader(in)
	utf16 := false
	switch {
	case bytes.HasPrefix(in, []byte("\xEF\xBB\xBF")):
		r = bytes.NewReader(in[3:])
	case bytes.HasPrefix(in, []byte("\xFF\xFE")), bytes.HasPrefix(in, []byte("\xFE\xFF")):
		r = transform.NewReader(r, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder())
		utf16 = true
	}
	d := xml.NewDecoder(r)
	d.Strict = true
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if utf16 && strings.HasPrefix(strings.ToLower(label), "utf-16") {
			return in, nil
		}
		enc, err := ianaindex.IANA.Encoding(label)
		if err != nil || enc == nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return enc.NewDecoder().Reader(in), nil
	}
	return stream(func() (xml.Token, error) {
		for {
			t, err := d.Token()
			switch t.(type) {
			case xml.Comment, xml.ProcInst, xml.Directive:
				continue
			}
			return t, err
		}
	})
}

// Every XML file the project keeps, the OASIS XLIFF 2.0 test suite
// included, reads to the same tokens as with encoding/xml.
func TestAgreesWithEncodingXML(t *testing.T) {
	var files []string
	filepath.WalkDir("../../testdata", func(path string, d os.DirEntry, err error) error {
		switch filepath.Ext(path) {
		case ".xlf", ".xliff", ".tmx", ".tbx", ".xml":
			files = append(files, path)
		}
		return nil
	})
	if len(files) < 200 {
		t.Fatalf("found only %d XML files under testdata", len(files))
	}
	agreed := 0
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, werr := stdlib(in)
		got, gerr := ours(in)
		switch {
		case gerr == nil && werr != nil:
			t.Errorf("%s: read, but encoding/xml says %v", f, werr)
		case gerr == nil && got != want:
			t.Errorf("%s: tokens differ from encoding/xml's:\n%s", f, diffLines(got, want))
		case gerr != nil && werr == nil:
			t.Errorf("%s: refused (%v), but encoding/xml reads it", f, gerr)
		default:
			agreed++
		}
	}
	t.Logf("%d files agree", agreed)
}

func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\ngot  %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}

// FuzzAgreesWithEncodingXML: whatever the Decoder accepts, encoding/xml
// accepts too, with the same tokens. The converse does not hold: the
// Decoder is stricter (undeclared prefixes, duplicate attributes, "]]>"
// in text, an XML declaration out of place, DOCTYPEs, missing space
// between attributes).
func FuzzAgreesWithEncodingXML(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<a x="1" y='2'><b z="3"/>text &amp; &#x44F; <![CDATA[c<]]><!-- c --><?pi x?></a>`,
		`<x:root xmlns:x="urn:x" xmlns="urn:d" a="1" x:b="2" xml:lang="tk"><c xmlns="">t</c></x:root>`,
		"<a>\r\n<b a=\"x\ty\ny\">&lt;&#10;</b></a>",
		`<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx/>`,
		`<a b="&quot;&apos;"/>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got, gerr := ours(in)
		if gerr != nil {
			var xe *Error
			if !errors.As(gerr, &xe) {
				t.Fatalf("%T is not an *Error: %v", gerr, gerr)
			}
			return
		}
		want, werr := stdlib(in)
		if werr != nil {
			t.Fatalf("read %q, but encoding/xml says %v", in, werr)
		}
		if got != want {
			t.Fatalf("%q: tokens differ from encoding/xml's:\n%s", in, diffLines(got, want))
		}
	})
}
