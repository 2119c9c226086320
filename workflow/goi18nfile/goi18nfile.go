package goi18nfile

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// Options tune Write.
type Options struct {
	// OnlyTodo leaves out the active file of the target locale: only the
	// segments to translate are exported.
	OnlyTodo bool
}

// Hash is goi18n merge's hash of a source message: the SHA-1 of its
// description followed by its "other" text, as "sha1-<hex>". A translation
// carries the hash of the source message it was made from.
func Hash(description, other string) string {
	h := sha1.New()
	io.WriteString(h, description)
	io.WriteString(h, other)
	return "sha1-" + hex.EncodeToString(h.Sum(nil))
}

// MessageID is the go-i18n message ID of a segment.
func MessageID(document, id string) string { return document + "." + id }

// SplitID splits a message ID into document and segment ID.
func SplitID(msgID string) (document, id string) {
	if i := strings.LastIndexByte(msgID, '.'); i >= 0 {
		return msgID[:i], msgID[i+1:]
	}
	return "", msgID
}

// Write returns the message files of tgtLocale for the pairs: the source
// messages, the active file (unless opts.OnlyTodo) and the translate file.
func Write(srcLocale, tgtLocale string, pairs []catalog.Pair, opts Options) []interchange.File {
	docs := make([]string, len(pairs))
	n := 0
	for i, p := range pairs {
		docs[i] = p.Target.Document
		n += len(p.Target.Segments)
	}
	var src, active, translate bytes.Buffer
	src.Grow(n * 300)
	active.Grow(n * 400)
	translate.Grow(n * 300)
	name := locale.Name(tgtLocale)
	fmt.Fprintf(&src, "# go-i18n source messages (%s) of %s, exported by terjime.\n", locale.Name(srcLocale), strings.Join(docs, ", "))
	fmt.Fprintf(&active, "# go-i18n message file: the %s translations of %s, exported by terjime.\n", name, strings.Join(docs, ", "))
	fmt.Fprintf(&translate, "# go-i18n message file: what is left to translate into %s in %s, exported by terjime.\n", name, strings.Join(docs, ", "))
	translate.WriteString("# Replace each \"other\" (the English placeholder) with the translation, then run\n")
	fmt.Fprintf(&translate, "# \"terjime merge translate.%s.toml\", or goi18n merge and \"terjime merge\" on its output.\n", tgtLocale)
	for _, p := range pairs {
		doc := p.Target.Document
		for i := range p.Target.Segments {
			s := &p.Target.Segments[i]
			id := MessageID(doc, s.ID)
			desc := describe(s, tgtLocale)
			hash := Hash(desc, s.Source)
			src.WriteByte('\n')
			writeTable(&src, id)
			writeKey(&src, "description", desc)
			writeKey(&src, "other", s.Source)
			// A done segment goes to active with its translation; one to do
			// goes to translate with the source as the placeholder.
			todo := !s.Done()
			out, other := &translate, s.Source
			if !todo {
				if opts.OnlyTodo {
					continue
				}
				out, other = &active, s.Target
			}
			out.WriteByte('\n')
			writeComments(out, s, todo)
			writeTable(out, id)
			writeKey(out, "description", desc)
			writeKey(out, "hash", hash)
			writeKey(out, "other", other)
		}
	}
	files := []interchange.File{{Name: "active." + srcLocale + ".toml", Data: src.Bytes()}}
	if !opts.OnlyTodo {
		files = append(files, interchange.File{Name: "active." + tgtLocale + ".toml", Data: active.Bytes()})
	}
	return append(files, interchange.File{Name: "translate." + tgtLocale + ".toml", Data: translate.Bytes()})
}

func writeComments(b *bytes.Buffer, s *catalog.Segment, todo bool) {
	comment := func(label, text string) {
		for i, l := range strings.Split(catalog.LF(text), "\n") {
			b.WriteString("# ")
			if i == 0 {
				b.WriteString(label)
			} else {
				b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(label)))
			}
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	for _, t := range s.Terms {
		comment("Glossary: ", t)
	}
	if s.Note != "" {
		comment("Note: ", s.Note)
	}
	if todo && s.State == catalog.Outdated && s.Target != "" {
		comment("Outdated translation: ", s.Target)
		if s.PreviousSource != "" {
			comment("It was made for: ", s.PreviousSource)
		}
	}
}

func writeTable(b *bytes.Buffer, id string) {
	b.WriteString("[")
	catalog.WriteTOMLString(b, id)
	b.WriteString("]\n")
}

func writeKey(b *bytes.Buffer, key, value string) {
	b.WriteString(key)
	b.WriteString(" = ")
	catalog.WriteTOMLString(b, value)
	b.WriteByte('\n')
}

// Read parses a go-i18n message file; its name (active.ru.toml,
// translate.ru.toml) gives the locale, as it does for go-i18n, and tells a
// translate file from an active one.
func Read(name string, r io.Reader) (*catalog.Exchange, error) {
	data, err := input.Read(name, r, input.Limit{})
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse is Read for a file already in memory; name is its path, which
// gives the locale.
func Parse(name string, data []byte) (*catalog.Exchange, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := input.CheckUTF8(name, data, ""); err != nil {
		return nil, err
	}
	ex := &catalog.Exchange{Format: "goi18n", Path: name, TargetLocale: FileLocale(filepath.Base(name))}
	msgs, problems, err := ReadMessages(name, data)
	if err != nil {
		return nil, err
	}
	if err := firstProblem(problems); err != nil {
		return nil, err
	}
	translate := strings.HasPrefix(filepath.Base(name), "translate.")
	ex.Units = make([]catalog.Unit, 0, len(msgs))
	for _, m := range msgs {
		doc, id := SplitID(m.ID)
		u := catalog.Unit{
			Document: doc, ID: id,
			Source: m.Description, SourceHash: m.Hash,
			Target: m.Other, State: catalog.Translated, StateSet: true,
			Line: m.Line,
		}
		if u.Source == "" && u.SourceHash == "" {
			return nil, input.Errorf(name, u.Line, "message %q has neither a hash nor a description: terjime cannot tell which source it translates", m.ID)
		}
		if !strings.HasPrefix(u.SourceHash, "sha1-") {
			// Not a hash goi18n made: it says nothing of the source,
			// the description does.
			u.SourceHash = ""
		}
		if src, loc, base, ok := splitDescription(m.Description); ok {
			u.Source = src
			if loc == ex.TargetLocale || ex.TargetLocale == "" {
				b, err := catalog.ParseBase(base)
				if err != nil {
					return nil, input.Errorf(name, u.Line, "message %q: %v", m.ID, err)
				}
				u.Base = b
			}
			if u.SourceHash == Hash(m.Description, src) {
				// The hash is of this very source message: the text
				// says which source the translation is of.
				u.SourceHash = ""
			}
		}
		if translate && (u.Target == "" || u.Target == u.Source) {
			u.Target = "" // the placeholder, not a translation
		}
		if u.Target == "" {
			u.State = catalog.Untranslated
		}
		ex.Units = append(ex.Units, u)
	}
	return ex, nil
}

// FileLocale reads the language tag from a file name the way go-i18n does:
// the part before the extension, after the previous dot ("ru" in
// active.ru.toml, "tk" in tk.toml). It returns "" for a name with no valid
// tag.
func FileLocale(base string) string {
	parts := strings.Split(base, ".")
	if len(parts) < 2 {
		return ""
	}
	tag := parts[len(parts)-2]
	if _, err := locale.Parse(tag); err != nil {
		return ""
	}
	return tag
}
