package check

import (
	"reflect"
	"testing"
)

// Inline codes of a Markdown or HTML segment: each of the source's exactly
// once and properly nested, in any order; the other checks read the text
// without them, so the digits of <1> are no numbers.
func TestInlineCodes(t *testing.T) {
	const src = "Read the <1>2019 report</1> of <2>IOM</2>.<3/>"
	codes := []string{"[", "](/r)", "**", "**", "  \n"}
	for _, tc := range []struct {
		tgt  string
		want []string
	}{
		{"Прочтите <1>доклад 2019 года</1> <2>МОМ</2>.<3/>", nil},
		{"<2>МОМ</2>: <1>доклад 2019 года</1>.<3/>", nil},
		{"Прочтите доклад 2019 года <2>МОМ</2>.<3/>", []string{
			"markup: the code <1> of the source is missing from the translation",
			"markup: the code </1> of the source is missing from the translation"}},
		{"Прочтите <1>доклад 2019 года <2>МОМ</1></2>.<3/><3/><4/>", []string{
			"markup: the code </1> closes out of order: paired codes must nest",
			"markup: the code <3/> appears more than once in the translation",
			"markup: the translation has the code <4/>, which is not in the source"}},
		{"Прочтите </1>доклад 2019 года<1> <2>МОМ</2>.<3/>", []string{
			"markup: the code </1> closes before it opens"}},
	} {
		p := makePair("ru", [2]string{src, tc.tgt})
		p.Source.Segments[0].Codes = codes
		if got := names(runChecks(t, Config{}, p)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.tgt, got, tc.want)
		}
	}
}
