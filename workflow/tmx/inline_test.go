package tmx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe/xmltest"
)

// Inline codes go out as <bpt>, <ept> and <ph> holding their markup, and
// come back in catalog notation; a translation whose codes are broken is
// left out.
func TestInlineCodes(t *testing.T) {
	s1, s2 := "Read the <1>IOM report</1> now.<2/>", "See <1>more</1>."
	src := &catalog.Catalog{Document: "news", Locale: "en", SourceLocale: "en", Format: "markdown", Segments: []catalog.Segment{
		{ID: "a1", Source: s1, Codes: []string{"[", "](https://iom.int)", "  \n"}, State: catalog.Final},
		{ID: "a2", Source: s2, Codes: []string{"[", "](/more)"}, State: catalog.Final},
	}}
	tgt := &catalog.Catalog{Document: "news", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "a1", Source: s1, Target: "<2/>Прочтите <1>доклад МОМ</1>.", State: catalog.Final},
		{ID: "a2", Source: s2, Target: "<1>Подробнее.", State: catalog.Final},
	}}
	var b bytes.Buffer
	if err := Write(&b, "en", FromPairs([]catalog.Pair{{Source: src, Target: tgt}})); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<seg>Read the <bpt i="1" x="1">[</bpt>IOM report<ept i="1">](https://iom.int)</ept> now.<ph x="2">  
</ph></seg>`,
		`<seg><ph x="2">  
</ph>Прочтите <bpt i="1" x="1">[</bpt>доклад МОМ<ept i="1">](https://iom.int)</ept>.</seg>`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the TMX lacks %s:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "Подробнее") {
		t.Error("a translation with broken codes was written")
	}
	tmp := filepath.Join(t.TempDir(), "codes.tmx")
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	xmltest.Lint(t, "--noout", tmp)
	tus, err := Read("codes.tmx", &b)
	if err != nil {
		t.Fatal(err)
	}
	if len(tus) != 1 || tus[0].Source != s1 || tus[0].Target != tgt.Segments[0].Target {
		t.Errorf("read back %+v", tus)
	}
}
