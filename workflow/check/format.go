package check

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/workflow/ui/palette"
)

// Format is an output format of a report.
type Format int

// The report formats.
const (
	Text   Format = iota // grouped by file, for people
	JSON                 // Report as JSON, for programs
	JUnit                // JUnit XML, for CI test dashboards
	GitHub               // GitHub Actions workflow commands
)

// Formats lists the report formats, in the order --help names them.
var Formats = []Format{Text, JSON, JUnit, GitHub}

var formatNames = [...]string{"text", "json", "junit", "github"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat reads the value of --format.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return Text, fmt.Errorf("unknown format %q (want text, json, junit or github)", s)
}

// Options tune Write.
type Options struct {
	// Palette colours the text format; the zero palette leaves it plain.
	Palette palette.Palette
	// SeverityLabel names a severity in the text format, in the UI
	// language; the English name when nil.
	SeverityLabel func(Severity) string
}

// Write prints r to w in format f.
func Write(w io.Writer, f Format, r Report, o Options) error {
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case Text:
		writeText(bw, r, o)
	case JSON:
		err = writeJSON(bw, r)
	case JUnit:
		err = writeJUnit(bw, r)
	case GitHub:
		writeGitHub(bw, r)
	default:
		return fmt.Errorf("unknown format %v", f)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeText groups the findings by file: the file on a line of its own,
// then one line per finding with the line number, the severity, the message
// and the check's name, which is what a note flag or the [check] table
// names to silence it.
func writeText(w *bufio.Writer, r Report, o Options) {
	label := o.SeverityLabel
	if label == nil {
		label = Severity.String
	}
	width := 0
	for _, s := range []Severity{Error, Warning} {
		width = max(width, utf8.RuneCountInString(label(s)))
	}
	pal := o.Palette
	for i := 0; i < len(r.Findings); {
		group := groupName(r.Findings[i])
		j := i
		numW := 1
		for ; j < len(r.Findings) && groupName(r.Findings[j]) == group; j++ {
			numW = max(numW, len(strconv.Itoa(r.Findings[j].Line)))
		}
		if i > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(pal.Heading(group))
		w.WriteByte('\n')
		for _, f := range r.Findings[i:j] {
			lab := label(f.Severity)
			pad := strings.Repeat(" ", width-utf8.RuneCountInString(lab))
			paint := pal.Warning
			if f.Severity == Error {
				paint = pal.Error
			}
			line := ""
			if f.Line > 0 {
				line = strconv.Itoa(f.Line)
			}
			fmt.Fprintf(w, "  %*s  %s%s  %s  %s\n", numW, line, paint(lab), pad, oneLine(f.Message), pal.Detail("["+f.Check+"]"))
		}
		i = j
	}
}

func groupName(f Finding) string {
	if f.File != "" {
		return f.File
	}
	return f.Locale + "/" + f.Document
}

// oneLine keeps a finding on one line of output: quoted source text may
// hold the line break of a hard-wrapped sentence. A control character in
// the text is shown as an escape, never sent to the terminal.
func oneLine(s string) string {
	s = ctlchar.Visible(s)
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}

var lineBreaks = strings.NewReplacer("\r\n", "↵", "\n", "↵", "\r", "↵")

func writeJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// JUnit XML as Jenkins, GitLab and most CI dashboards read it: one test
// suite per checked file, one failing test case per finding (its type the
// severity, as golangci-lint writes it), and one passing case for a clean
// file so that it shows up as checked.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func writeJUnit(w io.Writer, r Report) error {
	all := junitSuites{Name: "terjime check"}
	index := map[string]int{}
	suite := func(name string) *junitSuite {
		i, ok := index[name]
		if !ok {
			i = len(all.Suites)
			index[name] = i
			all.Suites = append(all.Suites, junitSuite{Name: name})
		}
		return &all.Suites[i]
	}
	for _, f := range r.Findings {
		s := suite(groupName(f))
		name := f.Check
		if f.Segment != "" {
			name += " " + f.Segment
		}
		class := f.Locale
		if f.Document != "" {
			class += "." + f.Document
		}
		text := fmt.Sprintf("%s: %s: %s", position(f), f.Severity, f.Message)
		s.Cases = append(s.Cases, junitCase{
			Name: name, Classname: class, File: f.File, Line: f.Line,
			Failure: &junitFailure{Message: f.Message, Type: f.Severity.String(), Text: text},
		})
		s.Tests++
		s.Failures++
	}
	for _, file := range r.Files {
		if _, ok := index[file]; ok {
			continue
		}
		s := suite(file)
		s.Cases = append(s.Cases, junitCase{Name: "clean", Classname: file, File: file})
		s.Tests++
	}
	for _, s := range all.Suites {
		all.Tests += s.Tests
		all.Failures += s.Failures
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func position(f Finding) string {
	p := groupName(f)
	if f.Line > 0 {
		p += ":" + strconv.Itoa(f.Line)
	}
	return p
}

// writeGitHub prints one workflow command per finding; GitHub Actions shows
// each as an annotation on the file and line of the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func writeGitHub(w *bufio.Writer, r Report) {
	for _, f := range r.Findings {
		cmd := "warning"
		if f.Severity == Error {
			cmd = "error"
		}
		w.WriteString("::" + cmd + " ")
		var props []string
		if f.File != "" {
			props = append(props, "file="+escapeProperty(f.File))
			if f.Line > 0 {
				props = append(props, "line="+strconv.Itoa(f.Line))
			}
		}
		title := f.Check
		if f.Locale != "" {
			title = f.Locale + ": " + title
		}
		props = append(props, "title="+escapeProperty(title))
		w.WriteString(strings.Join(props, ","))
		w.WriteString("::")
		w.WriteString(escapeData(f.Message))
		w.WriteByte('\n')
	}
}

// escapeData and escapeProperty follow the escaping of @actions/core.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string { return dataEscaper.Replace(s) }

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
