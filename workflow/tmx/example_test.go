package tmx_test

import (
	"fmt"
	"strings"

	"github.com/terjime/terjime/workflow/tmx"
)

func ExampleRead() {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" srclang="EN" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="EN"><seg>Thank you.</seg></tuv>
      <tuv xml:lang="RU"><seg>Спасибо.</seg></tuv>
      <tuv xml:lang="TK"><seg>Sag boluň.</seg></tuv>
    </tu>
  </body>
</tmx>`
	tus, err := tmx.Read("project.tmx", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range tus {
		fmt.Printf("%s→%s %q → %q\n", t.SourceLocale, t.TargetLocale, t.Source, t.Target)
	}
	// Output:
	// EN→RU "Thank you." → "Спасибо."
	// EN→TK "Thank you." → "Sag boluň."
}
