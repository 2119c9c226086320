package goi18ncheck

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/goi18nfile"
)

// Options select what Check looks at.
type Options struct {
	// Source is the language of the source messages; English when zero.
	Source language.Tag
	// Locales limits the checked languages (tags as in the file names);
	// all when empty.
	Locales []string
}

// Severities of the checks; goi18n-unknown and goi18n-plural-unused are
// warnings (the messages still load and show), the rest errors.
var severities = map[string]check.Severity{
	"goi18n-missing":       check.Error,
	"goi18n-empty":         check.Error,
	"goi18n-stale":         check.Error,
	"goi18n-plural":        check.Error,
	"goi18n-plural-unused": check.Warning,
	"goi18n-tag":           check.Error,
	"goi18n-mixed-keys":    check.Error,
	"goi18n-parse":         check.Error,
	"goi18n-value":         check.Error,
	"goi18n-duplicate":     check.Error,
	"goi18n-placeholders":  check.Error,
	"goi18n-unknown":       check.Warning,
	"goi18n-source":        check.Error,
}

// Messages are the English texts of the findings, by UI message ID (see
// check.Messages).
var Messages = map[string]string{
	"GoI18nMissing":            "message {{.ID}} is not translated into {{.Lang}}",
	"GoI18nEmpty":              "message {{.ID}} is empty",
	"GoI18nStale":              "message {{.ID}} was translated from another version of the source (hash {{.Hash}}, the source's is {{.Want}})",
	"GoI18nPluralMissing":      "message {{.ID}} lacks the plural forms {{.Forms}} that {{.Lang}} needs",
	"GoI18nPluralUnused":       "message {{.ID}} has plural forms {{.Forms}} that {{.Lang}} does not use",
	"GoI18nBadTag":             `"{{.Tag}}" in the file name is not a language tag`,
	"GoI18nBadTagHint":         `"{{.Tag}}" in the file name is the code of a country, not of a language; that country's language is "{{.Hint}}": rename the file {{.Name}}`,
	"GoI18nMixedKeys":          "the table {{.ID}} mixes message keys ({{.Reserved}}) with other keys ({{.Other}}); go-i18n refuses to load the file",
	"GoI18nParse":              "the file does not parse: {{.Error}}",
	"GoI18nValue":              "the value of {{.ID}} is neither a text nor a table",
	"GoI18nDuplicate":          "message {{.ID}} is defined twice (also in {{.Where}})",
	"GoI18nPlaceholderMissing": "the {{.Form}} form of message {{.ID}} lacks {{.Placeholder}}",
	"GoI18nPlaceholderAdded":   "the {{.Form}} form of message {{.ID}} has {{.Placeholder}}, which the source does not",
	"GoI18nUnknown":            "message {{.ID}} is not among the source messages",
	"GoI18nNoOther":            `source message {{.ID}} has no "other" form`,
}

var formOf = map[plural.Form]string{
	plural.Zero: "zero", plural.One: "one", plural.Two: "two",
	plural.Few: "few", plural.Many: "many", plural.Other: "other",
}

// message is a message of a file.
type message struct {
	goi18nfile.Message
	file *file
}

type file struct {
	path   string
	name   string // base name
	tag    language.Tag
	tagTxt string
	format string
	data   []byte
	msgs   []*message
	bad    error // why no message of the file could be read
}

// filePattern matches go-i18n's active files: active.<tag>.<format>.
var filePattern = regexp.MustCompile(`^active\.([^.]+)\.(toml|json|ya?ml)$`)

// Check validates the go-i18n message files in dir. It returns the
// findings and the files checked; an error only when dir cannot be read,
// holds no source messages, or its source file cannot be read as one
// (malformed, or not a table): the error names the file and line.
func Check(dir string, opts Options) ([]check.Finding, []string, error) {
	if opts.Source == (language.Tag{}) {
		opts.Source = language.English
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	r := &run{}
	var files []*file
	var srcErr error // the first source file that could not be read
	for _, e := range entries {
		m := filePattern.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := input.ReadFile(path, input.Limit{})
		if err != nil {
			return nil, nil, err
		}
		f := &file{path: path, name: e.Name(), tagTxt: m[1], format: m[2], data: data}
		ok := r.parseTag(f)
		if ok && f.tag != opts.Source && len(opts.Locales) > 0 && !slices.Contains(opts.Locales, f.tagTxt) && !slices.Contains(opts.Locales, f.tag.String()) {
			continue
		}
		r.files = append(r.files, path)
		if !ok {
			continue
		}
		if r.parse(f) {
			files = append(files, f)
		} else if f.tag == opts.Source && srcErr == nil {
			srcErr = f.bad
		}
	}
	var source []*file
	byTag := map[language.Tag][]*file{}
	var tags []language.Tag
	for _, f := range files {
		if f.tag == opts.Source {
			source = append(source, f)
			continue
		}
		if _, ok := byTag[f.tag]; !ok {
			tags = append(tags, f.tag)
		}
		byTag[f.tag] = append(byTag[f.tag], f)
	}
	if len(source) == 0 && srcErr != nil {
		return nil, nil, srcErr
	}
	if len(source) == 0 {
		return nil, nil, fmt.Errorf("%s: no source message file (active.%s.toml, .json or .yaml)", dir, opts.Source)
	}
	src := r.index(source)
	for _, m := range src.list {
		if strings.TrimSpace(m.Other) == "" {
			r.emit(m.file, m.Line, "goi18n-source", "GoI18nNoOther", m.ID, map[string]any{"ID": m.ID})
		}
		r.plurals(m, m, opts.Source)
	}
	for _, tag := range tags {
		r.compare(src, r.index(byTag[tag]), byTag[tag][0], tag)
	}
	return r.findings, r.files, nil
}

type run struct {
	findings []check.Finding
	files    []string
	forms    map[language.Tag][]string // Forms by tag, asked once per language
}

// formsOf is Forms(tag), computed once per run.
func (r *run) formsOf(tag language.Tag) []string {
	f, ok := r.forms[tag]
	if !ok {
		f = Forms(tag)
		if r.forms == nil {
			r.forms = map[language.Tag][]string{}
		}
		r.forms[tag] = f
	}
	return f
}

func (r *run) emit(f *file, line int, name, key, id string, args map[string]any) {
	r.findings = append(r.findings, check.Finding{
		Check: name, Severity: severities[name], Locale: f.tagTxt, Segment: id,
		File: f.path, Line: line, Message: check.Render(Messages[key], args), Key: key, Args: args,
	})
}

// parseTag reads the file's tag and reports one that does not parse, with a
// hint when it is a country code (tm → tk).
func (r *run) parseTag(f *file) bool {
	t, err := locale.Parse(f.tagTxt)
	if err == nil {
		f.tag = t
		return true
	}
	if e, ok := errors.AsType[*locale.Error](err); ok && e.Language != "" {
		r.emit(f, 0, "goi18n-tag", "GoI18nBadTagHint", "", map[string]any{
			"Tag": f.tagTxt, "Hint": e.Language, "Name": "active." + e.Language + "." + f.format,
		})
		return false
	}
	r.emit(f, 0, "goi18n-tag", "GoI18nBadTag", "", map[string]any{"Tag": f.tagTxt})
	return false
}

// parse reads the file's messages (goi18nfile.ReadMessages) and reports
// what go-i18n would refuse: a file that does not parse, tables that mix
// message keys with other keys, values that are neither texts nor tables.
func (r *run) parse(f *file) bool {
	msgs, problems, err := goi18nfile.ReadMessages(f.path, f.data)
	if err != nil {
		line, msg := 0, err.Error()
		if pe, ok := errors.AsType[*input.Error](err); ok {
			line, msg = pe.Line, pe.Message()
		}
		r.emit(f, line, "goi18n-parse", "GoI18nParse", "", map[string]any{"Error": msg})
		f.bad = err
		return false
	}
	for _, p := range problems {
		switch {
		case p.Kind != "" && p.Path == "":
			// The whole file is one value.
			r.emit(f, 1, "goi18n-value", "GoI18nValue", "", map[string]any{"ID": "(file)"})
			f.bad = input.Errorf(f.path, 1, "the file is one %s value, not a table of go-i18n messages", p.Kind)
			return false
		case p.Kind != "":
			r.emit(f, p.Line, "goi18n-value", "GoI18nValue", p.Path, map[string]any{"ID": p.Path})
		default:
			r.emit(f, p.Line, "goi18n-mixed-keys", "GoI18nMixedKeys", p.Path, map[string]any{
				"ID": p.Path, "Reserved": strings.Join(p.Reserved, ", "), "Other": strings.Join(p.Other, ", "),
			})
		}
	}
	for _, m := range msgs {
		if m.ID != "" {
			f.msgs = append(f.msgs, &message{m, f})
		}
	}
	return true
}

type index struct {
	byID map[string]*message
	list []*message
}

// index gathers the messages of the files of one language, reporting IDs
// defined twice.
func (r *run) index(files []*file) index {
	ix := index{byID: map[string]*message{}}
	for _, f := range files {
		for _, m := range f.msgs {
			if prev, dup := ix.byID[m.ID]; dup {
				r.emit(f, m.Line, "goi18n-duplicate", "GoI18nDuplicate", m.ID, map[string]any{"ID": m.ID, "Where": where(prev)})
				continue
			}
			ix.byID[m.ID] = m
			ix.list = append(ix.list, m)
		}
	}
	slices.SortFunc(ix.list, func(a, b *message) int { return strings.Compare(a.ID, b.ID) })
	return ix
}

func where(m *message) string {
	if m.Line > 0 {
		return m.file.path + ":" + strconv.Itoa(m.Line)
	}
	return m.file.path
}

func (r *run) compare(src, tgt index, first *file, tag language.Tag) {
	lang := tag.String()
	for _, s := range src.list {
		t, ok := tgt.byID[s.ID]
		if !ok {
			r.emit(first, 0, "goi18n-missing", "GoI18nMissing", s.ID, map[string]any{"ID": s.ID, "Lang": lang})
			continue
		}
		if h := t.Hash; h != "" {
			if want := goi18nfile.Hash(s.Description, s.Other); h != want {
				r.emit(t.file, t.Line, "goi18n-stale", "GoI18nStale", s.ID, map[string]any{"ID": s.ID, "Hash": h, "Want": want})
			}
		}
		empty := true
		for _, f := range goi18nfile.PluralKeys {
			if strings.TrimSpace(t.Form(f)) != "" {
				empty = false
			}
		}
		if empty {
			r.emit(t.file, t.Line, "goi18n-empty", "GoI18nEmpty", s.ID, map[string]any{"ID": s.ID})
			continue
		}
		r.plurals(s, t, tag)
		r.placeholders(s, t)
	}
	for _, t := range tgt.list {
		if _, ok := src.byID[t.ID]; !ok {
			r.emit(t.file, t.Line, "goi18n-unknown", "GoI18nUnknown", t.ID, map[string]any{"ID": t.ID})
		}
	}
}

// plurals checks the forms of message t (whose source is s) against the
// forms CLDR gives its language. A source message with only "other" is not
// pluralized, and its translations need only "other" (as goi18n merge
// decides).
func (r *run) plurals(s, t *message, tag language.Tag) {
	pluralized := false
	for _, f := range goi18nfile.PluralKeys[:5] {
		if s.Form(f) != "" {
			pluralized = true
		}
	}
	all := r.formsOf(tag)
	need := []string{"other"}
	if pluralized {
		need = all
	}
	var missing, unused []string
	for _, f := range need {
		if strings.TrimSpace(t.Form(f)) == "" {
			missing = append(missing, f)
		}
	}
	for _, f := range goi18nfile.PluralKeys {
		if t.Form(f) != "" && !slices.Contains(all, f) {
			unused = append(unused, f)
		}
	}
	lang := tag.String()
	if len(missing) > 0 {
		r.emit(t.file, t.Line, "goi18n-plural", "GoI18nPluralMissing", t.ID, map[string]any{"ID": t.ID, "Forms": strings.Join(missing, ", "), "Lang": lang})
	}
	if len(unused) > 0 {
		r.emit(t.file, t.Line, "goi18n-plural-unused", "GoI18nPluralUnused", t.ID, map[string]any{"ID": t.ID, "Forms": strings.Join(unused, ", "), "Lang": lang})
	}
}

// Forms returns the plural forms a language distinguishes for cardinal
// numbers, in go-i18n's key names and CLDR order. It asks x/text's CLDR
// rules about integers and decimals rather than keeping a table: every
// CLDR rule is decided by numbers this small.
func Forms(tag language.Tag) []string {
	seen := map[plural.Form]bool{}
	for i := 0; i <= 1000; i++ {
		seen[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)] = true
	}
	for i := 0; i <= 20; i++ {
		for f := 0; f < 100; f++ {
			t := f
			for t > 0 && t%10 == 0 {
				t /= 10
			}
			seen[plural.Cardinal.MatchPlural(tag, i, 2, 2, f, t)] = true
			if f < 10 {
				seen[plural.Cardinal.MatchPlural(tag, i, 1, 1, f, f)] = true
			}
		}
	}
	var out []string
	for _, f := range goi18nfile.PluralKeys {
		for pf, name := range formOf {
			if name == f && seen[pf] {
				out = append(out, f)
			}
		}
	}
	return out
}

// placeholders compares the template actions of each form of t with the
// same form of the source, or its "other".
func (r *run) placeholders(s, t *message) {
	for _, f := range goi18nfile.PluralKeys {
		text := t.Form(f)
		if text == "" {
			continue
		}
		st := s.Form(f)
		if st == "" {
			st = s.Other
		}
		missing, added := diff(actions(st, s), actions(text, t))
		for _, a := range missing {
			r.emit(t.file, t.Line, "goi18n-placeholders", "GoI18nPlaceholderMissing", t.ID, map[string]any{"ID": t.ID, "Form": f, "Placeholder": a})
		}
		for _, a := range added {
			r.emit(t.file, t.Line, "goi18n-placeholders", "GoI18nPlaceholderAdded", t.ID, map[string]any{"ID": t.ID, "Form": f, "Placeholder": a})
		}
	}
}

// actions lists the distinct template actions of a text, white space inside
// them collapsed: {{ .Count }} and {{.Count}} are the same action.
func actions(text string, m *message) []string {
	l, rd := m.Delims()
	if l == "" {
		l = "{{"
	}
	if rd == "" {
		rd = "}}"
	}
	var out []string
	for {
		i := strings.Index(text, l)
		if i < 0 {
			break
		}
		j := strings.Index(text[i+len(l):], rd)
		if j < 0 {
			break
		}
		body := strings.Join(strings.Fields(strings.Trim(text[i+len(l):i+len(l)+j], "-")), " ")
		a := "{{" + body + "}}"
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
		text = text[i+len(l)+j+len(rd):]
	}
	return out
}

func diff(a, b []string) (missing, added []string) {
	for _, x := range a {
		if !slices.Contains(b, x) {
			missing = append(missing, x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			added = append(added, x)
		}
	}
	return missing, added
}
