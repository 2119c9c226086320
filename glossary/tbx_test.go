package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const testdata = "../testdata/glossary"

func TestTBXRoundTrip(t *testing.T) {
	g := loadProject(t)
	var buf bytes.Buffer
	if err := g.ExportTBX(&buf, "en"); err != nil {
		t.Fatal(err)
	}
	g2, err := ImportTBX("export.tbx", bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("import of our export: %v", err)
	}
	g2.Header, g2.Path = g.Header, g.Path
	if !sameGlossary(g, g2) {
		t.Errorf("TBX round trip changed the glossary:\n%s", buf.String())
	}
	var again bytes.Buffer
	if err := g2.ExportTBX(&again, "en"); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Error("export is not deterministic across a round trip")
	}
}

func TestTBXImportSamples(t *testing.T) {
	for _, name := range []string{"tbx_v3_basic_dca_en-ru-tk.tbx", "martif_no_doctype.tbx", "tbx_2008_martif_en-ru-tk.tbx"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(testdata, "samples", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, err := ImportTBX(name, f)
			if err != nil {
				t.Fatal(err)
			}
			c := g.Concept("c1")
			if c == nil || c.Subject != "international organizations" {
				t.Fatalf("concept c1 = %+v", c)
			}
			var ru []string
			for _, tm := range c.TermsFor("ru") {
				ru = append(ru, tm.Status.String()+":"+tm.Text)
			}
			if !strings.Contains(strings.Join(ru, "|"), "forbidden:Международная миграционная организация") {
				t.Errorf("ru terms = %q", ru)
			}
			if iom := c.TermsFor("en")[0]; strings.Contains(name, "martif") && (iom.Text != "IOM" || !iom.CaseSensitive) {
				t.Errorf("en acronym = %+v, want case-sensitive IOM", iom)
			}
		})
	}
}

func TestTBXImportRejects(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"hostile_billion_laughs.tbx", 2, "DOCTYPE declarations with an internal subset are refused"},
		{"hostile_external_entity.tbx", 2, "DOCTYPE declarations with an internal subset are refused"},
		{"hostile_undeclared_entity.tbx", 5, "malformed XML: invalid character entity &xxe;"},
		{"samples/tbx_v3_bad_admin_status.tbx", 0, "administrativeStatus"},
		{"samples/tbx_v3_termSec_without_term.tbx", 0, "without a <term>"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(testdata, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, err := ImportTBX(tt.file, f)
			if g != nil {
				t.Fatalf("a glossary came back with err = %v", err)
			}
			if e := fileError(t, err); !strings.Contains(e.Msg, tt.msg) || tt.line > 0 && e.Line != tt.line || e.Line == 0 {
				t.Errorf("err = %q (line %d), want %q at line %d", e, e.Line, tt.msg, tt.line)
			}
		})
	}
	for _, tt := range []struct{ name, text, msg string }{
		{"html", "<html><body/></html>", "root element <html>"},
		{"unknown encoding", `<?xml version="1.0" encoding="x-klingon"?><tbx/>`, `unsupported encoding "x-klingon"`},
		{"not UTF-8", "<tbx><text>\xff</text></tbx>", "1:12: invalid UTF-8"},
		{"two roots", "<tbx/><tbx/>", "after the end of the document"},
		{"empty", "", "no TBX content"},
		{"other root", `<!DOCTYPE html SYSTEM "x.dtd"><martif/>`, "DOCTYPE declarations are refused"},
		{"internal subset", `<!DOCTYPE martif SYSTEM "x.dtd" [<!ENTITY e "x">]><martif>&e;</martif>`, "DOCTYPE declarations with an internal subset are refused"},
		{"two system IDs", `<!DOCTYPE martif SYSTEM "a" "b"><martif/>`, "invalid DOCTYPE declaration"},
		{"other declaration", `<!ENTITY e "x"><martif/>`, "<!ENTITY> declarations are refused"},
		{"deep", strings.Repeat("<tbx>", 200), "nested deeper than 100 levels"},
		{"unknown locale", "<tbx><text><body><conceptEntry id=\"a\">\n<langSec xml:lang=\"xx-!!\"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", `unknown locale:2:`},
		{"two subjects", "<tbx><text><body><conceptEntry id=\"a\"><descrip type=\"subjectField\">law</descrip>\n<descrip type=\"subjectField\">health</descrip><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", `two subjects:2:1: concept "a": subjectField "health" after "law"`},
		{"unknown locale, message", "<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"tm\"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", `unknown locale "tm": TM is the country code of Turkmenistan`},
	} {
		if _, err := ImportTBX(tt.name, strings.NewReader(tt.text)); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.msg)
		}
	}
}

// A term's locale is kept in canonical form, however xml:lang spells it.
func TestTBXImportCanonicalLocale(t *testing.T) {
	g, err := ImportTBX("in.tbx", strings.NewReader(`<tbx><text><body><conceptEntry id="a"><langSec xml:lang="RU"><termSec><term>МОМ</term></termSec></langSec><langSec xml:lang="tk_TM"><termSec><term>HGM</term></termSec></langSec></conceptEntry></body></text></tbx>`))
	if err != nil {
		t.Fatal(err)
	}
	if ts := g.Concepts[0].Terms; len(ts) != 2 || ts[0].Locale != "ru" || ts[1].Locale != "tk-TM" {
		t.Errorf("terms %+v, want locales ru and tk-TM", ts)
	}
}

// A TBX file in the legacy encoding its XML declaration names is read, as
// the other XML formats are.
func TestTBXImportDeclaredEncoding(t *testing.T) {
	doc := `<?xml version="1.0" encoding="windows-1251"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="mejlis"><langSec xml:lang="ru"><termSec><term>` + "\xcc\xe5\xe4\xe6\xeb\xe8\xf1" + `</term></termSec></langSec></conceptEntry>
</body></text></tbx>`
	g, err := ImportTBX("cp1251.tbx", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Concepts) != 1 || len(g.Concepts[0].Terms) != 1 || g.Concepts[0].Terms[0].Text != "Меджлис" {
		t.Fatalf("concepts = %+v, want the ru term Меджлис", g.Concepts)
	}
}

func TestImportSizeLimit(t *testing.T) {
	old := MaxInputSize
	MaxInputSize = 100
	defer func() { MaxInputSize = old }()
	big := "<tbx>" + strings.Repeat(" ", 200) + "</tbx>"
	if _, err := ImportTBX("big.tbx", strings.NewReader(big)); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v", err)
	}
	if _, err := ImportCSV("big.csv", strings.NewReader(strings.Repeat("a,", 100))); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v", err)
	}
}

// needTool skips a test when an outside tool is missing, except in CI.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is needed in CI (Debian: libxml2-utils, jing)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// The export validates against the TBX v3 core structure (RELAX NG, with
// xmllint and jing) and the TBX-Basic dialect rules (Schematron, with jing).
func TestTBXExportValidates(t *testing.T) {
	g := loadProject(t)
	var buf bytes.Buffer
	if err := g.ExportTBX(&buf, "en"); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "terms.tbx")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	rng := filepath.Join(testdata, "schemas", "TBXcoreStructV03.rng")
	sch := filepath.Join(testdata, "schemas", "TBX-Basic_DCA.sch")
	t.Run("xmllint", func(t *testing.T) {
		out, err := exec.Command(needTool(t, "xmllint"), "--noout", "--nonet", "--relaxng", rng, file).CombinedOutput()
		if err != nil {
			t.Errorf("xmllint: %v\n%s", err, out)
		}
	})
	t.Run("jing", func(t *testing.T) {
		jing := needTool(t, "jing")
		for _, schema := range []string{rng, sch} {
			out, err := exec.Command(jing, schema, file).CombinedOutput()
			if err != nil {
				t.Errorf("jing %s: %v\n%s", filepath.Base(schema), err, out)
			}
		}
	})
}
