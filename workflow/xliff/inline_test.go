package xliff

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe/xmltest"
)

// codePair is a Markdown paragraph of two sentences with inline codes, the
// first translated, the second with a code the translator broke.
func codePair() catalog.Pair {
	s1 := "Read the <1>IOM <2>report</2></1> now.<3/>"
	s2 := "See <1>more</1>."
	src := &catalog.Catalog{Document: "news", Locale: "en", SourceLocale: "en", Format: "markdown", SourceFile: "news.md",
		Segments: []catalog.Segment{
			{ID: "a1", Source: s1, Kind: "paragraph", Codes: []string{"[", "*", "*", "](https://iom.int)", "  \n"}, Sep: " ", State: catalog.Final},
			{ID: "a2", Source: s2, Kind: "paragraph", Codes: []string{"[", "](/en/more)"}, Sep: "\n", State: catalog.Final},
		}}
	tgt := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "a1", Source: s1, Target: "<3/>Прочтите <1><2>доклад</2> МОМ</1> сейчас.", State: catalog.Translated},
		{ID: "a2", Source: s2, Target: "<1>Подробнее.", State: catalog.Translated},
	}}
	return catalog.Pair{Source: src, Target: tgt}
}

// Inline codes go out as XLIFF's own elements, valid against the OASIS
// schemas, and come back in catalog notation exactly; a target whose codes
// are broken is not exported.
func TestInlineCodes(t *testing.T) {
	want := map[string][]string{
		"xliff": {`<pc id="1-1" dataRefStart="d1-1" dataRefEnd="d1-1e">IOM <pc id="1-2" dataRefStart="d1-2" dataRefEnd="d1-2e">report</pc></pc>`,
			`<ph id="1-3" dataRef="d1-3"/>`, `<data id="d1-1e">](https://iom.int)</data>`, `<data id="d1-3">  
</data>`, `<pc id="2-1" dataRefStart="d2-1" dataRefEnd="d2-1e">more</pc>`},
		"xliff12": {`<g id="1-1">IOM <g id="1-2">report</g></g> now.<x id="1-3"/>`, `<target state="translated"><x id="1-3"/>Прочтите`},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			data := export(t, f.write, []catalog.Pair{codePair()}, Options{})
			for _, w := range want[f.name] {
				if !strings.Contains(string(data), w) {
					t.Errorf("the export lacks %s:\n%s", w, data)
				}
			}
			if strings.Contains(string(data), "Подробнее") {
				t.Error("a target with broken codes was exported")
			}
			tmp := filepath.Join(t.TempDir(), f.name+".xlf")
			if err := os.WriteFile(tmp, data, 0o644); err != nil {
				t.Fatal(err)
			}
			xmltest.Lint(t, "--schema", f.schema, tmp)
			x := read(t, f.name+".xlf", data)
			u := byID(x.Units)
			if got := u["a1"]; got.Source != codePair().Target.Segments[0].Source || got.Target != codePair().Target.Segments[0].Target {
				t.Errorf("read back %q → %q", got.Source, got.Target)
			}
			if got := u["a2"]; got.Source != "See <1>more</1>." || got.Target != "" {
				t.Errorf("read back %q → %q", got.Source, got.Target)
			}
		})
	}
}
