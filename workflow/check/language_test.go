package check

import (
	"slices"
	"testing"
)

// TestSpelledMail: the addresses spelt out against harvesters, and the
// English that only looks like one.
func TestSpelledMail(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// KDE's credits: words in brackets, "at", a host and its domain
		{"Laurent Montel (montel at kde org): сопровождающий", []string{"montel at kde org"}},
		{"Daniel Naber (daniel naber at t-online de): документация", []string{"daniel naber at t-online de"}},
		{"Sam Abed (earlgreykde at pop netspace net au): смайлики", []string{"earlgreykde at pop netspace net au"}},
		{"Martin Koller (kollix at aon at): участник", []string{"kollix at aon at"}},
		{"Ingo <ingo at fivemile org>", []string{"ingo at fivemile org"}},
		// the marks of an address spelt out
		{"Пишите на jdoe [at] example [dot] org.", []string{"jdoe [at] example [dot] org"}},
		{"Пишите на jdoe(at)example.org или jane_at_example.com", []string{"jdoe(at)example.org", "jane_at_example.com"}},
		{"Пишите на jdoe at example dot org, если что.", []string{"jdoe at example dot org"}},
		{"Пишите на JDoe AT example DOT co DOT uk", []string{"JDoe AT example DOT co DOT uk"}},
		// English, not an address
		{"Семинар прошёл at home in the capital.", nil},
		{"Семинар (held at the capital of the country)", nil},
		{"Look at example.org first", nil}, // no mark of an address spelt out, no brackets
		{"(look at the page): сопровождающий", nil},
		{"(see the manual at section 2)", nil},
		{"Нажмите кнопку (press the key at the top of it) сейчас.", nil}, // "it" is a word, not Italy's domain
	}
	for _, c := range cases {
		var got []string
		for _, sp := range spelledMail(c.text) {
			got = append(got, c.text[sp[0]:sp[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("spelledMail(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
