package main

import (
	"math/rand/v2"
	"testing"
)

// TestPlantFinalStop: a final stop is dropped only where a word is left;
// a translation that is only "." would become an empty target, which is
// another kind.
func TestPlantFinalStop(t *testing.T) {
	var k kind
	for _, c := range kinds {
		if c.name == "missing final stop" {
			k = c
		}
	}
	cases := []struct {
		src, tgt, want string
		ok             bool
	}{
		{"File saved.", "Файл сохранён.", "Файл сохранён", true},
		{"Wait...", "Подождите...", "", false},
		{"Done", "Готово.", "", false},
		{".", ".", "", false},
		{"1.", "1.", "", false},
	}
	rng := rand.New(rand.NewPCG(1, 0))
	for _, c := range cases {
		got, ok := k.mutate(rng, c.src, c.tgt)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("missing final stop in %q → %q = %q, %v; want %q, %v", c.src, c.tgt, got, ok, c.want, c.ok)
		}
	}
}
