package workflow

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/ui"
)

func TestStatusCountsPrefilled(t *testing.T) {
	p := newProject(t, "Title line\n\nOne sentence here. Another one follows.\n")
	env, _, _ := ui.NewTest("", "")
	ctx := context.Background()
	if err := Segment(ctx, env, p, SegmentOptions{NoTM: true}); err != nil {
		t.Fatal(err)
	}
	path := p.CatalogPath("ru", "a")
	data, _ := os.ReadFile(path)
	// One segment as the translation memory leaves it, one by hand.
	s := strings.Replace(string(data), `target = ""`, `target = "Заголовок"`, 1)
	s = strings.Replace(s, `state = "untranslated"`, `state = "translated"`, 1)
	s = strings.Replace(s, `note = ""`, `note = "tm: 100% match from b#123456789abc (final)"`, 1)
	s = strings.Replace(s, `note = ""`, `note = "checked"`, 1)
	os.WriteFile(path, []byte(s), 0o644)

	rep, err := ComputeStatus(ctx, p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rep.Locales {
		want := 0
		if l.Locale == "ru" {
			want = 1
		}
		if l.Prefilled != want || l.Documents[0].Prefilled != want {
			t.Errorf("%s: prefilled = %d (document %d), want %d", l.Locale, l.Prefilled, l.Documents[0].Prefilled, want)
		}
	}
	env, _, errb := ui.NewTest("ru", "")
	if err := Status(ctx, env, p, StatusOptions{FailUnder: -1}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "ru: 1 сегмент заполнен из памяти переводов") {
		t.Errorf("stderr = %q", errb)
	}
}
