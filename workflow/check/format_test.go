package check

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/workflow/ui/palette"
)

// goldenDir holds the golden files of the whole repository's check tests.
const goldenDir = "../../testdata/check"

func sampleReport() Report {
	return NewReport([]Finding{
		{Check: "numbers", Severity: Error, Locale: "ru", Document: "iom-seminar", Segment: "5ce6fa46ab49",
			File: "locales/ru/iom-seminar.toml", Line: 31, Message: `"2030" is missing from the translation`},
		{Check: "untranslated", Severity: Error, Locale: "ru", Document: "iom-seminar", Segment: "67a14bfb5471",
			File: "locales/ru/iom-seminar.toml", Line: 8, Message: "the segment has no translation"},
		{Check: "quote-style", Severity: Warning, Locale: "tk", Document: "iom-seminar", Segment: "a3c2d7e034f5",
			File: "locales/tk/iom-seminar.toml", Line: 120, Message: "quotes \"…\" where the locale uses «…»: a, b <c> & 100%\nnext line"},
	}, []string{"locales/ru/iom-seminar.toml", "locales/tk/iom-seminar.toml", "locales/tk/other.toml"})
}

func TestWriteGolden(t *testing.T) {
	for _, f := range []Format{Text, JSON, JUnit, GitHub} {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, sampleReport(), Options{}); err != nil {
				t.Fatal(err)
			}
			golden.File(t, filepath.Join(goldenDir, "report."+f.String()), b.Bytes())
		})
	}
	t.Run("text-color", func(t *testing.T) {
		var b bytes.Buffer
		if err := Write(&b, Text, sampleReport(), Options{Palette: palette.New(true)}); err != nil {
			t.Fatal(err)
		}
		golden.File(t, filepath.Join(goldenDir, "report.color.text"), b.Bytes())
	})
}

func TestWriteEmpty(t *testing.T) {
	r := NewReport(nil, []string{"locales/ru/a.toml"})
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{Text, ""},
		{GitHub, ""},
		{JSON, "{\n  \"findings\": [],\n  \"summary\": {\n    \"errors\": 0,\n    \"warnings\": 0\n  }\n}\n"},
	} {
		var b bytes.Buffer
		if err := Write(&b, tc.f, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%v: got %q, want %q", tc.f, b.String(), tc.want)
		}
	}
}

// TestJUnitParses reads the JUnit output back as XML, as a CI system does.
func TestJUnitParses(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, JUnit, sampleReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Type    string `xml:"type,attr"`
					Message string `xml:"message,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("JUnit output is not XML: %v\n%s", err, b.String())
	}
	if got.Tests != 4 || got.Failures != 3 || len(got.Suites) != 3 {
		t.Fatalf("tests=%d failures=%d suites=%d, want 4, 3, 3", got.Tests, got.Failures, len(got.Suites))
	}
	f := got.Suites[1].Cases[0].Failure
	if f == nil || f.Type != "warning" || f.Message != "quotes \"…\" where the locale uses «…»: a, b <c> & 100%\nnext line" {
		t.Errorf("warning case: %+v", f)
	}
	if got.Suites[2].Cases[0].Failure != nil {
		t.Errorf("clean file has a failure")
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, JSON, sampleReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	keys := []string{"check", "severity", "locale", "document", "segment", "file", "line", "message"}
	for _, k := range keys {
		if _, ok := got.Findings[0][k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
	if got.Summary["errors"] != 2 || got.Summary["warnings"] != 1 {
		t.Errorf("summary %v", got.Summary)
	}
}

func TestFails(t *testing.T) {
	r := sampleReport()
	warnOnly := NewReport([]Finding{{Check: "x", Severity: Warning}, {Check: "y", Severity: Off}}, nil)
	for _, tc := range []struct {
		r     Report
		level Severity
		want  bool
	}{
		{r, Error, true}, {r, Warning, true},
		{warnOnly, Error, false}, {warnOnly, Warning, true},
		{NewReport(nil, nil), Warning, false},
	} {
		if got := tc.r.Fails(tc.level); got != tc.want {
			t.Errorf("Fails(%v) on %v = %v", tc.level, tc.r.Summary, got)
		}
	}
	if len(warnOnly.Findings) != 1 {
		t.Errorf("NewReport kept a finding of severity off")
	}
}

func TestParse(t *testing.T) {
	for _, s := range []string{"text", "json", "junit", "github"} {
		f, err := ParseFormat(s)
		if err != nil || f.String() != s {
			t.Errorf("ParseFormat(%q) = %v, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml) succeeded")
	}
	if _, err := ParseFailOn("off"); err == nil {
		t.Error("ParseFailOn(off) succeeded")
	}
	if s, err := ParseFailOn("warning"); err != nil || s != Warning {
		t.Errorf("ParseFailOn(warning) = %v, %v", s, err)
	}
}
