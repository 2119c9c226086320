package xliff_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xliff"
)

func ExampleWrite() {
	src := &catalog.Catalog{Document: "note", Locale: "en", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "a1", Kind: "paragraph", Source: "Hello.", Sep: " "},
		{ID: "b2", Kind: "paragraph", Source: "Goodbye.", Sep: "\n"},
	}}
	ru := &catalog.Catalog{Document: "note", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "a1", Source: "Hello.", Target: "Здравствуйте.", State: catalog.Final},
		{ID: "b2", Source: "Goodbye."},
	}}
	err := xliff.Write(os.Stdout, "en", "ru", []catalog.Pair{{Source: src, Target: ru}}, xliff.Options{})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="ru">
	//   <file id="note" canResegment="no" xml:space="preserve">
	//     <unit id="b0" type="terjime:paragraph">
	//       <mda:metadata>
	//         <mda:metaGroup category="terjime:base" appliesTo="target">
	//           <mda:meta type="a1">f1a5b63a5253 final</mda:meta>
	//           <mda:meta type="b2">- untranslated</mda:meta>
	//         </mda:metaGroup>
	//       </mda:metadata>
	//       <segment id="a1" state="final">
	//         <source>Hello.</source>
	//         <target>Здравствуйте.</target>
	//       </segment>
	//       <ignorable>
	//         <source> </source>
	//       </ignorable>
	//       <segment id="b2" state="initial">
	//         <source>Goodbye.</source>
	//       </segment>
	//     </unit>
	//   </file>
	// </xliff>
}

func ExampleRead() {
	// A CAT tool has translated the second segment.
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
  <file id="note">
    <unit id="b0">
      <segment id="b2" state="translated">
        <source>Goodbye.</source>
        <target>До свидания.</target>
      </segment>
    </unit>
  </file>
</xliff>`
	x, err := xliff.Read("note.ru.xlf", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range x.Units {
		fmt.Printf("%s %s/%s %s: %q (line %d)\n", x.TargetLocale, u.Document, u.ID, u.State, u.Target, u.Line)
	}
	// Output:
	// ru note/b2 translated: "До свидания." (line 5)
}
