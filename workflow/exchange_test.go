package workflow

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

const mergeData = "../testdata/merge"

// mergeProject copies the export and merge test project (one article, ru
// and tk catalogs in every state) and the repository's glossary into a
// temporary directory.
func mergeProject(t testing.TB) *Project {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(mergeData, "project")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	terms, err := os.ReadFile("../glossary/terms.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "glossary"), 0o755)
	os.WriteFile(filepath.Join(dir, "glossary", "terms.toml"), terms, 0o644)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// catalogBytes reads every catalog of the project.
func catalogBytes(t testing.TB, p *Project) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, loc := range p.Locales() {
		for _, d := range p.Documents {
			data, err := os.ReadFile(p.CatalogPath(loc, d.Name))
			if err != nil {
				t.Fatal(err)
			}
			out[loc+"/"+d.Name] = string(data)
		}
	}
	return out
}

// exportTo exports locale in format into dir and returns the file(s) written.
func exportTo(t testing.TB, p *Project, locale, format, dir string, onlyTodo bool) []string {
	t.Helper()
	env, _, _ := ui.NewTest("", "")
	out := filepath.Join(dir, locale+"."+format)
	if format == "goi18n" {
		out = filepath.Join(dir, "goi18n-"+locale)
	}
	err := Export(context.Background(), env, p, ExportOptions{Locales: []string{locale}, Format: format, Output: out, OnlyTodo: onlyTodo})
	if err != nil {
		t.Fatalf("export %s %s: %v", locale, format, err)
	}
	if format != "goi18n" {
		return []string{out}
	}
	// An export that wrote nothing would leave the callers' loops over the
	// files, and so their golden comparisons, with nothing to check.
	files, _ := filepath.Glob(filepath.Join(out, "*.toml"))
	if len(files) == 0 {
		t.Fatalf("export %s %s wrote no file in %s", locale, format, out)
	}
	return files
}

// The person and time the tests' merges record, as the end-to-end
// scripts' TERJIME_USER and SOURCE_DATE_EPOCH say.
const testWho, testNow = "Jeren Annaýewa", "2024-06-01T09:00:00Z"

func runMerge(t testing.TB, p *Project, opts MergeOptions) (string, error) {
	t.Helper()
	// As the end-to-end scripts set them (TERJIME_USER, SOURCE_DATE_EPOCH).
	if opts.Who == "" && opts.Now == "" {
		opts.Who, opts.Now = testWho, testNow
	}
	env, _, errb := ui.NewTest("", "")
	err := Merge(context.Background(), env, p, opts)
	return errb.String(), err
}

// TestRoundTripNoEdits: export → merge with no edits changes no byte of
// any catalog, in every format, for every locale.
func TestRoundTripNoEdits(t *testing.T) {
	for _, format := range Formats.Names() {
		for _, loc := range []string{"ru", "tk"} {
			t.Run(format+"/"+loc, func(t *testing.T) {
				p := mergeProject(t)
				before := catalogBytes(t, p)
				files := exportTo(t, p, loc, format, t.TempDir(), false)
				msg, err := runMerge(t, p, MergeOptions{Files: files})
				if err != nil {
					t.Fatalf("%v\n%s", err, msg)
				}
				after := catalogBytes(t, p)
				for k := range before {
					if before[k] != after[k] {
						t.Errorf("%s changed:\n%s", k, after[k])
					}
				}
				if !strings.Contains(msg, "applied 0,") || !strings.Contains(msg, "conflicts 0,") || !strings.Contains(msg, "unknown 0") {
					t.Errorf("summary:\n%s", msg)
				}
			})
		}
	}
}

// The translations a translator adds in every tool: the two untranslated
// sentences, and a new translation of the outdated one.
var filled = map[string]string{
	"ef5cf3e1197e": "Семинар завершился круглым столом экспертов.",
	"8569efc4ed5a": "Спасибо за внимание.",
	"920dc667be90": "Участники обсудили новый Закон о миграции.",
}

// tools edit an exported file the way the tool would: fill the targets,
// mark the outdated one done.
var tools = map[string]func(t *testing.T, files []string){
	"po":      poEditor,
	"csv":     spreadsheet,
	"goi18n":  goi18nTranslator,
	"xliff":   catTool20,
	"xliff12": catTool12,
}

// TestRoundTripFilled: export → fill the targets the way each tool would →
// merge gives the expected catalog (golden files, go test -update).
func TestRoundTripFilled(t *testing.T) {
	for _, format := range []string{"po", "csv", "goi18n", "xliff", "xliff12"} {
		t.Run(format, func(t *testing.T) {
			p := mergeProject(t)
			files := exportTo(t, p, "ru", format, t.TempDir(), format == "po")
			tools[format](t, files)
			msg, err := runMerge(t, p, MergeOptions{Files: files})
			if err != nil {
				t.Fatalf("%v\n%s", err, msg)
			}
			got := catalogBytes(t, p)["ru/news"]
			golden.File(t, filepath.Join(mergeData, "filled", format+".ru.toml"), []byte(got))
			c, err := catalog.Parse("ru.toml", []byte(got))
			if err != nil {
				t.Fatal(err)
			}
			for id, want := range filled {
				s, _ := c.Lookup(id)
				if s.Target != want || !s.State.Done() || s.PreviousSource != "" || s.SourceHash != catalog.Hash(s.Source) {
					t.Errorf("%s: %q %s, previous %q, hash %s", id, s.Target, s.State, s.PreviousSource, s.SourceHash)
				}
			}
			// A second merge of the same file changes nothing.
			before := catalogBytes(t, p)
			if msg, err := runMerge(t, p, MergeOptions{Files: files}); err != nil {
				t.Fatalf("%v\n%s", err, msg)
			}
			if after := catalogBytes(t, p); after["ru/news"] != before["ru/news"] {
				t.Errorf("merging again changed the catalog")
			}
		})
	}
}

// poEditor does what Poedit (or a translator with msgmerge and an editor)
// does: gettext rewraps the file (msgcat, when installed), the header gets
// a date, a translator and a regional Language, msgstr is filled, and the
// fuzzy flag and previous msgid go once the translation is fixed.
func poEditor(t *testing.T, files []string) {
	path := files[0]
	if msgcat, err := exec.LookPath("msgcat"); err == nil {
		if out, err := exec.Command(msgcat, "-o", path, path).CombinedOutput(); err != nil {
			t.Fatalf("msgcat: %v\n%s", err, out)
		}
	}
	data, _ := os.ReadFile(path)
	text := string(data)
	text = strings.Replace(text, `"PO-Revision-Date: \n"`, `"PO-Revision-Date: 2026-11-27 10:15+0500\n"`, 1)
	text = strings.Replace(text, `"Last-Translator: \n"`, `"Last-Translator: Ogulgerek Amanowa <ogulgerek@example.org>\n"`, 1)
	text = strings.Replace(text, `"Language: ru\n"`, `"Language: ru_RU\n"`, 1)
	entries := strings.Split(text, "\n\n")
	for i, e := range entries {
		for id, tr := range filled {
			if !strings.Contains(e, `msgctxt "`+id+`"`) {
				continue
			}
			var lines []string
			inStr := false
			for _, l := range strings.Split(e, "\n") {
				switch {
				case strings.HasPrefix(l, "#, fuzzy"), strings.HasPrefix(l, "#|"):
					continue
				case strings.HasPrefix(l, "msgstr "):
					lines = append(lines, `msgstr "`+tr+`"`)
					inStr = true
					continue
				case inStr && strings.HasPrefix(l, `"`):
					continue
				}
				inStr = false
				lines = append(lines, l)
			}
			entries[i] = strings.Join(lines, "\n")
		}
	}
	os.WriteFile(path, []byte(strings.Join(entries, "\n\n")), 0o644)
}

// spreadsheet does what LibreOffice Calc does with "quote all text cells"
// and a semicolon separator: the sheet is saved back without the
// byte-order mark, with LF line ends; the translator fills the target
// cells, sets the fixed outdated row to translated, and leaves the state of
// the new rows as it was.
func spreadsheet(t *testing.T, files []string) {
	data, _ := os.ReadFile(files[0])
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if tr, ok := filled[r[0]]; ok {
			r[2] = tr
			if r[3] == "outdated" {
				r[3] = "translated"
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, f := range r {
			if i > 0 {
				b.WriteByte(';')
			}
			b.WriteString(`"` + strings.ReplaceAll(f, `"`, `""`) + `"`)
		}
		b.WriteByte('\n')
	}
	os.WriteFile(files[0], []byte(b.String()), 0o644)
}

// goi18nTranslator replaces the placeholders of translate.ru.toml, as
// goi18n's workflow asks.
func goi18nTranslator(t *testing.T, files []string) {
	for _, f := range files {
		if filepath.Base(f) != "translate.ru.toml" {
			continue
		}
		data, _ := os.ReadFile(f)
		blocks := strings.Split(string(data), "\n\n")
		for i, b := range blocks {
			for id, tr := range filled {
				if strings.Contains(b, `["news.`+id+`"]`) {
					b = regexp.MustCompile(`(?m)^other = .*$`).ReplaceAllLiteralString(b, `other = "`+tr+`"`)
				}
			}
			blocks[i] = b
		}
		os.WriteFile(f, []byte(strings.Join(blocks, "\n\n")), 0o644)
		return
	}
	t.Fatal("no translate.ru.toml in the export")
}

// catTool20 does what a CAT tool does to XLIFF 2.0: it writes targets,
// confirms segments (translated), and a reviewer signs one off as final.
func catTool20(t *testing.T, files []string) {
	data, _ := os.ReadFile(files[0])
	text := string(data)
	for id, tr := range filled {
		re := regexp.MustCompile(`(?s)<segment id="` + id + `"[^>]*>(.*?)</source>(\s*<target>.*?</target>)?`)
		text = re.ReplaceAllStringFunc(text, func(m string) string {
			sub := re.FindStringSubmatch(m)
			return `<segment id="` + id + `" state="translated">` + sub[1] + "</source>\n        <target>" + tr + "</target>"
		})
	}
	text = strings.Replace(text, `<segment id="9521b6840da2" state="translated">`, `<segment id="9521b6840da2" state="final">`, 1)
	os.WriteFile(files[0], []byte(text), 0o644)
}

// catTool12 does the same to XLIFF 1.2: targets with state="translated",
// the previous-version alternative left in place.
func catTool12(t *testing.T, files []string) {
	data, _ := os.ReadFile(files[0])
	text := string(data)
	for id, tr := range filled {
		re := regexp.MustCompile(`(?s)(<trans-unit id="` + id + `"[^>]*>\s*<source>.*?</source>)(\s*<target[^>]*>.*?</target>)?`)
		text = re.ReplaceAllStringFunc(text, func(m string) string {
			sub := re.FindStringSubmatch(m)
			return sub[1] + "\n          <target state=\"translated\">" + tr + "</target>"
		})
	}
	os.WriteFile(files[0], []byte(text), 0o644)
}

// TestGoi18nMergeThenTerjimeMerge runs goi18n's own workflow on an export:
// goi18n merge folds the translate file into active.ru.toml, and terjime
// merges goi18n's output.
func TestGoi18nMergeThenTerjimeMerge(t *testing.T) {
	goi18n, err := exec.LookPath("goi18n")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("goi18n is missing: go install github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0")
		}
		t.Skip("goi18n not installed")
	}
	p := mergeProject(t)
	files := exportTo(t, p, "ru", "goi18n", t.TempDir(), false)
	goi18nTranslator(t, files)
	out := t.TempDir()
	cmd := exec.Command(goi18n, append([]string{"merge", "-sourceLanguage", "en", "-outdir", out}, files...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("goi18n merge: %v\n%s", err, msg)
	}
	if _, err := os.Stat(filepath.Join(out, "translate.ru.toml")); err == nil {
		data, _ := os.ReadFile(filepath.Join(out, "translate.ru.toml"))
		t.Errorf("goi18n left messages to translate (a hash it did not accept?):\n%s", data)
	}
	msg, err := runMerge(t, p, MergeOptions{Files: []string{filepath.Join(out, "active.ru.toml")}})
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	golden.File(t, filepath.Join(mergeData, "filled", "goi18n.ru.toml"), []byte(catalogBytes(t, p)["ru/news"]))
}

// TestExportGolden keeps the PO, CSV and go-i18n exports of the test
// project, and checks the PO files with msgfmt.
func TestExportGolden(t *testing.T) {
	for _, tc := range []struct {
		locale, format string
		todo           bool
	}{
		{"ru", "po", false}, {"tk", "po", false}, {"ru", "po", true},
		{"ru", "csv", false}, {"tk", "csv", true},
		{"ru", "goi18n", false}, {"tk", "goi18n", true},
	} {
		name := tc.locale + "." + tc.format
		if tc.todo {
			name += ".todo"
		}
		t.Run(name, func(t *testing.T) {
			p := mergeProject(t)
			dir := t.TempDir()
			for _, f := range exportTo(t, p, tc.locale, tc.format, dir, tc.todo) {
				data, _ := os.ReadFile(f)
				rel, _ := filepath.Rel(dir, f)
				g := filepath.Join(mergeData, "export", name)
				if tc.format == "goi18n" {
					g = filepath.Join(mergeData, "export", name, filepath.Base(rel))
				}
				golden.File(t, g, data)
				if tc.format == "po" {
					msgfmtCheck(t, f)
				}
			}
		})
	}
}

// TestExportSeedPassesMsgfmt checks the PO export of the repository's own
// translation project, both locales.
func TestExportSeedPassesMsgfmt(t *testing.T) {
	p, err := LoadProject("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, loc := range p.TargetLocales {
		var b bytes.Buffer
		env, _, _ := ui.NewTest("", "")
		env.Out = &b
		if err := Export(context.Background(), env, p, ExportOptions{Locales: []string{loc}, Format: "po"}); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(t.TempDir(), loc+".po")
		os.WriteFile(f, b.Bytes(), 0o644)
		msgfmtCheck(t, f)
	}
}

func msgfmtCheck(t *testing.T, path string) {
	t.Helper()
	msgfmt, err := exec.LookPath("msgfmt")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("msgfmt is missing: install the Debian package gettext")
		}
		t.Skip("msgfmt not installed (Debian package gettext)")
	}
	out, err := exec.Command(msgfmt, "--check", "-o", os.DevNull, path).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("msgfmt --check %s: %v\n%s", path, err, out)
	}
}
