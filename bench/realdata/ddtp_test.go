package main

import (
	"slices"
	"strings"
	"testing"
)

// TestParseDescriptions: a Translation file's stanzas, their synopsis and
// the paragraphs of their long text, a list's items on lines of their
// own; a line of no field is an error that names it.
func TestParseDescriptions(t *testing.T) {
	const file = `Package: 2ping
Description-md5: 2543c220a763445976d1348c5b593743
Description-ru: ping-утилита, определяющая сторону, виновную в потерях пакетов
 2ping — двунаправленная ping-утилита. Она использует 3 рода сигналов
 (TCP SYN, SYN/ACK, ACK).
 .
 Возможности:
  * двунаправленный ping;
  * замер потерь.

Package: 0ad
Description-md5: d943033bedada21853d2ae54a2578a7b
Description-ru: Историческая стратегическая игра
`
	got, err := parseDescriptions(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d descriptions, want 2: %+v", len(got), got)
	}
	want := description{
		pkg: "2ping", md5: "2543c220a763445976d1348c5b593743",
		short: "ping-утилита, определяющая сторону, виновную в потерях пакетов",
		long: []string{
			"2ping — двунаправленная ping-утилита. Она использует 3 рода сигналов (TCP SYN, SYN/ACK, ACK).",
			"Возможности:\n* двунаправленный ping;\n* замер потерь.",
		},
	}
	if g := got[0]; g.pkg != want.pkg || g.md5 != want.md5 || g.short != want.short || !slices.Equal(g.long, want.long) {
		t.Errorf("got %+v\nwant %+v", g, want)
	}
	if g := got[1]; g.pkg != "0ad" || g.short != "Историческая стратегическая игра" || len(g.long) != 0 {
		t.Errorf("a synopsis alone: got %+v", g)
	}

	_, err = parseDescriptions(strings.NewReader("Package: x\nDescription-md5: 1\nDescription-ru: y\nnot a field\n"))
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("a line of no field: %v, want an error at line 4", err)
	}
}
