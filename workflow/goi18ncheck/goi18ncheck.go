package goi18ncheck

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
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

// forms are go-i18n's plural form keys in CLDR order.
var forms = []string{"zero", "one", "two", "few", "many", "other"}

var formOf = map[plural.Form]string{
	plural.Zero: "zero", plural.One: "one", plural.Two: "two",
	plural.Few: "few", plural.Many: "many", plural.Other: "other",
}

// reserved are the keys of a message table (go-i18n's reservedKeys).
var reserved = map[string]bool{
	"id": true, "description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true,
	"translation": true,
}

type message struct {
	id     string
	fields map[string]string // lower-case reserved keys
	line   int
	file   *file
}

type file struct {
	path   string
	name   string // base name
	tag    language.Tag
	tagTxt string
	format string
	data   []byte
	lines  []string // data's lines, split when a message's line is looked up
	msgs   []*message
}

// filePattern matches go-i18n's active files: active.<tag>.<format>.
var filePattern = regexp.MustCompile(`^active\.([^.]+)\.(toml|json|ya?ml)$`)

// Check validates the go-i18n message files in dir. It returns the
// findings and the files checked; an error only when dir cannot be read or
// holds no source messages.
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
	for _, e := range entries {
		m := filePattern.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
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
	if len(source) == 0 {
		return nil, nil, fmt.Errorf("%s: no source message file (active.%s.toml, .json or .yaml)", dir, opts.Source)
	}
	src := r.index(source)
	for _, m := range src.list {
		if strings.TrimSpace(m.fields["other"]) == "" {
			r.emit(m.file, m.line, "goi18n-source", "GoI18nNoOther", m.id, map[string]any{"ID": m.id})
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

// parse decodes the file and collects its messages the way go-i18n does:
// a table of message keys is a message; a table without any is a
// namespace whose keys join the IDs with dots; a string is the "other"
// form of a message.
func (r *run) parse(f *file) bool {
	var raw any
	var err error
	switch f.format {
	case "toml":
		var m map[string]any
		if err = toml.Unmarshal(f.data, &m); err != nil {
			err = catalog.TOMLError(f.path, err)
		}
		raw = m
	case "json":
		err = json.Unmarshal(f.data, &raw)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			err = input.Errorf(f.path, bytes.Count(f.data[:se.Offset], []byte{'\n'})+1, "%v", se)
		}
	default:
		err = yaml.Unmarshal(f.data, &raw)
	}
	if err != nil {
		line := 0
		msg := err.Error()
		var pe *input.Error
		if errors.As(err, &pe) {
			line, msg = pe.Line, pe.Msg
		}
		r.emit(f, line, "goi18n-parse", "GoI18nParse", "", map[string]any{"Error": msg})
		return false
	}
	switch v := raw.(type) {
	case map[string]any:
		r.walk(f, nil, v)
	case []any: // go-i18n v1: a list of {id, translation}
		for _, item := range v {
			if m, ok := item.(map[string]any); ok {
				r.table(f, nil, m)
			}
		}
	case nil:
	default:
		r.emit(f, 1, "goi18n-value", "GoI18nValue", "", map[string]any{"ID": "(file)"})
		return false
	}
	return true
}

func (r *run) walk(f *file, path []string, m map[string]any) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		p := append(slices.Clip(path), k)
		switch v := m[k].(type) {
		case string:
			f.msgs = append(f.msgs, &message{id: strings.Join(p, "."), fields: map[string]string{"other": v}, line: findLine(f, p), file: f})
		case nil:
			f.msgs = append(f.msgs, &message{id: strings.Join(p, "."), fields: map[string]string{}, line: findLine(f, p), file: f})
		case map[string]any:
			r.table(f, p, v)
		default:
			r.emit(f, findLine(f, p), "goi18n-value", "GoI18nValue", strings.Join(p, "."), map[string]any{"ID": strings.Join(p, ".")})
		}
	}
}

// table handles a table: a message, a namespace, or (an error) both.
func (r *run) table(f *file, path []string, m map[string]any) {
	var res, other []string
	for k, v := range m {
		_, isStr := v.(string)
		if reserved[strings.ToLower(k)] && (isStr || strings.ToLower(k) == "translation") {
			res = append(res, k)
		} else {
			other = append(other, k)
		}
	}
	if len(res) == 0 {
		r.walk(f, path, m)
		return
	}
	id := strings.Join(path, ".")
	line := findLine(f, path)
	if len(other) > 0 {
		slices.Sort(res)
		slices.Sort(other)
		r.emit(f, line, "goi18n-mixed-keys", "GoI18nMixedKeys", id, map[string]any{
			"ID": id, "Reserved": strings.Join(res, ", "), "Other": strings.Join(other, ", "),
		})
	}
	msg := &message{id: id, fields: map[string]string{}, line: line, file: f}
	for _, k := range res {
		lk := strings.ToLower(k)
		switch v := m[k].(type) {
		case string:
			if lk == "translation" {
				lk = "other"
			}
			msg.fields[lk] = v
		case map[string]any: // v1: translation = {one = …, other = …}
			for fk, fv := range v {
				if s, ok := fv.(string); ok {
					msg.fields[strings.ToLower(fk)] = s
				}
			}
		}
	}
	if v := msg.fields["id"]; v != "" {
		msg.id = v
	}
	if msg.id == "" {
		return
	}
	f.msgs = append(f.msgs, msg)
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
			if prev, dup := ix.byID[m.id]; dup {
				r.emit(f, m.line, "goi18n-duplicate", "GoI18nDuplicate", m.id, map[string]any{"ID": m.id, "Where": where(prev)})
				continue
			}
			ix.byID[m.id] = m
			ix.list = append(ix.list, m)
		}
	}
	slices.SortFunc(ix.list, func(a, b *message) int { return strings.Compare(a.id, b.id) })
	return ix
}

func where(m *message) string {
	if m.line > 0 {
		return m.file.path + ":" + strconv.Itoa(m.line)
	}
	return m.file.path
}

// Hash is goi18n merge's hash of a source message: the SHA-1 of its
// description followed by its "other" text, as "sha1-<hex>". A translation
// carries the hash of the source it was made from.
func Hash(description, other string) string {
	h := sha1.New()
	h.Write([]byte(description))
	h.Write([]byte(other))
	return fmt.Sprintf("sha1-%x", h.Sum(nil))
}

func (r *run) compare(src, tgt index, first *file, tag language.Tag) {
	lang := tag.String()
	for _, s := range src.list {
		t, ok := tgt.byID[s.id]
		if !ok {
			r.emit(first, 0, "goi18n-missing", "GoI18nMissing", s.id, map[string]any{"ID": s.id, "Lang": lang})
			continue
		}
		if h := t.fields["hash"]; h != "" {
			if want := Hash(s.fields["description"], s.fields["other"]); h != want {
				r.emit(t.file, t.line, "goi18n-stale", "GoI18nStale", s.id, map[string]any{"ID": s.id, "Hash": h, "Want": want})
			}
		}
		empty := true
		for _, f := range forms {
			if strings.TrimSpace(t.fields[f]) != "" {
				empty = false
			}
		}
		if empty {
			r.emit(t.file, t.line, "goi18n-empty", "GoI18nEmpty", s.id, map[string]any{"ID": s.id})
			continue
		}
		r.plurals(s, t, tag)
		r.placeholders(s, t)
	}
	for _, t := range tgt.list {
		if _, ok := src.byID[t.id]; !ok {
			r.emit(t.file, t.line, "goi18n-unknown", "GoI18nUnknown", t.id, map[string]any{"ID": t.id})
		}
	}
}

// plurals checks the forms of message t (whose source is s) against the
// forms CLDR gives its language. A source message with only "other" is not
// pluralized, and its translations need only "other" (as goi18n merge
// decides).
func (r *run) plurals(s, t *message, tag language.Tag) {
	pluralized := false
	for _, f := range forms[:5] {
		if s.fields[f] != "" {
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
		if strings.TrimSpace(t.fields[f]) == "" {
			missing = append(missing, f)
		}
	}
	for _, f := range forms {
		if t.fields[f] != "" && !slices.Contains(all, f) {
			unused = append(unused, f)
		}
	}
	lang := tag.String()
	if len(missing) > 0 {
		r.emit(t.file, t.line, "goi18n-plural", "GoI18nPluralMissing", t.id, map[string]any{"ID": t.id, "Forms": strings.Join(missing, ", "), "Lang": lang})
	}
	if len(unused) > 0 {
		r.emit(t.file, t.line, "goi18n-plural-unused", "GoI18nPluralUnused", t.id, map[string]any{"ID": t.id, "Forms": strings.Join(unused, ", "), "Lang": lang})
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
	for _, f := range forms {
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
	for _, f := range forms {
		text := t.fields[f]
		if text == "" {
			continue
		}
		st := s.fields[f]
		if st == "" {
			st = s.fields["other"]
		}
		missing, added := diff(actions(st, s.fields), actions(text, t.fields))
		for _, a := range missing {
			r.emit(t.file, t.line, "goi18n-placeholders", "GoI18nPlaceholderMissing", t.id, map[string]any{"ID": t.id, "Form": f, "Placeholder": a})
		}
		for _, a := range added {
			r.emit(t.file, t.line, "goi18n-placeholders", "GoI18nPlaceholderAdded", t.id, map[string]any{"ID": t.id, "Form": f, "Placeholder": a})
		}
	}
}

// actions lists the distinct template actions of a text, white space inside
// them collapsed: {{ .Count }} and {{.Count}} are the same action.
func actions(text string, fields map[string]string) []string {
	l, rd := fields["leftdelim"], fields["rightdelim"]
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

// findLine finds the line where the message at path is defined, for the
// formats' usual layouts: a [table] header or a key = line in TOML, a
// "key": line in JSON, a key: line in YAML; 0 when not found.
func findLine(f *file, path []string) int {
	if len(path) == 0 {
		return 0
	}
	if f.lines == nil {
		f.lines = strings.Split(string(f.data), "\n")
	}
	lines := f.lines
	if f.format == "toml" {
		full := strings.Join(path, ".")
		for i, l := range lines {
			t := strings.TrimSpace(l)
			if t == "["+full+"]" || t == `["`+full+`"]` {
				return i + 1
			}
		}
	}
	start := 0
	for depth, key := range path {
		found := -1
		for i := start; i < len(lines); i++ {
			if keyOnLine(f.format, lines[i], key, depth == len(path)-1) {
				found = i
				break
			}
		}
		if found < 0 {
			return 0
		}
		start = found
	}
	return start + 1
}

func keyOnLine(format, line, key string, last bool) bool {
	t := strings.TrimSpace(line)
	switch format {
	case "toml":
		if t == "["+key+"]" || strings.HasSuffix(t, "."+key+"]") {
			return true
		}
		for _, k := range []string{key, `"` + key + `"`} {
			if rest, ok := strings.CutPrefix(t, k); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
				return true
			}
		}
	case "json":
		if rest, ok := strings.CutPrefix(t, `"`+key+`"`); ok && strings.HasPrefix(strings.TrimSpace(rest), ":") {
			return true
		}
	default:
		for _, k := range []string{key, `"` + key + `"`, `'` + key + `'`} {
			if rest, ok := strings.CutPrefix(t, k); ok && strings.HasPrefix(rest, ":") {
				return true
			}
		}
	}
	return false
}
