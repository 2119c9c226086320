package workflow

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/cputime"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/interchange"
	"github.com/terjime/terjime/workflow/ui"
)

const exchangeBenchSegments = 100_000

// exchangeBenchProject writes a project with one document of n segments: its
// source catalog and a ru catalog in which a fifth of the segments are
// untranslated, a tenth outdated, and the rest done.
func exchangeBenchProject(b *testing.B, n int) *Project {
	b.Helper()
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, ProjectFile), []byte("source_locale = \"en\"\ntarget_locales = [\"ru\"]\n\n[[document]]\nname = \"big\"\nsource = \"big.en.txt\"\n"), 0o644)
	p, err := LoadProject(dir)
	if err != nil {
		b.Fatal(err)
	}
	src := &catalog.Catalog{Document: "big", Locale: "en", SourceLocale: "en", SourceFile: "big.en.txt", Segments: make([]catalog.Segment, n)}
	tgt := &catalog.Catalog{Document: "big", Locale: "ru", SourceLocale: "en", Segments: make([]catalog.Segment, n)}
	texts := make([]string, n)
	for i := range texts {
		texts[i] = fmt.Sprintf("Representatives of the Mejlis and the Ombudsman discussed item %d of the Law on Migration with the IOM office.", i)
	}
	ids := catalog.Identify(texts)
	for i, s := range texts {
		src.Segments[i] = catalog.Segment{ID: ids[i], Source: s, State: catalog.Final, Kind: "paragraph", Block: i / 3, Sep: " "}
		seg := catalog.Segment{ID: ids[i], Source: s, SourceHash: catalog.Hash(s)}
		switch {
		case i%5 == 0:
		case i%10 == 1:
			seg.Target = fmt.Sprintf("Представители Меджлиса и Омбудсмена обсудили пункт %d закона о миграции.", i)
			seg.State, seg.PreviousSource = catalog.Outdated, "An older source sentence."
		default:
			seg.Target = fmt.Sprintf("Представители Меджлиса и Омбудсмена обсудили с представительством МОМ пункт %d Закона о миграции.", i)
			seg.State = catalog.State(2 + i%3)
			seg.Terms = []string{"Mejlis → Меджлис", "IOM → МОМ"}
		}
		tgt.Segments[i] = seg
	}
	var plan disk.Plan
	plan.Write(p.CatalogPath("en", "big"), src.Marshal())
	plan.Write(p.CatalogPath("ru", "big"), tgt.Marshal())
	if _, err := plan.Apply(context.Background()); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkExport exports a 100,000-segment locale: reading its catalogs
// and writing the file. SetBytes is the size of the file written; cpu-s/op
// is the processor time per export (run with -cpu 1 for one core).
func BenchmarkExport(b *testing.B) {
	p := exchangeBenchProject(b, exchangeBenchSegments)
	for _, format := range Formats.Names() {
		b.Run(format, func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "out")
			env, _, _ := ui.NewTest("", "")
			env.Quiet = true
			opts := ExportOptions{Locales: []string{"ru"}, Format: format, Output: out}
			if err := Export(context.Background(), env, p, opts); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(exportSize(out))
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cputime.Seconds()
			for range b.N {
				if err := Export(context.Background(), env, p, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cputime.Seconds()-cpu)/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkMerge merges a 100,000-segment file into the catalog: reading
// and parsing the file, reading the catalog, matching every unit, and
// writing the catalog. The file is the export with every untranslated and
// outdated segment filled in, so each run applies 30,000 translations.
// SetBytes is the size of the file read; cpu-s/op is the processor time
// per merge (run with -cpu 1 for one core: the issue asks for under 2 s).
func BenchmarkMerge(b *testing.B) {
	p := exchangeBenchProject(b, exchangeBenchSegments)
	path := p.CatalogPath("ru", "big")
	original, _ := os.ReadFile(path)
	// po-nobase is the PO file without its bases, as another tool writes
	// it: the two-way merge, to compare with the three-way one.
	for _, name := range append(Formats.Names(), "po-nobase") {
		format, noBase := strings.CutSuffix(name, "-nobase")
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			env, _, _ := ui.NewTest("", "")
			env.Quiet = true
			out := filepath.Join(dir, "ru."+format)
			if format == "goi18n" {
				out = dir
			}
			files := fillForBench(b, p, format, out)
			if noBase {
				data, _ := os.ReadFile(out)
				os.WriteFile(out, regexp.MustCompile(`(?m)^#\. terjime-base: .*\n`).ReplaceAll(data, nil), 0o644)
			}
			var size int64
			for _, f := range files {
				fi, _ := os.Stat(f)
				size += fi.Size()
			}
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			var cpu, sys float64
			for range b.N {
				b.StopTimer()
				os.WriteFile(path, original, 0o644)
				b.StartTimer()
				start, startSys := cputime.Seconds(), cputime.System()
				if err := Merge(context.Background(), env, p, MergeOptions{Files: files}); err != nil {
					b.Fatal(err)
				}
				cpu += cputime.Seconds() - start
				sys += cputime.System() - startSys
				b.StopTimer()
				if merged, _ := os.ReadFile(path); format != "tmx" && bytes.Count(merged, []byte(`target = "Перевод."`)) < exchangeBenchSegments/4 {
					b.Fatalf("%s: the merge applied %d translations", format, bytes.Count(merged, []byte(`target = "Перевод."`)))
				}
				b.StartTimer()
			}
			b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			b.ReportMetric(sys/float64(b.N), "sys-s/op")
			b.StopTimer()
			os.WriteFile(path, original, 0o644)
		})
	}
}

// fillForBench writes the file(s) a translator returns: the export of the
// catalog with every untranslated and outdated segment translated, so that
// the merge applies 30,000 translations rather than finding everything
// unchanged. A TMX file holds the done pairs only.
func fillForBench(b *testing.B, p *Project, format, out string) []string {
	b.Helper()
	pairs, err := p.exportPairs(context.Background(), "ru", p.Documents)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := Formats.Lookup(format)
	opts := interchange.WriteOptions{SourceLocale: "en", TargetLocale: "ru"}
	if f.WriteFiles != nil {
		// go-i18n: the translator fills every message of the translate
		// file, whose "other" is the source until then.
		var files []string
		for _, file := range f.WriteFiles(pairs, opts) {
			path := filepath.Join(out, file.Name)
			data := file.Data
			if strings.HasPrefix(file.Name, "translate.") {
				data = regexp.MustCompile(`(?m)^other = .*$`).ReplaceAll(data, []byte(`other = "Перевод."`))
			}
			os.WriteFile(path, data, 0o644)
			files = append(files, path)
		}
		return files
	}
	// The others: the export of the filled catalog, with the bases the
	// export of the catalog as it is records — what the translator was
	// sent — so that the merge sees what the translator changed.
	cat := pairs[0].Target
	var bases []string
	filled := catalog.Segment{Target: "Перевод.", State: catalog.Translated}
	for i := range cat.Segments {
		s := &cat.Segments[i]
		if !s.State.Done() && format != "tmx" {
			bases = append(bases, catalog.BaseOf(s).String())
			s.Target, s.State, s.PreviousSource = filled.Target, filled.State, ""
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, pairs, opts); err != nil {
		b.Fatal(err)
	}
	data := replaceInOrder(buf.Bytes(), catalog.BaseOf(&filled).String(), bases)
	os.WriteFile(out, data, 0o644)
	return []string{out}
}

// replaceInOrder replaces the occurrences of old in data, in order, by
// news, one each.
func replaceInOrder(data []byte, old string, news []string) []byte {
	var out bytes.Buffer
	for _, n := range news {
		i := bytes.Index(data, []byte(old))
		if i < 0 {
			break
		}
		out.Write(data[:i])
		out.WriteString(n)
		data = data[i+len(old):]
	}
	out.Write(data)
	return out.Bytes()
}

func exportSize(out string) int64 {
	var n int64
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
