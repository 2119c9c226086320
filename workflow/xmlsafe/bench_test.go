package xmlsafe

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"testing"
)

// benchDoc is an XLIFF 2.0 file of n units shaped like terjime's exports:
// indentation, notes, attributes, Cyrillic targets, an escaped character
// now and then.
func benchDoc(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">` + "\n" +
		`  <file id="big" original="big.en.txt" xml:space="preserve">` + "\n")
	for i := range n {
		fmt.Fprintf(&b, `    <unit id="b%d" type="terjime:paragraph">
      <notes>
        <note id="%012x.terms" category="terjime:terms" appliesTo="source">Mejlis → Меджлис
IOM → МОМ</note>
      </notes>
      <segment id="%012x" state="translated">
        <source>Representatives of the Mejlis &amp; the Ombudsman discussed item %d of the Law on Migration with the IOM office.</source>
        <target>Представители Меджлиса и Омбудсмена обсудили с представительством МОМ пункт %d Закона о миграции.</target>
      </segment>
    </unit>
`, i, i, i, i, i)
	}
	b.WriteString("  </file>\n</xliff>\n")
	return b.Bytes()
}

// BenchmarkDecoder reads every token of a 100,000-unit XLIFF file (about
// 60 MB) with the Decoder and, for comparison, with encoding/xml's
// Decoder in strict mode: go test -run '^$' -bench Decoder -cpu 1.
func BenchmarkDecoder(b *testing.B) {
	doc := benchDoc(100_000)
	run := func(name string, tokens func() func() (xml.Token, error)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for range b.N {
				next := tokens()
				for {
					_, err := next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
	run("xmlsafe", func() func() (xml.Token, error) {
		return NewDecoder("big.xlf", bytes.NewReader(doc), Limits{}).Token
	})
	run("encoding-xml", func() func() (xml.Token, error) {
		d := xml.NewDecoder(bytes.NewReader(doc))
		d.Strict = true
		return d.Token
	})
}
