package tm_test

import (
	"fmt"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/tm"
)

func ExampleScore() {
	fmt.Println(tm.Score("The seminar took place in Ashgabat.", "The seminar took place in Ashgabat."))
	fmt.Println(tm.Score("The seminar took place in Ashgabat!", "The seminar took place in Ashgabat."))
	fmt.Println(tm.Score("The seminar took place in Mary.", "The seminar took place in Ashgabat."))
	fmt.Println(tm.Score("Семинар прошёл в Мары.", "Семинар прошёл в Ашхабаде."))
	// Output:
	// 100
	// 99
	// 83
	// 75
}

func ExampleIndex_Lookup() {
	origins := []tm.Origin{{Path: "locales/tk/news.toml", Kind: "catalog"}}
	units := []tm.Unit{{
		SourceLocale: "en", TargetLocale: "tk",
		Source: "The seminar took place in Ashgabat.", Target: "Seminar Aşgabatda geçirildi.",
		Document: "news", ID: "350be7d5664c", State: catalog.Reviewed,
	}}
	data, err := tm.Build(origins, units)
	if err != nil {
		panic(err)
	}
	x, err := tm.Open(data)
	if err != nil {
		panic(err)
	}
	for _, m := range x.Lookup(tm.Query{Text: "The seminar took place in Mary.", SourceLocale: "en", TargetLocale: "tk", Min: 75}) {
		fmt.Printf("%d%% %s#%s (%s): %s\n", m.Score, m.Document, m.ID, m.State, m.Target)
	}
	// Output:
	// 83% news#350be7d5664c (reviewed): Seminar Aşgabatda geçirildi.
}

func ExampleDiff() {
	for _, s := range tm.Diff("The seminar took place in Mary.", "The seminar took place in Ashgabat.") {
		switch s.Op {
		case tm.Removed:
			fmt.Printf("[-%s-]", s.Text)
		case tm.Added:
			fmt.Printf("{+%s+}", s.Text)
		default:
			fmt.Print(s.Text)
		}
	}
	fmt.Println()
	// Output:
	// The seminar took place in [-Ashgabat-] {+Mary+}.
}
