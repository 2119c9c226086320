package interchange

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
)

// Format is one interchange format: its names, how its files are told from
// others', and how it reads and writes them.
type Format struct {
	// Name is what export --format takes and catalog.Exchange.Format says:
	// xliff, po, goi18n.
	Name string
	// Title is what messages call it: XLIFF, PO, go-i18n TOML.
	Title string
	// Help says in a sentence what it is for, in export's --help (in
	// English; its translations are messages CmdExport_format<Name>).
	Help string

	// Root is the root element of an XML format ("xliff"), which tells
	// its files. Sniff tells a text format's files by their first line
	// that is neither blank nor a # comment, and Extensions by their name
	// when the content cannot (a file of comments alone). A format that
	// another's reader reads (XLIFF 1.2, read as XLIFF) has none of them.
	Root       string
	Sniff      func(line []byte) bool
	Extensions []string // with the dot: ".po"

	// Read reads a file. It may rewrite data in place rather than hold a
	// second copy of a large file. Most files give one exchange; a TMX
	// file gives one per language pair.
	Read func(path string, data []byte) ([]*catalog.Exchange, error)

	// Write writes pairs as one file; WriteFiles, for a format of several
	// files (go-i18n's message files), returns the files to write into a
	// directory. A format has one of the two.
	Write      func(w io.Writer, pairs []catalog.Pair, opts WriteOptions) error
	WriteFiles func(pairs []catalog.Pair, opts WriteOptions) []File
	// CheckDir, if set, refuses a directory that WriteFiles' files must
	// not go to (one holding another locale's export).
	CheckDir func(dir string, opts WriteOptions) error

	// Memory marks a translation memory (TMX): it holds the done pairs
	// of every target locale, so that an export of only the work to do
	// makes no sense and one without a locale takes every locale.
	Memory bool

	// What a merge must know of the format's files, so that it names no
	// format. OnlyTranslated: its files call every done state
	// translated (PO, go-i18n), so their "translated" does not lower a
	// reviewed or final segment.
	OnlyTranslated bool
	// SourceHash is the hash its units carry of their source
	// (catalog.Unit.SourceHash) when it is not terjime's segment hash
	// (catalog.Hash): go-i18n's.
	SourceHash func(source string) string
	// SourceFile, for a format whose export writes the source locale's
	// file too (go-i18n's active.en.toml, the source messages), tells
	// that file by its name: a merge passes over it, with a note.
	SourceFile func(path, sourceLocale string) bool
}

// WriteOptions are what an export asks of a format's writer.
type WriteOptions struct {
	SourceLocale string
	// TargetLocale is the pairs' target locale; "" for a memory of
	// several.
	TargetLocale string
	// OnlyTodo writes only the segments that need a translator
	// (untranslated and outdated).
	OnlyTodo bool
}

// File is one file of a format that writes several.
type File struct {
	Name string // its name in the directory: active.ru.toml
	Data []byte
}

// ErrNothing is what a writer returns when it has nothing to write and its
// format cannot hold nothing (an XLIFF file needs one unit); no file is
// written.
var ErrNothing = errors.New("nothing to export")

// One turns a reader of files of one exchange into a Format.Read.
func One(parse func(path string, data []byte) (*catalog.Exchange, error)) func(string, []byte) ([]*catalog.Exchange, error) {
	return func(path string, data []byte) ([]*catalog.Exchange, error) {
		ex, err := parse(path, data)
		if err != nil {
			return nil, err
		}
		return []*catalog.Exchange{ex}, nil
	}
}

// Registry is the formats terjime knows, in the order help lists them and
// detection tries them.
type Registry []Format

// Lookup returns the format of that name.
func (r Registry) Lookup(name string) (Format, bool) {
	for _, f := range r {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the formats' names.
func (r Registry) Names() []string {
	names := make([]string, len(r))
	for i, f := range r {
		names[i] = f.Name
	}
	return names
}

// Where returns the formats that keep says to keep, in order.
func (r Registry) Where(keep func(Format) bool) Registry {
	var out Registry
	for _, f := range r {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// SourceFile returns the format whose export wrote path as the source
// locale's file (Format.SourceFile), if one did.
func (r Registry) SourceFile(path, sourceLocale string) (Format, bool) {
	for _, f := range r {
		if f.SourceFile != nil && f.SourceFile(path, sourceLocale) {
			return f, true
		}
	}
	return Format{}, false
}

// Titles lists the formats' titles.
func (r Registry) Titles() []string {
	titles := make([]string, len(r))
	for i, f := range r {
		titles[i] = f.Title
	}
	return titles
}

// sniffHead is how much of a file Detect looks at.
const sniffHead = 64 << 10

// Detect tells a file's format from its content: an XML file by its root
// element, a text file by its first line that is neither blank nor a #
// comment, the first format in the registry's order that claims it. The
// name decides only when the content cannot (a file of comments alone, or
// a first line no format claims).
func (r Registry) Detect(path string, data []byte) (Format, error) {
	head := data[:min(len(data), sniffHead)]
	if kind, bom := input.UTF16(head); kind != "" {
		// XML files may be UTF-16 with a byte-order mark, which the XML
		// reader decodes; the text formats are UTF-8.
		dec, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(head[:len(head)&^1])
		if !bom || err != nil || !bytes.HasPrefix(bytes.TrimLeft(dec, " \t\r\n"), []byte("<")) {
			return Format{}, fmt.Errorf("%s: the file is %s, not UTF-8: save it as UTF-8 (from a spreadsheet: CSV UTF-8)", path, strings.ToUpper(kind))
		}
		head = dec
	}
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		return Format{}, fmt.Errorf("%s: the file is empty", path)
	}
	var xml, text []string
	for _, f := range r {
		switch {
		case f.Root != "":
			xml = append(xml, f.Title)
		case f.Sniff != nil || len(f.Extensions) > 0:
			text = append(text, f.Title)
		}
	}
	if trimmed[0] == '<' {
		for _, f := range r {
			if f.Root != "" && bytes.Contains(trimmed, []byte("<"+f.Root)) {
				return f, nil
			}
		}
		return Format{}, fmt.Errorf("%s: an XML file, but neither %s", path, strings.Join(xml, " nor "))
	}
	if line := firstLine(trimmed); line != nil {
		for _, f := range r {
			if f.Sniff != nil && f.Sniff(line) {
				return f, nil
			}
		}
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range r {
		for _, e := range f.Extensions {
			if e == ext {
				return f, nil
			}
		}
	}
	return Format{}, fmt.Errorf("%s: cannot tell the format: not %s", path, orList(append(xml, text...)))
}

// firstLine returns the first line of data that is neither blank nor a #
// comment, without surrounding space; nil when there is none.
func firstLine(data []byte) []byte {
	for line := range bytes.Lines(data) {
		if l := bytes.TrimSpace(line); len(l) > 0 && l[0] != '#' {
			return l
		}
	}
	return nil
}

// orList joins names as "A, B or C", as the messages list formats.
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// Read reads a file in the format Detect tells.
func (r Registry) Read(path string, data []byte) ([]*catalog.Exchange, error) {
	f, err := r.Detect(path, data)
	if err != nil {
		return nil, err
	}
	return f.Read(path, data)
}
