package glossary

import (
	"bytes"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
	"golang.org/x/text/unicode/norm"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/tomlpos"
)

// Error is a problem in an input file (glossary, TBX, CSV) at a line when one
// is known: input.Error, whose message reads "file:line: what is wrong".
type Error = input.Error

// Load reads a glossary file.
func Load(path string) (*Glossary, error) {
	data, err := input.ReadFile(path, input.Limit{})
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a glossary from the content of a TOML glossary file; name is
// used in errors. Structural problems (syntax, unknown keys, wrong types) are
// errors; questionable content (empty terms, duplicate IDs, bad locale tags)
// loads and is reported by Lint.
func Parse(name string, data []byte) (*Glossary, error) {
	// An editor on Windows may save the file with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// The decoder reports syntax errors and duplicate keys with positions;
	// the walk below then only has to understand the shape.
	var probe map[string]any
	if err := toml.Unmarshal(data, &probe); err != nil {
		return nil, tomlpos.Error(name, data, err, nil)
	}
	w := walker{name: name, g: &Glossary{Path: name, Header: leadingComments(data)}, lines: input.NewLines(data)}
	// Sized once: a Concept is large, and regrowing the slice would copy
	// every concept read so far again and again.
	w.g.Concepts = make([]Concept, 0, bytes.Count(data, []byte("[[concept]]")))
	w.p.Reset(data)
	for w.p.NextExpression() {
		if err := w.expr(w.p.Expression()); err != nil {
			return nil, err
		}
	}
	if err := w.p.Error(); err != nil {
		return nil, &Error{File: name, Msg: err.Error(), Err: err}
	}
	for i := range w.g.Concepts {
		sortTerms(w.g.Concepts[i].Terms)
	}
	return w.g, nil
}

// The keys of a concept (beside its locales' tables) and of a term's
// table, as the errors list them and their hints search them.
var (
	conceptKeys   = []string{"id", "subject", "note", "do_not_translate"}
	termTableKeys = []string{"term", "case_sensitive", "exact", "note"}
)

type walker struct {
	name string
	p    unstable.Parser
	// lines gives a node's line from its offset: the parser's own Shape
	// counts lines from the start of the file for every node, which made
	// reading a glossary quadratic.
	lines   *input.Lines
	g       *Glossary
	table   []string // the current [table] path
	concept *Concept
}

func (w *walker) line(n *unstable.Node) int {
	for n != nil && n.Valid() {
		if n.Raw.Length > 0 || n.Raw.Offset > 0 {
			line, _ := w.lines.Position(int(n.Raw.Offset))
			return line
		}
		n = n.Child()
	}
	return 0
}

func keyParts(it unstable.Iterator) []string {
	var ks []string
	for it.Next() {
		ks = append(ks, string(it.Node().Data))
	}
	return ks
}

func (w *walker) expr(e *unstable.Node) error {
	switch e.Kind {
	case unstable.ArrayTable:
		key := keyParts(e.Key())
		line := w.line(e.Child())
		if len(key) != 1 || key[0] != "concept" {
			return input.Errorf(w.name, line, "unknown table [[%s]]: a glossary has [[concept]] tables only", strings.Join(key, "."))
		}
		w.g.Concepts = append(w.g.Concepts, Concept{Line: line})
		w.concept = &w.g.Concepts[len(w.g.Concepts)-1]
		w.table = key
	case unstable.Table:
		key := keyParts(e.Key())
		line := w.line(e.Child())
		if len(key) != 2 || key[0] != "concept" || w.concept == nil {
			return input.Errorf(w.name, line, "unknown table [%s]: write a concept's terms under [concept.<locale>] after its [[concept]]", strings.Join(key, "."))
		}
		w.table = key
	case unstable.KeyValue:
		key := append(append([]string(nil), w.table...), keyParts(e.Key())...)
		return w.keyValue(key, e.Value(), w.line(e.Value().Next()))
	}
	return nil
}

func (w *walker) keyValue(key []string, v *unstable.Node, line int) error {
	switch {
	case len(key) == 1 && key[0] == "version":
		if v.Kind != unstable.Integer || string(v.Data) != "1" {
			return input.Errorf(w.name, line, "version: this is glossary format version 1")
		}
		return nil
	case len(key) == 1 && key[0] == "concept":
		return input.Errorf(w.name, line, "write concepts as [[concept]] tables")
	case len(key) < 2 || key[0] != "concept" || w.concept == nil:
		e := input.Errorf(w.name, line, "unknown key %q", strings.Join(key, "."))
		if len(key) == 1 {
			e.Hint = tomlpos.KeyHint(key[0], []string{"version"})
		}
		return e
	}
	c := w.concept
	if len(key) == 2 {
		switch key[1] {
		case "id":
			return w.str(key, v, line, &c.ID)
		case "subject":
			return w.str(key, v, line, &c.Subject)
		case "note":
			return w.str(key, v, line, &c.Note)
		case "do_not_translate":
			return w.boolean(key, v, line, &c.DoNotTranslate)
		}
		// concept.<locale> = { preferred = [...] }
		if v.Kind != unstable.InlineTable {
			e := input.Errorf(w.name, line, "unknown key %q: a concept has %s and a table of terms per locale", key[1], strings.Join(conceptKeys, ", "))
			e.Hint = tomlpos.KeyHint(key[1], conceptKeys)
			return e
		}
		it := v.Children()
		for it.Next() {
			kv := it.Node()
			sub := append(append([]string(nil), key...), keyParts(kv.Key())...)
			if err := w.keyValue(sub, kv.Value(), w.line(kv.Value().Next())); err != nil {
				return err
			}
		}
		return nil
	}
	if len(key) != 3 {
		return input.Errorf(w.name, line, "unknown key %q", strings.Join(key, "."))
	}
	locale := key[1]
	status, ok := ParseStatus(key[2])
	if !ok {
		e := input.Errorf(w.name, line, "unknown key %q: a locale's terms are preferred, admitted or forbidden", key[2])
		e.Hint = tomlpos.KeyHint(key[2], statusNames[:])
		return e
	}
	if v.Kind != unstable.Array {
		return input.Errorf(w.name, line, "%s.%s must be a list of terms", locale, key[2])
	}
	it := v.Children()
	for it.Next() {
		t, err := w.term(it.Node(), line)
		if err != nil {
			return err
		}
		t.Locale, t.Status = locale, status
		c.Terms = append(c.Terms, t)
	}
	return nil
}

func (w *walker) term(n *unstable.Node, line int) (Term, error) {
	if l := w.line(n); l > 0 {
		line = l
	}
	switch n.Kind {
	case unstable.String:
		return Term{Text: norm.NFC.String(string(n.Data)), Line: line}, nil
	case unstable.InlineTable:
		t := Term{Line: line}
		hasTerm := false
		it := n.Children()
		for it.Next() {
			kv := it.Node()
			k := keyParts(kv.Key())
			v := kv.Value()
			kl := w.line(v)
			var err error
			switch strings.Join(k, ".") {
			case "term":
				hasTerm = true
				err = w.str(k, v, kl, &t.Text)
				t.Text = norm.NFC.String(t.Text)
				t.Line = kl
			case "case_sensitive":
				err = w.boolean(k, v, kl, &t.CaseSensitive)
			case "exact":
				err = w.boolean(k, v, kl, &t.Exact)
			case "note":
				err = w.str(k, v, kl, &t.Note)
			default:
				e := input.Errorf(w.name, kl, "unknown key %q in a term: use %s", strings.Join(k, "."), strings.Join(termTableKeys, ", "))
				e.Hint = tomlpos.KeyHint(k[len(k)-1], termTableKeys)
				err = e
			}
			if err != nil {
				return t, err
			}
		}
		if !hasTerm {
			return t, input.Errorf(w.name, line, "a term table needs term = \"…\"")
		}
		return t, nil
	}
	return Term{}, input.Errorf(w.name, line, "a term is a string or a table {term = \"…\", case_sensitive = true}")
}

func (w *walker) str(key []string, v *unstable.Node, line int, dst *string) error {
	if v.Kind != unstable.String {
		return input.Errorf(w.name, line, "%s must be a string", key[len(key)-1])
	}
	*dst = string(v.Data)
	return nil
}

func (w *walker) boolean(key []string, v *unstable.Node, line int, dst *bool) error {
	if v.Kind != unstable.Bool {
		return input.Errorf(w.name, line, "%s must be true or false", key[len(key)-1])
	}
	*dst = string(v.Data) == "true"
	return nil
}

// leadingComments returns the comment lines at the top of a file.
func leadingComments(data []byte) string {
	var b strings.Builder
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		line := data
		if i >= 0 {
			line = data[:i+1]
		}
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' {
			break
		}
		b.Write(line)
		data = data[len(line):]
	}
	return strings.TrimRight(b.String(), "\n")
}
