package tmx

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/markup"
	"github.com/terjime/terjime/workflow/xmlsafe"
)

// ScanMaxBytes bounds the files Scan reads. The XML reader holds the file
// in memory, but Scan holds one <tu> at a time, so it reads larger files
// than Read, which holds every pair as well.
const ScanMaxBytes = 2 << 30

// Read reads every translation pair of a TMX file; name is used in error
// messages. The file may be at most xmlsafe.DefaultMaxBytes; larger
// translation memories are read with Scan.
func Read(name string, r io.Reader) ([]TU, error) {
	var tus []TU
	err := scan(name, xmlsafe.NewDecoder(name, r, xmlsafe.Limits{MaxBytes: readMaxBytes, Doctypes: []string{"tmx"}}), func(t TU) error {
		tus = append(tus, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return tus, nil
}

// Scan calls fn for each translation pair of a TMX file as it is read and
// stops at the first error, fn's included. Pairs already passed to fn
// stand even when the file turns out to be malformed further on: a caller
// that must not act on part of a file collects the pairs and commits
// them after Scan returns nil.
func Scan(name string, r io.Reader, fn func(TU) error) error {
	return scan(name, xmlsafe.NewDecoder(name, r, scanLimits), fn)
}

// ScanBytes is Scan on a file already in memory, which it takes over: the
// XML reader rewrites data in place rather than copy it.
func ScanBytes(name string, data []byte, fn func(TU) error) error {
	return scan(name, xmlsafe.NewDecoderBytes(name, data, scanLimits), fn)
}

var scanLimits = xmlsafe.Limits{MaxBytes: ScanMaxBytes, Doctypes: []string{"tmx"}}

// readMaxBytes is xmlsafe's default (0); tests lower it.
var readMaxBytes int64

type reader struct {
	dec     *xmlsafe.Decoder
	name    string
	srclang string
	fn      func(TU) error
	tuvs    []tuv // the variants of the <tu> being read; the next reuses the array
	// ours is set while reading a <tu> that terjime exported (it names
	// its segment), whose inline codes are read back.
	ours bool
}

func scan(name string, dec *xmlsafe.Decoder, fn func(TU) error) error {
	rd := &reader{dec: dec, name: name, fn: fn}
	root, err := rd.root()
	if err != nil {
		return err
	}
	if root.Name.Local != "tmx" {
		return rd.errorf("not a TMX file: the root element is <%s>, not <tmx>", root.Name.Local)
	}
	if v := xmlsafe.Attr(root, "version"); !strings.HasPrefix(v, "1.") {
		return rd.errorf("<tmx version=%q>: terjime reads TMX 1.x", v)
	}
	header, body := false, false
	err = rd.dec.Children(func(se xml.StartElement) error {
		switch {
		case se.Name.Local == "header" && !header && !body:
			header = true
			rd.srclang = xmlsafe.Attr(se, "srclang")
			if rd.srclang == "" {
				return rd.errorf("<header> lacks the required attribute \"srclang\"")
			}
			return rd.skip()
		case se.Name.Local == "body" && header && !body:
			body = true
			return rd.body()
		}
		return rd.errorf("<%s> is out of place in <tmx> (the order is header, body)", se.Name.Local)
	}, nil)
	if err != nil {
		return err
	}
	if !body {
		return rd.errorf("<tmx> has no <body>")
	}
	return rd.dec.Finish()
}

func (r *reader) body() error {
	return r.dec.Children(func(se xml.StartElement) error {
		if se.Name.Local != "tu" {
			return r.errorf("<%s> is not allowed in <body>: only <tu>", se.Name.Local)
		}
		return r.tu(se)
	}, nil)
}

type tuv struct {
	lang, state, text    string
	base                 string
	changedBy, changedAt string
}

func (r *reader) tu(se xml.StartElement) error {
	line, _ := r.dec.Pos()
	srclang := xmlsafe.Attr(se, "srclang")
	if srclang == "" {
		srclang = r.srclang
	}
	var doc, id, state string
	tuvs := r.tuvs[:0]
	err := r.dec.Children(func(ch xml.StartElement) error {
		switch ch.Name.Local {
		case "prop":
			if len(tuvs) > 0 {
				return r.errorf("<prop> after a <tuv>: properties come first")
			}
			v, err := r.text(ch)
			switch xmlsafe.Attr(ch, "type") {
			case propDocument:
				doc = v
			case propID:
				id = v
			case propState:
				state = v
			}
			return err
		case "note":
			if len(tuvs) > 0 {
				return r.errorf("<note> after a <tuv>: notes come first")
			}
			return r.skip()
		case "tuv":
			r.ours = id != "" // a pair terjime exported: its codes are terjime's
			v, err := r.tuv(ch)
			tuvs = append(tuvs, v)
			return err
		}
		return r.errorf("<%s> is not allowed in <tu>", ch.Name.Local)
	}, nil)
	r.tuvs = tuvs[:0]
	if err != nil {
		return err
	}
	if len(tuvs) == 0 {
		return input.Errorf(r.name, line, "<tu> without a <tuv>")
	}
	emit := func(s, t tuv) error {
		if strings.TrimSpace(s.text) == "" || strings.TrimSpace(t.text) == "" {
			return nil // an empty variant translates nothing
		}
		st := t.state
		if st == "" {
			st = state
		}
		return r.fn(TU{Source: s.text, Target: t.text, SourceLocale: s.lang, TargetLocale: t.lang,
			Document: doc, ID: id, State: st, Base: t.base, ChangedBy: t.changedBy, ChangedAt: t.changedAt, Line: line})
	}
	if srclang == "*all*" {
		for i := range tuvs {
			for j := range tuvs {
				if i != j && !strings.EqualFold(tuvs[i].lang, tuvs[j].lang) {
					if err := emit(tuvs[i], tuvs[j]); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	src := sourceVariant(tuvs, srclang)
	if src < 0 {
		return nil // no variant in the source language: nothing to pair
	}
	for j := range tuvs {
		if j != src && !strings.EqualFold(tuvs[j].lang, tuvs[src].lang) {
			if err := emit(tuvs[src], tuvs[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// sourceVariant returns the index of the variant in lang: the same tag,
// else the only one with the same language subtag (en for en-US).
func sourceVariant(tuvs []tuv, lang string) int {
	for i, v := range tuvs {
		if strings.EqualFold(v.lang, lang) {
			return i
		}
	}
	base := func(s string) string { b, _, _ := strings.Cut(s, "-"); return strings.ToLower(b) }
	found := -1
	for i, v := range tuvs {
		if base(v.lang) == base(lang) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

func (r *reader) tuv(se xml.StartElement) (tuv, error) {
	var v tuv
	if l, ok := xmlLang(se); ok {
		v.lang = l
	} else {
		v.lang = xmlsafe.Attr(se, "lang") // TMX 1.1–1.3
	}
	if v.lang == "" {
		return v, r.errorf("<tuv> lacks the required attribute \"xml:lang\"")
	}
	changeOf(&v, xmlsafe.Attr(se, "changeid"), xmlsafe.Attr(se, "changedate"))
	seg := false
	err := r.dec.Children(func(ch xml.StartElement) error {
		switch {
		case seg:
			return r.errorf("<%s> after <seg>: <seg> comes last in <tuv>", ch.Name.Local)
		case ch.Name.Local == "prop":
			t, err := r.text(ch)
			switch xmlsafe.Attr(ch, "type") {
			case propState:
				v.state = t
			case propBase:
				v.base = t
			}
			return err
		case ch.Name.Local == "note":
			return r.skip()
		case ch.Name.Local == "seg":
			seg = true
			var err error
			v.text, err = r.seg(ch)
			return err
		}
		return r.errorf("<%s> is not allowed in <tuv>", ch.Name.Local)
	}, nil)
	if err == nil && !seg {
		err = r.errorf("<tuv xml:lang=%q> without a <seg>", v.lang)
	}
	return v, err
}

// seg reads the text of a <seg>: the text of <hi> is the sentence's; the
// content of <bpt>, <ept>, <it>, <ph> and <ut> is native code.
func (r *reader) seg(se xml.StartElement) (string, error) {
	var b strings.Builder
	var read func(parent string) error
	read = func(parent string) error {
		return r.dec.Children(func(ch xml.StartElement) error {
			switch ch.Name.Local {
			case "hi":
				return read("hi")
			case "bpt", "ept", "ph":
				// The codes of a pair terjime exported come back in catalog
				// notation (package markup); other tools' are dropped.
				k, attr := markup.Open, "i"
				switch ch.Name.Local {
				case "ept":
					k = markup.Close
				case "ph":
					k, attr = markup.Standalone, "x"
				}
				if n, err := strconv.Atoi(xmlsafe.Attr(ch, attr)); r.ours && err == nil && n > 0 && n <= markup.MaxID {
					b.WriteString(markup.Tag(k, n))
				}
				return r.skip()
			case "it", "ut":
				return r.skip()
			}
			return r.errorf("<%s> is not allowed in <%s>", ch.Name.Local, parent)
		}, func(cd xml.CharData) { b.Write(cd) })
	}
	err := read("seg")
	return b.String(), err
}

// text reads an element holding text only (<prop>, <note>).
func (r *reader) text(se xml.StartElement) (string, error) {
	var b strings.Builder
	err := r.dec.Children(func(ch xml.StartElement) error {
		return r.errorf("<%s> is not allowed in <%s>: only text", ch.Name.Local, se.Name.Local)
	}, func(cd xml.CharData) { b.Write(cd) })
	return b.String(), err
}

func (r *reader) root() (xml.StartElement, error) {
	se, err := r.dec.Root()
	return se, err
}

func (r *reader) skip() error { return r.dec.Skip() }

func (r *reader) errorf(format string, args ...any) error {
	line, col := r.dec.Pos()
	return &input.Error{File: r.name, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

func xmlLang(se xml.StartElement) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == "lang" && a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
			return a.Value, true
		}
	}
	return "", false
}
