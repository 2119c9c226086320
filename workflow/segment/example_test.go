package segment_test

import (
	"fmt"
	"strings"

	"github.com/terjime/terjime/workflow/segment"
)

func ExampleSplit() {
	text := "07.08.2019 | Cooperation in countering threats\n\n" +
		"The IOM office organized a seminar on trafficking in persons.Representatives of the\n" +
		"Mejlis, e.g. Mr. G. Berdimuhamedov, took part. They met at 10 a.m. Friday.\n\n" +
		"More related articles\n\n" +
		"IOM seminar focuses on mechanisms to combat trafficking\n" +
		"Cure or poison? Pertaining to medical tourism\n"
	doc := segment.Split(text, segment.Options{Lang: "en"})
	var rebuilt strings.Builder
	rebuilt.WriteString(doc.Lead)
	for _, s := range doc.Segments {
		fmt.Printf("%d %-9s %s\n", s.Block, s.Kind, segment.OneLine(s.Text))
		rebuilt.WriteString(s.Text + s.Sep)
	}
	fmt.Println(rebuilt.String() == text)
	// Output:
	// 0 date      07.08.2019
	// 0 title     Cooperation in countering threats
	// 1 paragraph The IOM office organized a seminar on trafficking in persons.
	// 1 paragraph Representatives of the Mejlis, e.g. Mr. G. Berdimuhamedov, took part.
	// 1 paragraph They met at 10 a.m. Friday.
	// 2 heading   More related articles
	// 3 item      IOM seminar focuses on mechanisms to combat trafficking
	// 3 item      Cure or poison? Pertaining to medical tourism
	// true
}

func ExampleSplit_russian() {
	doc := segment.Split("Закон принят в 2012 г. В г. Ашхабаде обсуждались миграция, занятость и т.д. Итоги подвёл Г. Бердымухамедов.", segment.Options{Lang: "ru"})
	for _, s := range doc.Segments {
		fmt.Println(s.Text)
	}
	// Output:
	// Закон принят в 2012 г.
	// В г. Ашхабаде обсуждались миграция, занятость и т.д.
	// Итоги подвёл Г. Бердымухамедов.
}

func ExampleSplit_turkmen() {
	doc := segment.Split("Kanun 2019 ý. 1-nji ýanwarda güýje girdi.Halylar, el işleri we ş.m. Sergi üç gün dowam etdi.", segment.Options{Lang: "tk"})
	for _, s := range doc.Segments {
		fmt.Println(s.Text)
	}
	// Output:
	// Kanun 2019 ý. 1-nji ýanwarda güýje girdi.
	// Halylar, el işleri we ş.m.
	// Sergi üç gün dowam etdi.
}
