package glossary_test

import (
	"fmt"
	"log"

	"github.com/terjime/terjime/glossary"
)

const exampleGlossary = `version = 1

[[concept]]
id = "mejlis"
  [concept.en]
  preferred = ["Mejlis"]
  [concept.ru]
  preferred = ["Меджлис"]
  forbidden = ["Парламент Туркменистана"]
  [concept.tk]
  preferred = [{ term = "Mejlis", case_sensitive = true }]

[[concept]]
id = "iom"
  [concept.en]
  preferred = ["International Organization for Migration", { term = "IOM", case_sensitive = true }]
  [concept.ru]
  preferred = ["Международная организация по миграции", { term = "МОМ", case_sensitive = true }]
  forbidden = [{ term = "ИОМ", case_sensitive = true }]
  [concept.tk]
  preferred = ["Migrasiýa boýunça halkara guramasy", { term = "MHG", case_sensitive = true }]
  admitted = ["Halkara migrasiýa guramasy"]
`

func ExampleGlossary_Check() {
	g, err := glossary.Parse("terms.toml", []byte(exampleGlossary))
	if err != nil {
		log.Fatal(err)
	}
	source := "Representatives of the Mejlis met the IOM office."
	for _, tt := range []struct{ locale, target string }{
		{"tk", "Mejlisiň wekilleri MHG-niň edarasy bilen duşuşdylar."},
		{"ru", "Представители Меджлиса встретились с офисом ИОМ."},
		{"ru", "Представители Парламента встретились с офисом МОМ."},
	} {
		problems := g.Check("en", tt.locale, source, tt.target)
		fmt.Printf("%s: %d problems\n", tt.locale, len(problems))
		for _, p := range problems {
			fmt.Printf("  %s %s: found %q, expected %q\n", p.Kind, p.Concept.ID, p.Found, p.Expected)
		}
	}
	// Output:
	// tk: 0 problems
	// ru: 1 problems
	//   forbidden iom: found "ИОМ", expected ["Международная организация по миграции" "МОМ"]
	// ru: 1 problems
	//   missing mejlis: found "", expected ["Меджлис"]
}

func ExampleGlossary_Hints() {
	g, err := glossary.Parse("terms.toml", []byte(exampleGlossary))
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range g.Hints("en", "tk", "The IOM and the International Organization for Migration") {
		fmt.Println(h)
	}
	// Output:
	// IOM → MHG
	// International Organization for Migration → Migrasiýa boýunça halkara guramasy (admitted: Halkara migrasiýa guramasy)
}

func ExampleMatcher_Find() {
	g, err := glossary.Parse("terms.toml", []byte(exampleGlossary))
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range g.Matcher("ru").Find("сотрудничество Меджлиса с Международной организацией по миграции") {
		fmt.Printf("%s %q\n", m.Concept.ID, m.Text)
	}
	// Output:
	// mejlis "Меджлиса"
	// iom "Международной организацией по миграции"
}

// Every analysis the suffix rules allow is a candidate; a word matches a
// term word equal to one of them ("guramasy", "gurama").
func ExampleTurkmenStems() {
	fmt.Println(glossary.TurkmenStems("guramasynyň"))
	fmt.Println(glossary.TurkmenStems("mhg-nyň"))
	// Output:
	// [guramasynyň guramasy guramasyn guramasyny gurama guramas]
	// [mhg]
}
