package xliff

import (
	"github.com/terjime/terjime/workflow/catalog"
)

// fixture is a two-document translation into Russian with a segment in
// every state, a date line, separators, glossary hints, notes, a hard
// line break and characters that need escaping.
func fixture() []catalog.Pair {
	src := &catalog.Catalog{
		Document: "iom-seminar", Locale: "en", SourceLocale: "en",
		SourceFile: "testdata/iom-seminar.en.txt",
		Segments: []catalog.Segment{
			{ID: "30a248c7b200", Kind: "date", Block: 0, Verbatim: true, Source: "07.08.2019", Sep: " | "},
			{ID: "67a14bfb5471", Kind: "title", Block: 0, Source: "Cooperation in countering global threats", Sep: "\n\n"},
			{ID: "5ce6fa46ab49", Kind: "paragraph", Block: 1, Source: "The IOM office organized the seminar.", Sep: " "},
			{ID: "a3c2d7e034f5", Kind: "paragraph", Block: 1, Source: "Representatives of the Mejlis & Ombudsman\r\nwere invited.", Sep: "  "},
			{ID: "00ce9e1e701d", Kind: "paragraph", Block: 1, Source: "They spoke about <rights> and \"freedoms\".", Sep: "\r\n\r\n"},
			{ID: "ac4eec2aa8d9", Kind: "item", Block: 2, Source: "Moreover, the country adheres to humanism.", Sep: "\n"},
			{ID: "ac041b2adfa2", Kind: "item", Block: 3, Source: "The Protocol was ratified.", Sep: "\n"},
		},
	}
	tgt := &catalog.Catalog{
		Document: "iom-seminar", Locale: "ru", SourceLocale: "en",
		Segments: []catalog.Segment{
			{ID: "67a14bfb5471", Source: "Cooperation in countering global threats", Target: "Сотрудничество в противодействии глобальным угрозам", State: catalog.Final, SourceHash: "67a14bfb5471"},
			{ID: "5ce6fa46ab49", Source: "The IOM office organized the seminar.", Target: "Офис МОМ организовал семинар.", State: catalog.Reviewed, Terms: []string{"IOM → МОМ"}},
			{ID: "a3c2d7e034f5", Source: "Representatives of the Mejlis & Ombudsman\r\nwere invited.", Target: "Были приглашены представители Меджлиса и Омбудсмена.", State: catalog.Outdated,
				PreviousSource: "Representatives of the Mejlis were invited.", Terms: []string{"Mejlis → Меджлис", "Ombudsman → Омбудсмен"}},
			{ID: "00ce9e1e701d", Source: "They spoke about <rights> and \"freedoms\".", Target: "Они говорили о «правах» & свободах.", State: catalog.Translated, Note: "no-numbers-check; ask the editor"},
			{ID: "ac4eec2aa8d9", Source: "Moreover, the country adheres to humanism.", State: catalog.Untranslated, Terms: []string{"humanism → гуманизм"}},
			{ID: "ac041b2adfa2", Source: "The Protocol was ratified.", State: catalog.Untranslated, Note: "Protocol: see the UN text"},
		},
	}
	src2 := &catalog.Catalog{
		Document: "second", Locale: "en", SourceLocale: "en",
		Segments: []catalog.Segment{
			{ID: "111111111111", Kind: "title", Block: 0, Source: "A tab\there", Sep: "\n"},
		},
	}
	tgt2 := &catalog.Catalog{
		Document: "second", Locale: "ru", SourceLocale: "en",
		Segments: []catalog.Segment{
			{ID: "111111111111", Source: "A tab\there", Target: "Табуляция\tздесь", State: catalog.Translated},
			// not in the source catalog yet (catalogs out of step): still exported
			{ID: "222222222222", Source: "An orphan.", Target: "Сирота.", State: catalog.Translated},
		},
	}
	return []catalog.Pair{{Source: src, Target: tgt}, {Source: src2, Target: tgt2}}
}
