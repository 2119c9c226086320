package goi18ncheck

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/workflow/goi18nfile"
)

var addHashes = flag.Bool("add-hashes", false, "give the messages of locales/active.{ru,tk}.toml that have no hash the hash of their English source")

// TestAddHashes, run with -add-hashes, writes the goi18n hash of the
// English message into each Russian and Turkmen message that has none, as
// goi18n merge would, so that check --goi18n notices when the English
// changes. It never replaces a hash: a stale one means the translation
// needs a translator, not a new hash.
func TestAddHashes(t *testing.T) {
	if !*addHashes {
		t.Skip("run with -add-hashes to write missing hashes")
	}
	dir := "../../locales"
	var en map[string]map[string]any
	data, err := os.ReadFile(filepath.Join(dir, "active.en.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := toml.Unmarshal(data, &en); err != nil {
		t.Fatal(err)
	}
	header := regexp.MustCompile(`^\[([^\]]+)\]\s*$`)
	for _, lang := range []string{"ru", "tk"} {
		path := filepath.Join(dir, "active."+lang+".toml")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(data), "\n")
		var out []string
		for i := 0; i < len(lines); i++ {
			out = append(out, lines[i])
			m := header.FindStringSubmatch(strings.TrimRight(lines[i], "\n"))
			if m == nil {
				continue
			}
			src, ok := en[m[1]]
			if !ok {
				continue
			}
			has := false
			for j := i + 1; j < len(lines) && !strings.HasPrefix(lines[j], "["); j++ {
				if strings.HasPrefix(strings.TrimSpace(lines[j]), "hash") {
					has = true
				}
			}
			if !has {
				desc, _ := src["description"].(string)
				other, _ := src["other"].(string)
				out = append(out, "hash = \""+goi18nfile.Hash(desc, other)+"\"\n")
			}
		}
		if err := os.WriteFile(path, []byte(strings.Join(out, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
