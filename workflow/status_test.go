package workflow

import (
	"context"
	"os"
	"testing"

	"github.com/terjime/terjime/workflow/ui"
)

// TestStatusWithoutCatalog: a locale whose catalog does not exist yet
// counts, as untranslated, the segments and words its catalog will hold —
// those of the segments to translate, not the date line, which a catalog
// keeps as the source has it.
func TestStatusWithoutCatalog(t *testing.T) {
	ctx := context.Background()
	p := newProject(t, "07.08.2019 | The IOM seminar\n\nThe IOM office opened. Ten people came.\n")
	env, _, _ := ui.NewTest("", "")
	if err := Segment(ctx, env, p, SegmentOptions{NoTM: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(p.CatalogPath("tk", "a")); err != nil {
		t.Fatal(err)
	}
	rep, err := ComputeStatus(ctx, p, []string{"ru", "tk"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ru, tk := rep.Locales[0], rep.Locales[1]
	if tk.Segments.Total != ru.Segments.Total || tk.Words.Total != ru.Words.Total || tk.Segments.Untranslated != tk.Segments.Total {
		t.Errorf("without its catalog: %d segments, %d words (%d untranslated), want the %d segments, %d words a catalog holds, all untranslated",
			tk.Segments.Total, tk.Words.Total, tk.Segments.Untranslated, ru.Segments.Total, ru.Words.Total)
	}
	if ru.Segments.Total != 3 {
		t.Errorf("%d segments to translate, want 3 (the title and two sentences)", ru.Segments.Total)
	}
}
