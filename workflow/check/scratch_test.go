package check

import (
	"encoding/json"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	var ps [][2]string
	b, _ := os.ReadFile("/tmp/pairs.json")
	json.Unmarshal(b, &ps)
	on := Config{Severity: map[string]string{"number-added": "warning"}}
	for _, c := range ps {
		fs := runChecks(t, on, makePair("ru", c))
		for _, f := range fs {
			if f.Check == "numbers" || f.Check == "number-added" {
				t.Logf("%.50q: %s %s", c[0], f.Check, f.Message)
			}
		}
	}
}
