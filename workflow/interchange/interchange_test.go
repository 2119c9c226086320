package interchange

import (
	"bytes"
	"errors"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
)

// toy formats, to show the registry's rules apart from any real format's.
func toy(name string) Format {
	return Format{Name: name, Title: "Toy " + name, Read: One(func(path string, data []byte) (*catalog.Exchange, error) {
		return &catalog.Exchange{Format: name, Path: path}, nil
	})}
}

func toys() Registry {
	angle, tagged, keyed, comma, writeOnly := toy("angle"), toy("tagged"), toy("keyed"), toy("comma"), toy("write-only")
	angle.Root, tagged.Root = "angle", "tag"
	keyed.Sniff = func(line []byte) bool { return bytes.HasPrefix(line, []byte("key")) }
	keyed.Extensions = []string{".key"}
	comma.Sniff = func(line []byte) bool { return bytes.ContainsRune(line, ',') }
	comma.Extensions = []string{".csv", ".txt"}
	writeOnly.Read = nil
	return Registry{angle, writeOnly, keyed, comma, tagged}
}

func TestDetect(t *testing.T) {
	r := toys()
	for _, tc := range []struct{ path, content, want string }{
		{"f", "<angle/>", "angle"},
		{"f", "\uFEFF  \n<?xml version=\"1.0\"?><tag/>", "tagged"},
		{"f", "<tag><angle/></tag>", "angle"}, // the first in the registry's order
		{"f", "# comment\n\n  key, value\n", "keyed"},
		{"f", "a,b\nkey\n", "comma"},
		{"f.key", "# only comments\n", "keyed"},
		{"f.KEY", "no format's first line\n", "keyed"},
		{"f.txt", "# only comments\n", "comma"},
	} {
		f, err := r.Detect(tc.path, []byte(tc.content))
		if err != nil || f.Name != tc.want {
			t.Errorf("%s %q: %q, %v; want %s", tc.path, tc.content, f.Name, err, tc.want)
		}
	}
	for _, tc := range []struct{ path, content, want string }{
		{"f", "", "f: the file is empty"},
		{"f", "\uFEFF \r\n", "f: the file is empty"},
		{"f", "<html/>", "f: an XML file, but neither Toy angle nor Toy tagged"},
		{"f.key", "<html/>", "f.key: an XML file, but neither Toy angle nor Toy tagged"},
		{"f", "plain text\n", "f: cannot tell the format: not Toy angle, Toy tagged, Toy keyed or Toy comma"},
	} {
		if _, err := r.Detect(tc.path, []byte(tc.content)); err == nil || err.Error() != tc.want {
			t.Errorf("%s %q: %v; want %s", tc.path, tc.content, err, tc.want)
		}
	}
}

// Only the start of a large file is looked at.
func TestDetectLooksAtTheHead(t *testing.T) {
	data := append(bytes.Repeat([]byte(" "), sniffHead), "<angle/>"...)
	if _, err := toys().Detect("f", data); err == nil {
		t.Error("a root element beyond the head told the format")
	}
}

func TestRead(t *testing.T) {
	xs, err := toys().Read("f.csv", []byte("id,target\n"))
	if err != nil || len(xs) != 1 || xs[0].Format != "comma" || xs[0].Path != "f.csv" {
		t.Fatalf("%+v, %v", xs, err)
	}
	boom := errors.New("boom")
	read := One(func(string, []byte) (*catalog.Exchange, error) { return nil, boom })
	if xs, err := read("f", nil); xs != nil || !errors.Is(err, boom) {
		t.Errorf("a failing reader gives %v, %v", xs, err)
	}
}

func TestLookup(t *testing.T) {
	r := toys()
	if f, ok := r.Lookup("comma"); !ok || f.Name != "comma" {
		t.Errorf("Lookup(comma) = %q, %v", f.Name, ok)
	}
	if _, ok := r.Lookup("docx"); ok {
		t.Error("Lookup found an unknown format")
	}
	if got := orList(r.Names()); got != "angle, write-only, keyed, comma or tagged" {
		t.Errorf("names: %s", got)
	}
	if got := orList(r.Where(func(f Format) bool { return f.Read == nil }).Names()); got != "write-only" {
		t.Errorf("formats without a reader: %s", got)
	}
	if got := orList(r.Titles()[:1]); got != "Toy angle" {
		t.Errorf("one title: %s", got)
	}
}

// SourceFile finds the format whose export wrote a file as the source
// locale's; a format without the property never claims one.
func TestSourceFile(t *testing.T) {
	r := toys()
	r[2].SourceFile = func(path, sourceLocale string) bool { return path == "source."+sourceLocale+".key" }
	if f, ok := r.SourceFile("source.en.key", "en"); !ok || f.Name != "keyed" {
		t.Errorf("source.en.key: %q, %v", f.Name, ok)
	}
	if f, ok := r.SourceFile("source.ru.key", "en"); ok {
		t.Errorf("source.ru.key is the source file of %s", f.Name)
	}
}
