package workflow_test

import (
	"bytes"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/terjime/terjime/"

// layers are the layers of ARCHITECTURE.md, lowest first: a package
// imports only packages of its own layer or below.
var layers = [][]string{
	{"internal/cputime", "internal/csvsafe", "internal/ctlchar", "internal/golden", "internal/input",
		"internal/locale", "internal/tomlpos", "internal/turkmen", "internal/typo"},
	{"workflow/segment", "glossary", "workflow/xmlsafe", "workflow/xmlsafe/xmltest", "workflow/disk",
		"workflow/ui", "workflow/ui/palette", "locales"},
	{"workflow/catalog", "workflow/markup", "workflow/fuzzy", "workflow/tm"},
	{"workflow/interchange", "workflow/xliff", "workflow/po", "workflow/csvfile", "workflow/goi18nfile",
		"workflow/tmx", "workflow/markdown", "workflow/htmldoc", "workflow/blocks", "workflow/blocks/blockstest"},
	{"workflow/merge", "workflow/memory", "workflow/check", "workflow/check/checkbench", "workflow/glossarycheck",
		"workflow/goi18ncheck", "workflow/edition", "workflow/edition/internal/htmlcheck", "workflow/git", "workflow/lock"},
	{"workflow"},
	{"cmd/terjime", "bench/checkgen", "bench/mdgen", "bench/realdata"},
}

// TestLayers holds the code to ARCHITECTURE.md's map: imports run
// downward only (the engines, formats and model never import workflow or
// anything above them), and every package has its place on the map and
// its documentation in its doc.go, where a reader looks for it.
func TestLayers(t *testing.T) {
	rank := map[string]int{}
	for i, l := range layers {
		for _, p := range l {
			rank[p] = i
		}
	}
	fset := token.NewFileSet()
	seen := map[string]bool{}
	hasDoc := map[string]bool{} // a package's doc.go holds its doc comment
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != ".." && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != ".." {
				return filepath.SkipDir // a module of its own (bench/mdparsers), not terjime's
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(src, []byte("//go:build ignore")) {
			return nil // a generator run by go generate, no part of the package
		}
		f, err := parser.ParseFile(fset, path, src, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("..", filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		isDoc := filepath.Base(path) == "doc.go"
		hasDoc[pkg] = hasDoc[pkg] || isDoc && f.Doc != nil
		if f.Doc != nil && !isDoc {
			t.Errorf("%s: the package's doc comment belongs in %s/doc.go", path, pkg)
		}
		r, ok := rank[pkg]
		if !ok {
			if !seen[pkg] {
				t.Errorf("%s is not on the map: give it its layer in ARCHITECTURE.md and in this test", pkg)
			}
			seen[pkg] = true
			return nil
		}
		for _, imp := range f.Imports {
			target, _ := strconv.Unquote(imp.Path.Value)
			dep, ok := strings.CutPrefix(target, module)
			if !ok {
				continue
			}
			if dr, known := rank[dep]; known && dr > r {
				t.Errorf("%s imports %s, a layer above it (%s)", pkg, dep, fset.Position(imp.Pos()))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for pkg, ok := range hasDoc {
		if !ok {
			t.Errorf("%s has no doc.go with the package's doc comment", pkg)
		}
	}
}
