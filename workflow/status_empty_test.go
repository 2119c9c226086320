package workflow

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

// TestStatusAndCheckAgreeOnEmptyTargets: a segment counts as done in
// status exactly when check has no missing work for it — an empty or
// blank target is never done, whatever its state says.
func TestStatusAndCheckAgreeOnEmptyTargets(t *testing.T) {
	ctx := context.Background()
	for _, state := range catalog.States {
		for _, target := range []string{"", "   ", "\u00a0\n", "Заголовок"} {
			t.Run(fmt.Sprintf("%s/%q", state, target), func(t *testing.T) {
				p := newProject(t, "Title line\n")
				env, _, _ := ui.NewTest("", "")
				if err := Segment(ctx, env, p, SegmentOptions{NoTM: true}); err != nil {
					t.Fatal(err)
				}
				path := p.CatalogPath("ru", "a")
				cat, err := catalog.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				cat.Segments[0].Target, cat.Segments[0].State = target, state
				if err := os.WriteFile(path, cat.Marshal(), 0o644); err != nil {
					t.Fatal(err)
				}
				rep, err := ComputeStatus(ctx, p, []string{"ru"}, nil)
				if err != nil {
					t.Fatal(err)
				}
				done := rep.Locales[0].Segments.Done() == 1
				want := state.Done() && strings.TrimSpace(target) != ""
				if done != want {
					t.Errorf("status counts it done = %v, want %v", done, want)
				}
				cr, err := CheckProject(ctx, p, CheckOptions{Locales: []string{"ru"}})
				if err != nil {
					t.Fatal(err)
				}
				missing := cr.Summary.Missing > 0 || cr.Summary.Errors > 0 && !done
				if missing == done {
					t.Errorf("check: missing work = %v while status says done = %v: %+v", missing, done, cr.Findings)
				}
			})
		}
	}
}
