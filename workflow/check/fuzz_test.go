package check

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzChecks feeds every check any source and translation, in two
// segments of one document that share the translation (so that the
// consistency checks compare them), the second source also the skeleton
// after the first and its kind cycling through paragraph, heading and
// item: no check may panic on what a translator types, and a second run
// finds the same, in the same order.
// Text that is not UTF-8 never reaches the checks: reading the catalog
// refuses it.
func FuzzChecks(f *testing.F) {
	for _, s := range [][3]string{
		{"A standard 4x8 sheet of flat wood.", "Стандартный деревянный лист 120х240.", "A standard 4x8 sheet of glass."},
		{"%1@%2 has 100 percents", "%1@%2 100%", "%1@%2 has 10 percents"},
		{"A 3 1/2 inch disk.", "Дискета 3,5\".", "A 3-1/2 inch disk."},
		{"The kingdom lasted from about 1680 BCE to about 1180 BCE.", "Царство просуществовало на протяжении XVII—XII веков до н. э.", "It was founded in 1147."},
		{"Smaller Icons", "Маленькие значки", "Small Icons"},
		{"HW address", "Аппаратный адрес", "Hardware Address"},
		{"<p>Blue book CD</p><p>K3b will create a CD.</p>", "<b>Blue book CD</b><br>K3b создаст диск.", "<p>One.</p>"},
		{"Too many silences detected.~%Only the first 10000 labels added.", "Слишком много тишины.~%Добавлены первые 10000 меток.", "~%s hours ago"},
		{"definition of static data member %q+D of dllimport%'d class", "определение элемента %q+D импортируемого dll класса", "%.0f rpm"},
		{"Aliases may only contain 'a-Z, 0-9, _, -'", "Псевдоним может содержать буквы и цифры.", "Press 0-9 to choose."},
		{"shotgun slugs, reloaded", "12 калибр (жакан, переснаряжённый)", "Files"},
		{"The IOM seminar opened in Ashgabat on 7 August 2019.", "MHG-niň semineri 2019-njy ýylyň 7-nji awgustynda Aşgabatda açyldy.", "The seminar closed."},
		{"In the 1990s, the 12th and 15th centuries, 8-ball or 9-ball.", "В 90-е годы, с 1136 года до XV века, восьмёрка или девятка.", "\n\n- "},
		{"It uses FUSE (filesystem in user space): add-shell run-parts which", "Использует FUSE (filesystem in user space): add-shell run-parts which", "</p>\n<ul>\n<li>"},
		{"Similar to rbenv, pyenv, ... :) See /usr/share/doc/x/README.Debian.", "Аналогично rbenv, pyenv и т. д. :) См. /usr/share/doc/x/README.Debian .", "()"},
		{"A .45 pistol, an 8\" blade, 43,252 patterns, around '06, a 30-foot (or about 9 m) vine, 10th seconds.", "Пистолет .45, диск 20 см, 43&nbsp;252 состояния, в 2006, девятиметровая лоза, ХХ—ХIХ вв, полтонны, 0,1 секунды.", "+1 555 2368"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	cfg := Config{Severity: map[string]string{"number-added": "warning"}}
	f.Fuzz(func(t *testing.T, src, tgt, other string) {
		if !utf8.ValidString(src) || !utf8.ValidString(tgt) || !utf8.ValidString(other) {
			return
		}
		pair := func(loc string) Pair {
			p := makePair(loc, [2]string{src, tgt}, [2]string{other, tgt})
			p.Source.Segments[0].Sep = other
			p.Source.Segments[0].Kind = [...]string{"paragraph", "heading", "item"}[len(other)%3]
			return p
		}
		for _, loc := range []string{"ru", "tk"} {
			first := names(runChecks(t, cfg, pair(loc)))
			again := names(runChecks(t, cfg, pair(loc)))
			if !slices.Equal(first, again) {
				t.Fatalf("%s: %q → %q, %q: the second run found %q, the first %q", loc, src, tgt, other, again, first)
			}
		}
	})
}
