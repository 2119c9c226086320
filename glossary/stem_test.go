package glossary

import (
	"slices"
	"testing"

	"golang.org/x/text/cases"
)

// stem is the key a glossary term word of a locale is matched by.
func stem(locale, word string) string {
	return langFor(locale).termKey(foldWord(cases.Fold(), word))
}

// Inflected forms reduce to the key of the form written in the glossary.
func TestStemSnowball(t *testing.T) {
	tests := []struct {
		locale string
		forms  []string
	}{
		{"ru", []string{"Меджлис", "Меджлиса", "Меджлису", "Меджлисом", "Меджлисе"}},
		{"ru", []string{"Омбудсмен", "Омбудсмена", "Омбудсмену", "Омбудсменом", "Омбудсмене"}},
		{"ru", []string{"Бердымухамедов", "Бердымухамедова", "Бердымухамедову", "Бердымухамедовым"}},
		{"ru", []string{"организация", "организации", "организацией", "организацию"}},
		{"ru", []string{"Туркменистан", "Туркменистана", "Туркменистаном", "Туркменистане"}},
		{"ru", []string{"молодёжная", "молодежная", "молодёжной"}},
		{"ru", []string{"Министерство", "Министерства", "Министерством", "Министерстве"}},
		{"en", []string{"organization", "organizations"}},
		{"en", []string{"Women", "Women's", "Women’s"}},
		{"en", []string{"Goals", "Goal"}},
		{"en", []string{"IOM", "IOM's"}},
	}
	for _, tt := range tests {
		want := stem(tt.locale, tt.forms[0])
		for _, f := range tt.forms[1:] {
			if got := stem(tt.locale, f); got != want {
				t.Errorf("stem(%s, %q) = %q, want %q (the stem of %q)", tt.locale, f, got, want, tt.forms[0])
			}
		}
	}
	// forms that must stay apart
	for _, pair := range [][3]string{
		{"ru", "Омбудсмен", "Парламент"},
		{"ru", "Туркменистан", "Туркмения"},
		{"ru", "Бердымухамедов", "Бердымухаммедов"},
		{"en", "organization", "organisation"},
	} {
		if stem(pair[0], pair[1]) == stem(pair[0], pair[2]) {
			t.Errorf("%s: %q and %q have the same stem %q", pair[0], pair[1], pair[2], stem(pair[0], pair[1]))
		}
	}
}

// The Turkmen stripper: each inflected form has the written term word
// among its candidate stems.
func TestTurkmenStems(t *testing.T) {
	tests := []struct{ word, stem string }{
		// genitive, with harmony
		{"mejlisiň", "mejlis"},
		{"ombudsmeniň", "ombudsmen"},
		{"türkmenistanyň", "türkmenistan"},
		{"toparyň", "topar"},
		{"komissarynyň", "komissary"},
		// possessive + genitive / dative / locative / ablative / accusative
		{"guramasynyň", "guramasy"},
		{"guramasynyň", "gurama"},
		{"guramasyna", "guramasy"},
		{"guramasynda", "guramasy"},
		{"guramasyndan", "guramasy"},
		{"guramasyny", "guramasy"},
		{"ministrliginiň", "ministrligi"},
		{"ministrliginde", "ministrligi"},
		{"akademiýasynyň", "akademiýasy"},
		{"kabinetiniň", "kabineti"},
		{"institutynyň", "instituty"},
		{"jemgyýetiniň", "jemgyýeti"},
		{"konwensiýasyna", "konwensiýasy"},
		{"tertibinde", "tertibi"},
		// dative and locative on bare stems
		{"mejlise", "mejlis"},
		{"mejlisde", "mejlis"},
		{"türkmenistana", "türkmenistan"},
		{"türkmenistanda", "türkmenistan"},
		{"türkmenistandan", "türkmenistan"},
		{"türkmenistandaky", "türkmenistan"},
		// plural + possessive + case
		{"maksatlaryna", "maksatlary"},
		{"maksatlaryna", "maksat"},
		{"jemgyýetleriniň", "jemgyýetleri"},
		{"ýaşlar", "ýaş"},
		// voicing: birleşik → birleşigi
		{"birleşiginiň", "birleşigi"},
		{"birleşigi", "birleşik"},
		// hyphen endings on acronyms and numbers
		{"mhg-niň", "mhg"},
		// the dative of a stem in y or i replaces the vowel
		{"adalatça", "adalatçy"},
		{"adalatçynyň", "adalatçy"},
		{"adalatçysynyň", "adalatçy"},
		{"kişä", "kişi"},
		{"bmg-niň", "bmg"},
		{"2030-njy", "2030"},
	}
	for _, tt := range tests {
		if got := TurkmenStems(tt.word); !slices.Contains(got, tt.stem) {
			t.Errorf("TurkmenStems(%q) = %q, want %q among them", tt.word, got, tt.stem)
		}
	}
	// harmony and length keep these whole
	for _, tt := range []struct{ word, not string }{
		{"mejlis", "mejl"},       // -is is no suffix
		{"ombudsmen", "ombudsm"}, // -en is no suffix
		{"ata", "at"},            // a stem keeps three letters
		{"kitabe", "kitab"},      // front dative after a back stem
		{"mekdepa", "mekdep"},    // back dative after a front stem
	} {
		if got := TurkmenStems(tt.word); slices.Contains(got, tt.not) {
			t.Errorf("TurkmenStems(%q) = %q, should not contain %q", tt.word, got, tt.not)
		}
	}
}

func TestTurkmenHyphenSuffix(t *testing.T) {
	l := langFor("tk")
	var got []string
	text := "MHG-niň we Nýu-Ýork, 2030-njy ýyl, BMG-niň"
	for _, s := range tokenize(nil, text, l) {
		got = append(got, text[s.start:s.end])
	}
	want := []string{"MHG-niň", "we", "Nýu", "Ýork", "2030-njy", "ýyl", "BMG-niň"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %q, want %q", got, want)
	}
}
