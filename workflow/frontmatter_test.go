package workflow

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/edition"
)

// Front matter values over several lines — YAML block scalars, plain and
// quoted values that go on below, TOML multi-line strings — are
// translated: the source edition is the file byte for byte, and the
// translated edition's front matter reads back, as YAML or TOML, with the
// translation in each value (over several lines, with quotes, a colon and
// a hash that the quoting must hold).
func TestFrontMatterOverLines(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      map[string]string // key → its value read back from the edition
	}{
		{"yaml", "---\n" +
			"title: A plain title\n  that goes on\n" +
			"description: >-\n  Folded text\n  on two lines.\n" +
			"summary: |\n  Literal line one.\n\n  Literal line two.\n" +
			"tags: [a, b]\n---\nBody text.\n",
			map[string]string{
				"title":       `«Заголовок: # с "кавычками"»`,
				"description": "«Свёрнутый текст на двух строках.»",
				"summary":     "«Первая строка: #1.»\n\n«Вторая строка.»\n",
			}},
		{"yaml quoted", "---\ntitle: \"A quoted\n  title\"\nsummary: 'It''s\n  long'\n---\nBody text.\n",
			map[string]string{"title": `«Кавычки "внутри"»`, "summary": "«Апостроф ’ и 'это'»"}},
		{"toml", "+++\ntitle = \"\"\"\nA long\ntitle\"\"\"\nsummary = '''Literal\ntext'''\ndraft = true\n+++\nBody text.\n",
			map[string]string{"title": `«Длинный "заголовок"»`, "summary": "«Буквальный текст»"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, src := markdownDocument(t, tc.src)
			en, err := edition.Assemble(src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := en.Render(edition.Markdown, edition.Options{}); !bytes.Equal(got, []byte(tc.src)) {
				t.Fatalf("the source edition is not the file:\n%s", got)
			}
			// The translator's text for each value, in the order of the keys.
			var metas []string
			for _, s := range src.Segments {
				if s.Kind == "meta" {
					metas = append(metas, s.Source)
				}
			}
			if len(metas) != len(tc.want) {
				t.Fatalf("meta segments %q, want %d", metas, len(tc.want))
			}
			translations := map[string]string{}
			for _, k := range []string{"title", "description", "summary"} {
				if w, ok := tc.want[k]; ok {
					translations[metas[len(translations)]] = strings.TrimSuffix(w, "\n")
				}
			}
			tgt := &catalog.Catalog{Document: "a", Locale: "ru", SourceLocale: "en"}
			for _, s := range src.Segments {
				tr, ok := translations[s.Source]
				if !ok {
					tr = "Основной текст."
				}
				tgt.Segments = append(tgt.Segments, catalog.Segment{ID: s.ID, Source: s.Source,
					Target: tr, State: catalog.Translated, SourceHash: catalog.Hash(s.Source)})
			}
			ru, err := edition.Assemble(src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			out := string(ru.Render(edition.Markdown, edition.Options{}))
			fence := out[:3]
			fm, _, ok := strings.Cut(out[4:], "\n"+fence+"\n")
			if !ok {
				t.Fatalf("no front matter in the edition:\n%s", out)
			}
			got := map[string]any{}
			if fence == "+++" {
				err = toml.Unmarshal([]byte(fm), &got)
			} else {
				err = yaml.Unmarshal([]byte(fm), &got)
			}
			if err != nil {
				t.Fatalf("the edition's front matter does not parse: %v\n%s", err, fm)
			}
			for k, w := range tc.want {
				if got[k] != w {
					t.Errorf("%s = %q, want %q\n%s", k, got[k], w, fm)
				}
			}
			if got["lang"] != "ru" {
				t.Errorf("lang = %v", got["lang"])
			}
		})
	}
}
