package main

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
)

type finding struct {
	Check    string `json:"check"`
	Locale   string `json:"locale"`
	Document string `json:"document"`
	Segment  string `json:"segment"`
	Message  string `json:"message"`
}

// key identifies a finding across runs: the line a message names (a
// consistency finding's other segment, file:line) is left out, as it
// moves when a catalog above it changes.
func (f finding) key() string {
	return strings.Join([]string{f.Check, f.Locale, f.Document, f.Segment, lineRE.ReplaceAllString(f.Message, "$1")}, "|")
}

var lineRE = regexp.MustCompile(`(\.toml):\d+\)`)

// judgedHeader is the header of the sample files: a verdict (y: a real
// problem an editor wants to see, n: a false alarm) before the finding.
// The sample adds, for a consistency finding, the other segment it names
// (its source → its target): what the judge compares.
var judgedHeader = []string{"verdict", "check", "locale", "document", "segment", "message", "source", "target", "other"}

// otherRE finds the segment a consistency finding's message names.
var otherRE = regexp.MustCompile(`segment (\S+) \(locales/([^/]+)/(.+)\.toml:\d+\)`)

func score(args []string) error {
	fl := flag.NewFlagSet("score", flag.ExitOnError)
	work := fl.String("work", "", "the work `DIR` of build, with clean.json and planted.json")
	n := fl.Int("sample", 20, "findings to sample per check")
	var judged multi
	fl.Var(&judged, "judged", "a judged sample `FILE` (TSV, verdict first); may repeat")
	fl.Parse(args)
	clean, err := readFindings(filepath.Join(*work, "clean.json"))
	if err != nil {
		return err
	}
	verdicts, err := judgedVerdicts(judged)
	if err != nil {
		return err
	}

	// Precision: a sample of each check's findings, the same on every run
	// (ordered by a hash of the finding), with the verdicts judged so far.
	by := map[string][]finding{}
	for _, f := range clean {
		if f.Segment == "" || f.Check == "untranslated" {
			// a catalog-level summary, or an empty target: true by
			// construction, nothing to judge
			continue
		}
		by[f.Check] = append(by[f.Check], f)
	}
	checks := slices.Sorted(maps.Keys(by))
	cats := catalogs{dir: filepath.Join(*work, "clean")}
	out, err := os.Create(filepath.Join(*work, "sample.tsv"))
	if err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.Comma = '\t'
	w.Write(judgedHeader)
	fmt.Printf("%-26s %8s %7s %5s %9s\n", "check", "findings", "judged", "true", "precision")
	for _, c := range checks {
		fs := by[c]
		slices.SortFunc(fs, func(a, b finding) int { return cmp.Compare(hash(a.key()), hash(b.key())) })
		sample := fs[:min(*n, len(fs))]
		yes, no := 0, 0
		for _, f := range sample {
			v := verdicts[f.key()]
			switch v {
			case "y":
				yes++
			case "n":
				no++
			}
			s := cats.segment(f.Locale, f.Document, f.Segment)
			other := ""
			if m := otherRE.FindStringSubmatch(f.Message); m != nil {
				o := cats.segment(m[2], m[3], m[1])
				other = o.Source + " → " + o.Target
			}
			w.Write([]string{v, f.Check, f.Locale, f.Document, f.Segment, f.Message, s.Source, s.Target, other})
		}
		prec := "-"
		if yes+no > 0 {
			prec = fmt.Sprintf("%.0f %%", 100*float64(yes)/float64(yes+no))
		}
		fmt.Printf("%-26s %8d %7d %5d %9s\n", c, len(fs), yes+no, yes, prec)
	}
	w.Flush()
	out.Close()

	// Recall on the planted errors, where a copy was planted (ddtp's
	// project has none).
	if _, err := os.Stat(filepath.Join(*work, "planted.tsv")); os.IsNotExist(err) {
		return nil
	}
	planted, err := readFindings(filepath.Join(*work, "planted.json"))
	if err != nil {
		return err
	}
	has := func(fs []finding) map[string]bool {
		m := map[string]bool{}
		for _, f := range fs {
			m[f.Check+"|"+f.Locale+"|"+f.Document+"|"+f.Segment] = true
		}
		return m
	}
	before, after := has(clean), has(planted)
	mf, err := os.Open(filepath.Join(*work, "planted.tsv"))
	if err != nil {
		return err
	}
	defer mf.Close()
	type tally struct{ n, found, already int }
	rec := map[string]*tally{}
	var order []string
	sc := bufio.NewScanner(mf)
	sc.Buffer(nil, 1<<20)
	sc.Scan() // header
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		k, loc, doc, seg, checks := col[0], col[1], col[2], col[3], strings.Split(col[4], ",")
		t := rec[k]
		if t == nil {
			t = &tally{}
			rec[k] = t
			order = append(order, k)
		}
		t.n++
		for _, c := range checks {
			key := c + "|" + loc + "|" + doc + "|" + seg
			if after[key] {
				t.found++
				if before[key] {
					t.already++
				}
				break
			}
		}
	}
	fmt.Printf("\n%-20s %7s %6s %7s\n", "planted error", "planted", "found", "recall")
	for _, k := range order {
		t := rec[k]
		fmt.Printf("%-20s %7d %6d %6.0f %%", k, t.n, t.found, 100*float64(t.found)/float64(t.n))
		if t.already > 0 {
			fmt.Printf("  (%d flagged by the same check before planting)", t.already)
		}
		fmt.Println()
	}
	return sc.Err()
}

func readFindings(path string) ([]finding, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r.Findings, nil
}

// judgedVerdicts reads the judged files: finding key → verdict. A finding
// judged in two files counts once; two different verdicts on it are an
// error to settle by hand.
func judgedVerdicts(files []string) (map[string]string, error) {
	verdicts := map[string]string{}
	from := map[string]string{}
	for _, f := range files {
		vs, err := readVerdicts(f)
		if err != nil {
			return nil, err
		}
		for k, v := range vs {
			if old, ok := verdicts[k]; ok && old != v {
				return nil, fmt.Errorf("%s and %s judge %q differently (%s, %s)", from[k], f, k, old, v)
			}
			verdicts[k], from[k] = v, f
		}
	}
	return verdicts, nil
}

// readVerdicts reads a judged file: finding key → verdict (y or n).
func readVerdicts(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	into := map[string]string{}
	for i, row := range rows {
		if i == 0 || len(row) < 6 || row[0] == "" {
			continue
		}
		if row[0] != "y" && row[0] != "n" {
			return nil, fmt.Errorf("%s:%d: verdict %q is neither y nor n", path, i+1, row[0])
		}
		into[finding{row[1], row[2], row[3], row[4], row[5]}.key()] = row[0]
	}
	return into, nil
}

// catalogs reads target catalogs on demand, for the sample's text.
type catalogs struct {
	dir  string
	read map[string]map[string]catalog.Segment
}

func (c *catalogs) segment(loc, doc, id string) catalog.Segment {
	if c.read == nil {
		c.read = map[string]map[string]catalog.Segment{}
	}
	k := loc + "/" + doc
	m, ok := c.read[k]
	if !ok {
		m = map[string]catalog.Segment{}
		if cat, err := catalog.ReadFile(filepath.Join(c.dir, "locales", loc, doc+".toml")); err == nil {
			for _, s := range cat.Segments {
				m[s.ID] = s
			}
		}
		c.read[k] = m
	}
	return m[id]
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func hash(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64() >> 1)
}
