package glossarycheck

import (
	"slices"
	"strconv"
	"testing"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
)

func testGlossary(t *testing.T) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Load("../../glossary/terms.toml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func pairOf(doc string, segs ...[3]string) check.Pair {
	src := &catalog.Catalog{Document: doc, Locale: "en", SourceLocale: "en", Path: "locales/en/" + doc + ".toml"}
	tgt := &catalog.Catalog{Document: doc, Locale: "tk", SourceLocale: "en", Path: "locales/tk/" + doc + ".toml"}
	for i, s := range segs {
		id := doc + string(rune('a'+i))
		src.Segments = append(src.Segments, catalog.Segment{ID: id, Source: s[0], State: catalog.Final, Line: 10 * (i + 1)})
		st := catalog.Translated
		if s[1] == "" {
			st = catalog.Untranslated
		}
		tgt.Segments = append(tgt.Segments, catalog.Segment{ID: id, Source: s[0], Target: s[1], State: st, Note: s[2], Line: 10*(i+1) + 1})
	}
	return check.Pair{Source: src, Target: tgt}
}

func TestPass(t *testing.T) {
	g := testGlossary(t)
	pairs := []check.Pair{
		pairOf("one",
			[3]string{"The International Organization for Migration thanked the Mejlis.", "Migrasiýa boýunça halkara guramasy Mejlise minnetdarlyk bildirdi.", ""},
			[3]string{"The Mejlis met.", "Parlament ýygnandy.", ""},
			[3]string{"The Mejlis met.", "Parlament ýygnandy.", "no-glossary-missing-check"},
			[3]string{"The Mejlis met.", "", ""}, // untranslated: not checked
		),
		pairOf("two",
			[3]string{"The International Organization for Migration held a seminar.", "Halkara migrasiýa guramasy seminar geçirdi.", ""},
			[3]string{"Magtyumguly Youth Organization", "Magtymguly adyndaky Ýaşlar guramasy", ""},
		),
	}
	var got []string
	gp := New(g)
	gp.Add(pairs)
	for _, f := range gp.Findings() {
		got = append(got, f.Check+" "+f.Severity.String()+" "+f.File+":"+strconv.Itoa(f.Line)+" "+f.Segment)
		if f.Message == "" || f.Key == "" {
			t.Errorf("finding without message: %+v", f)
		}
	}
	slices.Sort(got)
	want := []string{
		"glossary-inconsistent warning locales/tk/two.toml:11 twoa",
		"glossary-missing error locales/tk/one.toml:21 oneb",
		"glossary-source warning locales/en/two.toml:20 twob",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%q\nwant\n%q", got, want)
	}
}
