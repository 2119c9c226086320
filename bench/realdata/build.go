package main

import (
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
)

var locales = []string{"ru", "tk"}

// build writes the project twice: as published (clean) and with errors
// planted (planted), with the list of planted errors.
func build(args []string) error {
	fl := flag.NewFlagSet("build", flag.ExitOnError)
	root := fl.String("root", "", "the `DIR` the packages were extracted under")
	manuals := fl.String("manuals", "", "a `DIR` of aligned manuals (NAME.LOCALE.po, see manual.go); optional")
	out := fl.String("out", "", "the work `DIR` to write")
	per := fl.Int("plant", 25, "errors of each kind to plant per locale")
	seed := fl.Uint64("seed", 15, "random seed of the planting")
	fl.Parse(args)
	if *root == "" || *out == "" {
		return fmt.Errorf("build needs -root and -out")
	}
	// domain → locale → msgid → msgstr
	dom := map[string]map[string]map[string]string{}
	err := filepath.WalkDir(*root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".mo") {
			return err
		}
		parts := strings.Split(filepath.ToSlash(path), "/")
		if len(parts) < 3 || parts[len(parts)-2] != "LC_MESSAGES" {
			return nil
		}
		loc := parts[len(parts)-3]
		if !slices.Contains(locales, loc) {
			return nil
		}
		es, err := readMO(path)
		if err != nil {
			return err
		}
		name := docName(strings.TrimSuffix(d.Name(), ".mo"))
		if dom[name] == nil {
			dom[name] = map[string]map[string]string{}
		}
		if dom[name][loc] == nil {
			dom[name][loc] = map[string]string{}
		}
		for _, e := range es {
			dom[name][loc][e.id] = e.str
		}
		return nil
	})
	if err != nil {
		return err
	}
	names := slices.Sorted(maps.Keys(dom))
	var docs []*doc
	pairs := map[string]int{}
	// A catalog's messages are unique: its sources are the msgids of all
	// locales, sorted.
	for _, n := range names {
		var ids []string
		seen := map[string]bool{}
		for _, loc := range locales {
			for id := range dom[n][loc] {
				if !seen[id] && strings.TrimSpace(id) != "" {
					seen[id] = true
					ids = append(ids, id)
				}
			}
		}
		slices.Sort(ids)
		targets := map[string][]string{}
		for _, loc := range locales {
			for _, id := range ids {
				targets[loc] = append(targets[loc], dom[n][loc][id])
			}
		}
		docs = append(docs, newDoc(n, ids, targets, pairs))
	}
	// A manual is running text in document order, repeats kept.
	nmo, pmo := len(docs), pairs["ru"]
	if *manuals != "" {
		files, err := filepath.Glob(filepath.Join(*manuals, "*.po"))
		if err != nil {
			return err
		}
		for _, f := range files {
			base := strings.TrimSuffix(filepath.Base(f), ".po")
			name, loc := base[:strings.LastIndexByte(base, '.')], base[strings.LastIndexByte(base, '.')+1:]
			if !slices.Contains(locales, loc) {
				continue
			}
			es, err := readManual(f)
			if err != nil {
				return err
			}
			if len(es) == 0 {
				continue
			}
			var srcs, kinds []string
			targets := map[string][]string{}
			for _, e := range es {
				srcs, kinds = append(srcs, e.id), append(kinds, e.kind)
				targets[loc] = append(targets[loc], e.str)
			}
			d := newDoc(docName(name), srcs, targets, pairs)
			for i, k := range kinds {
				if k != "" {
					d.src.Segments[i].Kind = k
				}
			}
			docs = append(docs, d)
		}
	}
	if err := write(filepath.Join(*out, "clean"), docs); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	manifest := plant(rng, docs, *per)
	if err := write(filepath.Join(*out, "planted"), docs); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "planted.tsv"), []byte(manifest), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "realdata: %d documents, %d en→ru and %d en→tk pairs (manuals: %d documents, %d en→ru pairs), in %s\n",
		len(docs), pairs["ru"], pairs["tk"], len(docs)-nmo, pairs["ru"]-pmo, *out)
	return nil
}

// newDoc makes the source catalog of sources and the target catalogs of
// each locale, targets[loc][i] the translation of sources[i] ("" or none:
// untranslated), and counts the pairs.
func newDoc(name string, sources []string, targets map[string][]string, pairs map[string]int) *doc {
	segIDs := catalog.Identify(sources)
	d := &doc{name: name, targets: map[string]*catalog.Catalog{}}
	d.src = &catalog.Catalog{Document: name, Locale: "en", SourceLocale: "en", SourceFile: "src/" + name + ".en.txt"}
	for _, loc := range locales {
		d.targets[loc] = &catalog.Catalog{Document: name, Locale: loc, SourceLocale: "en"}
	}
	for i, src := range sources {
		d.src.Segments = append(d.src.Segments, catalog.Segment{ID: segIDs[i], Source: src, State: catalog.Final, Kind: "paragraph", Block: i, Sep: "\n\n"})
		h, _, _ := strings.Cut(segIDs[i], "-")
		for _, loc := range locales {
			s := catalog.Segment{ID: segIDs[i], Source: src, SourceHash: h, State: catalog.Untranslated}
			if i < len(targets[loc]) && targets[loc][i] != "" {
				s.Target, s.State = targets[loc][i], catalog.Translated
				pairs[loc]++
			}
			d.targets[loc].Segments = append(d.targets[loc].Segments, s)
		}
	}
	return d
}

type doc struct {
	name    string
	src     *catalog.Catalog
	targets map[string]*catalog.Catalog
}

var nameRE = regexp.MustCompile(`[^A-Za-z0-9._-]`)

func docName(s string) string { return nameRE.ReplaceAllString(s, "_") }

// write writes terjime.toml, the source texts and the catalogs of docs
// under dir.
func write(dir string, docs []*doc) error {
	var toml strings.Builder
	toml.WriteString("source_locale = \"en\"\ntarget_locales = [\"ru\", \"tk\"]\n")
	for _, d := range docs {
		fmt.Fprintf(&toml, "\n[[document]]\nname = %q\nsource = %q\n", d.name, d.src.SourceFile)
		var text strings.Builder
		for _, s := range d.src.Segments {
			text.WriteString(s.Source + "\n\n")
		}
		if err := writeFile(filepath.Join(dir, d.src.SourceFile), []byte(text.String())); err != nil {
			return err
		}
		for _, c := range append([]*catalog.Catalog{d.src}, d.targets["ru"], d.targets["tk"]) {
			if err := writeFile(filepath.Join(dir, "locales", c.Locale, c.Document+".toml"), c.Marshal()); err != nil {
				return err
			}
		}
	}
	return writeFile(filepath.Join(dir, "terjime.toml"), []byte(toml.String()))
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
