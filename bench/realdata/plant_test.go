package main

import (
	"math/rand/v2"
	"strings"
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

// TestPlantDoubledWord: a word is doubled whole, never a part of an
// identifier or a path.
func TestPlantDoubledWord(t *testing.T) {
	var k kind
	for _, c := range kinds {
		if c.name == "doubled word" {
			k = c
		}
	}
	cases := []struct {
		tgt, want string
		ok        bool
	}{
		{"UDIAG_SHOW_ICONS MACRO_start_file lib/file.c", "", false},
		{"Используется DW_MACRO_start_file, но смещения нет", "", true},
	}
	rng := rand.New(rand.NewPCG(1, 0))
	for _, c := range cases {
		for range 20 {
			got, ok := k.mutate(rng, "", c.tgt)
			if ok != c.ok {
				t.Fatalf("doubled word in %q = %q, %v; want %v", c.tgt, got, ok, c.ok)
			}
			for _, part := range []string{"DW_", "MACRO MACRO", "start start", "file file"} {
				if ok && strings.Contains(got, part) && !strings.Contains(c.tgt, part) {
					t.Errorf("doubled word in %q = %q: a part of an identifier doubled", c.tgt, got)
				}
			}
		}
	}
}
