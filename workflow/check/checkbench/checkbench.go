package checkbench

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
)

// Triple is a sentence in English, Russian and Turkmen.
type Triple struct{ En, Ru, Tk string }

// LoadSeed reads the tab-separated en/ru/tk table of the seed article.
func LoadSeed(path string) ([]Triple, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Triple
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 1 || len(cols) < 3 || cols[1] == "" || cols[2] == "" {
			continue
		}
		out = append(out, Triple{cols[0], cols[1], cols[2]})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no translated rows", path)
	}
	return out, sc.Err()
}

// Options size a project.
type Options struct {
	Documents int // documents
	Segments  int // segments per document
}

// group writes n with a grouping separator every three digits.
func group(n int, sep string) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sentence returns the i-th segment in the three languages.
func sentence(seed []Triple, i int) Triple {
	t := seed[i%len(seed)]
	year := 1990 + i%40
	n := 1000 + i*7
	return Triple{
		En: fmt.Sprintf("%s The figure for %d was %s.", t.En, year, group(n, ",")),
		Ru: fmt.Sprintf("%s Показатель за %d год составил %s.", t.Ru, year, group(n, "\u00a0")),
		Tk: fmt.Sprintf("%s %d-nji ýylda görkeziji %s boldy.", t.Tk, year, group(n, "\u00a0")),
	}
}

// Generate builds the source catalog and the ru and tk catalogs of every
// document.
func Generate(seed []Triple, opts Options) []check.Pair {
	var pairs []check.Pair
	for d := 0; d < opts.Documents; d++ {
		src, ru, tk := Document(seed, d, opts.Segments)
		pairs = append(pairs, check.Pair{Source: src, Target: ru}, check.Pair{Source: src, Target: tk})
	}
	return pairs
}

// Document builds document number d of a project whose documents have n
// segments each: its source catalog and its ru and tk catalogs.
func Document(seed []Triple, d, n int) (src, ru, tk *catalog.Catalog) {
	name := fmt.Sprintf("doc%05d", d)
	src = &catalog.Catalog{Document: name, Locale: "en", SourceLocale: "en", SourceFile: name + ".en.txt"}
	ru = &catalog.Catalog{Document: name, Locale: "ru", SourceLocale: "en"}
	tk = &catalog.Catalog{Document: name, Locale: "tk", SourceLocale: "en"}
	texts := make([]string, n)
	tr := make([]Triple, n)
	for s := range texts {
		tr[s] = sentence(seed, d*n+s)
		texts[s] = tr[s].En
	}
	ids := catalog.Identify(texts)
	for s, t := range tr {
		i := d*n + s
		src.Segments = append(src.Segments, catalog.Segment{ID: ids[s], Source: t.En, State: catalog.Final, Kind: "paragraph", Block: s, Sep: "\n\n"})
		h, _, _ := strings.Cut(ids[s], "-") // an ID is the hash, perhaps with "-2"
		state := []catalog.State{catalog.Translated, catalog.Reviewed, catalog.Final}[i%3]
		rt, tt := t.Ru, t.Tk
		switch {
		case i%97 == 0:
			rt = ""
		case i%101 == 0:
			rt = strings.Replace(rt, "Показатель за ", "Показатель за 1", 1)
		case i%103 == 0:
			rt = strings.Replace(rt, "Показатель", `"Показатель"`, 1)
		case i%107 == 0:
			tt = strings.Replace(tt, " görkeziji", "  görkeziji", 1)
		case i%109 == 0:
			tt = strings.TrimSuffix(tt, ".")
		}
		ru.Segments = append(ru.Segments, target(ids[s], t.En, rt, state, h))
		tk.Segments = append(tk.Segments, target(ids[s], t.En, tt, state, h))
	}
	return src, ru, tk
}

func target(id, src, tgt string, st catalog.State, hash string) catalog.Segment {
	if tgt == "" {
		st = catalog.Untranslated
	}
	return catalog.Segment{ID: id, Source: src, Target: tgt, State: st, SourceHash: hash}
}

// WriteProject generates a project and writes it to dir one document at a
// time, so that a large one never sits in memory: terjime.toml and the
// catalogs under locales/. It returns the bytes of catalogs written.
func WriteProject(dir string, seed []Triple, opts Options) (int64, error) {
	var toml strings.Builder
	toml.WriteString("source_locale = \"en\"\ntarget_locales = [\"ru\", \"tk\"]\n")
	var total int64
	for d := 0; d < opts.Documents; d++ {
		src, ru, tk := Document(seed, d, opts.Segments)
		fmt.Fprintf(&toml, "\n[[document]]\nname = %q\nsource = %q\n", src.Document, src.SourceFile)
		for _, c := range []*catalog.Catalog{src, ru, tk} {
			path := filepath.Join(dir, "locales", c.Locale, c.Document+".toml")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return 0, err
			}
			data := c.Marshal()
			total += int64(len(data))
			if err := os.WriteFile(path, data, 0o644); err != nil {
				return 0, err
			}
		}
	}
	return total, os.WriteFile(filepath.Join(dir, "terjime.toml"), []byte(toml.String()), 0o644)
}
