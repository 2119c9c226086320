package catalog

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
)

var benchWords = strings.Fields(`seminar ministry cooperation international organization migration trafficking
persons representatives mejlis ombudsman justice education labour welfare institute state law democracy academy
sciences youth union national society teachers institutions country forum speaking emphasized member community
documents regulating rights freedoms commitment obligations principles humanism development legal significant
contribution constructive federation office commissioner refugees convention crime protocol women children
instrument efforts governments structures departments organizations criminal code legislation meeting cabinet
president resolution commission implementation humanitarian monitoring recommendations awareness population
priorities policy achievement goals agenda conditions inclusive rule equality participation economic political
cultural plan action scheme programmes experts consultations reports reviews practices presentation manual
students project strengthening vulnerable migrants response regional global challenges took place during`)

// benchSentence makes a deterministic pseudo-sentence of 12–28 words.
func benchSentence(r *rand.Rand) string {
	n := 12 + r.IntN(17)
	w := make([]string, n)
	for i := range w {
		w[i] = benchWords[r.IntN(len(benchWords))]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// editSentence changes a few words, the way an editor revises a sentence.
func editSentence(r *rand.Rand, s string) string {
	w := strings.Fields(strings.TrimSuffix(s, "."))
	for k := 0; k < 1+r.IntN(3); k++ {
		w[r.IntN(len(w))] = benchWords[r.IntN(len(benchWords))]
	}
	return strings.Join(w, " ") + " today."
}

// BenchmarkUpdate200k updates a 200,000-segment translated catalog after 5 %
// of its sentences were edited, 1 % removed and 1 % added, as terjime
// segment does: read the old catalog, update it, write the new one.
func BenchmarkUpdate200k(b *testing.B) {
	const n = 200_000
	r := rand.New(rand.NewPCG(1, 2))
	texts := make([]string, n)
	for i := range texts {
		texts[i] = benchSentence(r)
	}
	v1 := src(texts...)
	old, _ := Update(nil, v1, "ru", UpdateOptions{Similarity: 0.6})
	for i := range old.Segments {
		old.Segments[i].Target = "перевод " + old.Segments[i].Source
		old.Segments[i].State = Translated
	}
	var texts2 []string
	edited := 0
	for i, t := range texts {
		switch {
		case i%100 == 7: // 1 % removed
			continue
		case i%20 == 3: // 5 % edited
			texts2 = append(texts2, editSentence(r, t))
			edited++
		default:
			texts2 = append(texts2, t)
		}
		if i%100 == 50 { // 1 % added
			texts2 = append(texts2, benchSentence(r))
		}
	}
	v2 := src(texts2...)
	data := old.Marshal()
	b.ReportAllocs()
	b.ResetTimer()
	var st UpdateStats
	cpu := cputime.Seconds()
	for b.Loop() {
		cat, err := Parse("ru.toml", data)
		if err != nil {
			b.Fatal(err)
		}
		var updated *Catalog
		updated, st = Update(cat, v2, "ru", UpdateOptions{Similarity: 0.6})
		_ = updated.Marshal()
	}
	b.StopTimer()
	cputime.ReportSeconds(b, cpu)
	if st.Inherited < edited*9/10 {
		b.Fatalf("only %d of %d edited sentences inherited their translation: %+v", st.Inherited, edited, st)
	}
	b.ReportMetric(float64(st.Inherited), "inherited")
}
