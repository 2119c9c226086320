package locales_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// A UI message ID is CamelCase, of two words or more, with an optional
// lower-case suffix after an underscore: SegmentSummary, TMMatch,
// TMKind_exact.
var messageIDForm = regexp.MustCompile(`^[A-Z](?:[A-Za-z0-9]*[a-z0-9][A-Z]|[A-Z]*[A-Z][a-z])[A-Za-z0-9]*(_[a-z][a-z0-9]*)?$`)

// prefixOf is an ID's first word: "Segment" of SegmentSummary, "TM" of
// TMMatch, "Go" of GoI18nMissing.
func prefixOf(id string) string {
	caps := len(id) - len(strings.TrimLeft(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
	if caps > 1 {
		return id[:caps-1] // an acronym; its last capital starts the next word
	}
	rest := strings.TrimLeft(id[1:], "abcdefghijklmnopqrstuvwxyz0123456789")
	return id[:len(id)-len(rest)]
}

func messageIDs(t *testing.T, file string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]any
	if err := toml.Unmarshal(data, &msgs); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for id := range msgs {
		ids[id] = true
	}
	return ids
}

// use is a place in the code that names a message ID.
type use struct {
	id  string
	pos token.Position
}

// codeUses finds, in every Go file of the module but the tests, the string
// literals that are message IDs: literals of an ID's form whose first word
// is the first word of a message of active.en.toml (a literal "Segment…",
// "Check…", "TM…"). It also returns the calls of T and Info (the
// localizer's entry points) whose ID is put together at run time, which
// this test could not see.
func codeUses(t *testing.T, root string, prefixes map[string]bool) (uses []use, built []token.Position) {
	t.Helper()
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		// Struct tags and the keys of template data (map[string]any{"Path":
		// …, "FileState": …}) are not messages.
		skip := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Field:
				if n.Tag != nil {
					skip[n.Tag] = true
				}
			case *ast.CompositeLit:
				if m, ok := n.Type.(*ast.MapType); ok && isAny(m.Value) {
					for _, e := range n.Elts {
						if kv, ok := e.(*ast.KeyValueExpr); ok {
							if k, ok := kv.Key.(*ast.BasicLit); ok {
								skip[k] = true
							}
						}
					}
				}
			case *ast.BasicLit:
				if n.Kind != token.STRING || skip[n] {
					return true
				}
				s, err := strconv.Unquote(n.Value)
				if err == nil && messageIDForm.MatchString(s) && prefixes[prefixOf(s)] {
					uses = append(uses, use{s, fset.Position(n.Pos())})
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "T" && sel.Sel.Name != "Info") || len(n.Args) == 0 {
					return true
				}
				if b, ok := n.Args[0].(*ast.BinaryExpr); ok && b.Op == token.ADD {
					built = append(built, fset.Position(n.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return uses, built
}

// isAny reports whether a type expression is any or interface{}.
func isAny(e ast.Expr) bool {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name == "any"
	}
	it, ok := e.(*ast.InterfaceType)
	return ok && len(it.Methods.List) == 0
}

// TestMessageIDsInCode holds the code and the message files to each other:
// every message ID the code names is in active.en.toml, active.ru.toml and
// active.tk.toml (a missing one would print as its bare ID), and every
// message of active.en.toml is named somewhere in the code (a message no
// code names is dead).
func TestMessageIDsInCode(t *testing.T) {
	langs := map[string]map[string]bool{}
	for _, lang := range []string{"en", "ru", "tk"} {
		langs[lang] = messageIDs(t, "active."+lang+".toml")
	}
	en := langs["en"]
	prefixes := map[string]bool{}
	for id := range en {
		prefixes[prefixOf(id)] = true
	}
	uses, built := codeUses(t, "..", prefixes)
	for _, pos := range built {
		t.Errorf("%s: the message ID is put together at run time; name it with a literal so that this test sees it", pos)
	}
	named := map[string]bool{}
	for _, u := range uses {
		named[u.id] = true
		for _, lang := range []string{"en", "ru", "tk"} {
			if !langs[lang][u.id] {
				t.Errorf("%s: message %s is not in locales/active.%s.toml", u.pos, u.id, lang)
			}
		}
	}
	var dead []string
	for id := range en {
		// The help of the commands is named by the command tree, not by
		// literals: cmd/terjime's TestHelpMessages holds it to the tree.
		if !named[id] && !strings.HasPrefix(id, "Cmd") {
			dead = append(dead, id)
		}
	}
	slices.Sort(dead)
	for _, id := range dead {
		t.Errorf("message %s of active.en.toml is named by no code", id)
	}
	if len(uses) < len(en)/2 {
		t.Fatalf("found only %d message IDs in the code for %d messages: the search is broken", len(uses), len(en))
	}
}

func TestPrefixOf(t *testing.T) {
	for id, want := range map[string]string{
		"SegmentSummary": "Segment", "TMMatch": "TM", "TMKind_exact": "TM", "GoI18nMissing": "Go",
		"CheckUntranslated": "Check", "RunInterrupted": "Run",
	} {
		if got := prefixOf(id); got != want {
			t.Errorf("prefixOf(%q) = %q, want %q", id, got, want)
		}
	}
}
