package check

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestTurkmenPress runs suffixBreaks over the hyphenated forms quoted from
// Turkmen news sites (bench/tkpress): text nobody here wrote. Every finding
// must be judged in bench/tkpress/judged.tsv; one judged n (the press is
// right) fails the test, and so does a form judged y the check no longer
// finds. go test -run TurkmenPress -v prints the findings.
func TestTurkmenPress(t *testing.T) {
	forms := readTSV(t, "../../bench/tkpress/forms.tsv")
	judged := map[string]string{}
	for _, r := range readTSV(t, "../../bench/tkpress/judged.tsv") {
		judged[r[0]] = r[1]
	}
	found, yes := 0, 0
	seen := map[string]bool{}
	for _, r := range forms {
		form, ctx := r[0], r[1]
		words, fixes := suffixBreaks(ctx)
		flagged := false
		for k, w := range words {
			if w != form {
				continue
			}
			flagged = true
			found++
			v := judged[form]
			if v == "y" {
				yes++
			}
			if !seen[form] {
				t.Logf("%s → %s [%s] %s", w, fixes[k], v, r[2])
			}
			seen[form] = true
			switch v {
			case "y":
			case "n":
				t.Errorf("%s: judged right, but flagged (want %s): %q", form, fixes[k], ctx)
			default:
				t.Errorf("%s: flagged but not judged in judged.tsv: %q", form, ctx)
			}
		}
		if !flagged && judged[form] == "y" {
			t.Errorf("%s: judged a real break, no longer found: %q", form, ctx)
		}
	}
	pages := map[string]bool{}
	for _, r := range forms {
		pages[r[2]] = true
	}
	t.Logf("%d forms from %d pages: %d findings, %d judged real", len(forms), len(pages), found, yes)
}

// readTSV reads a tab-separated file with a header line.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if first || sc.Text() == "" {
			continue
		}
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}
