package xliff

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/xmlsafe"
	"golang.org/x/text/encoding/unicode"
)

const head20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
`

// Files that are malformed, hostile or not XLIFF are refused with a
// message naming the file and the line.
func TestReadRefuses(t *testing.T) {
	billion := `<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol2;</source></segment></unit></file></xliff>`
	deep := head20 + `<file id="f">`
	for i := range 200 {
		deep += fmt.Sprintf(`<group id="g%d">`, i)
	}
	for name, c := range map[string]struct{ in, want string }{
		"billion laughs": {billion, "in.xlf:2:1: DOCTYPE declarations with an internal subset are refused"},
		"external entity": {`<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`,
			"in.xlf:2:1: DOCTYPE declarations with an internal subset are refused"},
		"external DTD": {"<!DOCTYPE xliff SYSTEM \"http://example.com/x.dtd\">\n<xliff/>", "in.xlf:1:1: DOCTYPE declarations are refused"},
		"undeclared entity": {head20 + `<file id="f"><unit id="u"><segment><source>&lol;</source></segment></unit></file></xliff>`,
			"in.xlf:3:44: malformed XML: invalid character entity &lol;"},
		"deep nesting":      {deep, "in.xlf:3:1572: elements are nested deeper than 100 levels"},
		"not XLIFF":         {"<html><body/></html>", "in.xlf:1:1: not an XLIFF file: the root element is <html>"},
		"XLIFF 3":           {`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0"/>`, `XLIFF 2 document with version "3.0"`},
		"empty":             {"", "in.xlf: empty file"},
		"not XML":           {"id,source,target\n", "in.xlf:1:1: text before the root element"},
		"two roots":         {head20 + `<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff><xliff/>`, "in.xlf:3:86: element <xliff> after the end of the document"},
		"mismatched tags":   {head20 + `<file id="f"><unit id="u"></file>`, "in.xlf:3:27: malformed XML: element <unit> closed by </file>"},
		"unknown encoding":  {`<?xml version="1.0" encoding="x-klingon"?><xliff/>`, `unsupported encoding "x-klingon"`},
		"two languages 1.2": {mustRead(t, "sample12-en-ru-tk.xlf"), `sample:23:3: <file target-language="tk">: an earlier file is in "ru"`},
		"bad state 2.0":     {mustRead(t, "xliff20_bad_state.xlf"), `:13:7: <segment state="done">: want initial, translated, reviewed or final`},
		"bad state 1.2":     {mustRead(t, "xliff12_bad_state.xlf"), `:14:9: <target state="done">: not an XLIFF 1.2 state`},
		"subState alone":    {mustRead(t, "xliff20_substate_without_state.xlf"), `:19:7: <segment subState="tw:x"> without a state`},
		"no trans-unit id":  {`<xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body><trans-unit><source>a</source></trans-unit></body></file></xliff>`, `<trans-unit> lacks the required attribute "id"`},
		"1.2 id twice": {`<xliff version="1.2"><file original="a" source-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>a</source></trans-unit>
<trans-unit id="1"><source>b</source></trans-unit></body></file></xliff>`, `:3:1: <trans-unit id="1">: the id is used by another unit of file "a"`},
	} {
		t.Run(name, func(t *testing.T) {
			file := "in.xlf"
			if strings.HasSuffix(c.want, "…") || strings.HasPrefix(c.want, "sample") {
				file = "sample"
			}
			x, err := Read(file, strings.NewReader(c.in))
			if err == nil {
				t.Fatalf("read %d units, want error %q", len(x.Units), c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error:\ngot  %v\nwant %s", err, c.want)
			}
		})
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A file cut anywhere is an error, never a partial result.
func TestReadTruncated(t *testing.T) {
	for _, f := range formats {
		data := export(t, f.write, fixture(), Options{})
		end := bytes.LastIndex(data, []byte("</xliff>"))
		for cut := 0; cut < end+len("</xliff>")-1; cut += 7 {
			x, err := Read("cut.xlf", bytes.NewReader(data[:cut]))
			if err == nil {
				t.Fatalf("%s cut at byte %d: read %d units, want an error", f.name, cut, len(x.Units))
			}
			if !strings.HasPrefix(err.Error(), "cut.xlf") {
				t.Fatalf("%s cut at byte %d: %v does not name the file", f.name, cut, err)
			}
		}
		_, err := Read("cut.xlf", bytes.NewReader(data[:end+3]))
		if err == nil || !strings.Contains(err.Error(), "truncated") {
			t.Errorf("%s: error = %v, want one saying the file is truncated", f.name, err)
		}
	}
}

// endless is an endless XLIFF 2.0 document.
type endless struct{ n int }

func (u *endless) Read(p []byte) (int, error) {
	if u.n == 0 {
		u.n++
		return copy(p, head20+`<file id="f">`), nil
	}
	u.n++
	return copy(p, fmt.Sprintf(`<unit id="u%d"><segment id="s"><source>Text %d.</source></segment></unit>`+"\n", u.n, u.n)), nil
}

// A file larger than the limit is refused once the limit is reached, not
// read into memory.
func TestReadHuge(t *testing.T) {
	defer func(l xmlsafe.Limits) { readLimits = l }(readLimits)
	readLimits = xmlsafe.Limits{MaxBytes: 1 << 20}
	u := &endless{}
	_, err := Read("huge.xlf", u)
	if err == nil || err.Error() != "huge.xlf: file is larger than the 1 MiB terjime reads; split it into smaller files" {
		t.Errorf("error = %v", err)
	}
	if u.n > 20000 {
		t.Errorf("read %d units of a 1 MiB limit", u.n)
	}
}

// UTF-16 files (some Windows tools write them) read like UTF-8 ones.
func TestReadUTF16(t *testing.T) {
	data := bytes.Replace(export(t, Write, fixture(), Options{}), []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)
	enc, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	x := read(t, "utf16.xlf", enc)
	if want := wantUnits(fixture(), false); len(x.Units) != len(want) || x.Units[2].Target != want[2].Target {
		t.Errorf("got %+v", x.Units)
	}
}

// The project's hand-written samples read as their states say.
func TestReadSample(t *testing.T) {
	x := read(t, "sample20-en-ru.xlf", []byte(mustRead(t, "sample20-en-ru.xlf")))
	if x.TargetLocale != "ru" || len(x.Units) == 0 || x.Units[0].Document != "f1" || x.Units[0].ID != "s1" {
		t.Fatalf("got %+v", x)
	}
	if u := x.Units[0]; u.State.String() != "translated" || u.Target != "Семинар организован МОМ." {
		t.Errorf("got %+v", u)
	}
}

// XLIFF 2.1 and 2.2 keep the 2.0 namespace; their ITS and module
// attributes are read past wherever a tool puts them.
func TestRead21(t *testing.T) {
	const in = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its"
 xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" version="2.1" srcLang="en" trgLang="tk">
<file id="d"><unit id="u" its:locQualityIssuesRef="#q"><segment id="s" state="reviewed" its:annotatorsRef="x">
<source its:term="yes">IOM</source><target slr:sizeInfo="3">HGG</target></segment></unit></file></xliff>`
	x, err := Read("v21.xlf", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Units) != 1 || x.Units[0].Target != "HGG" || x.Units[0].State.String() != "reviewed" {
		t.Errorf("got %+v", x.Units)
	}
}
