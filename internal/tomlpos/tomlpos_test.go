package tomlpos

import (
	"errors"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/terjime/terjime/internal/input"
)

const doc = `# a project
source_locale = "en"
target_locales = ["ru", "tk"]
note = """
name = "not a key: inside a string"
[[document]]
"""

[segment]
similarity = 0.6
abbreviations = { en = ["Inc."], ru = ["г."] }

[[document]]
name = "news"
source = "news.en.txt"

[[document]]
  name = "report"   # indented
source = "report.en.txt"

[check.severity]
length = "off"

[[segment.conflict]]
state = "translated"
`

func TestLine(t *testing.T) {
	k := Scan([]byte(doc))
	for _, tc := range []struct {
		path string
		want int
	}{
		{"source_locale", 2},
		{"target_locales", 3},
		{"note", 4},
		{"segment", 9},
		{"segment.similarity", 10},
		{"segment.abbreviations", 11},
		{"segment.abbreviations.ru", 11},
		{"check", 21}, // [check.severity] is the first of [check]
		{"check.severity.length", 22},
		{"document", 13}, // the first [[document]]
		{"name", 0},      // only inside [[document]]: not a root key
		{"missing", 0},
	} {
		if got := k.Line(tc.path); got != tc.want {
			t.Errorf("Line(%q) = %d, want %d", tc.path, got, tc.want)
		}
	}
}

func TestTablesAndLineIn(t *testing.T) {
	k := Scan([]byte(doc))
	if got := k.Tables("document"); len(got) != 2 || got[0] != 13 || got[1] != 17 {
		t.Errorf("Tables(document) = %v, want [13 17]", got)
	}
	if got := k.Tables("segment.conflict"); len(got) != 1 || got[0] != 24 {
		t.Errorf("Tables(segment.conflict) = %v, want [24]", got)
	}
	for _, tc := range []struct {
		name string
		i    int
		key  string
		want int
	}{
		{"document", 0, "name", 14},
		{"document", 1, "name", 18},
		{"document", 1, "source", 19},
		{"document", 1, "format", 17}, // absent: the header
		{"document", 2, "name", 0},    // no third document
		{"segment.conflict", 0, "state", 25},
	} {
		if got := k.LineIn(tc.name, tc.i, tc.key); got != tc.want {
			t.Errorf("LineIn(%q, %d, %q) = %d, want %d", tc.name, tc.i, tc.key, got, tc.want)
		}
	}
}

// A document with a syntax error is scanned up to it.
func TestScanStopsAtSyntaxError(t *testing.T) {
	k := Scan([]byte("a = 1\nb = \nc = 3\n"))
	if k.Line("a") != 1 || k.Line("c") != 0 {
		t.Errorf("Line(a) = %d, Line(c) = %d", k.Line("a"), k.Line("c"))
	}
}

func TestError(t *testing.T) {
	var v struct {
		A int `toml:"a"`
	}
	data := []byte("a = 1\nb = 2\n")
	err := toml.NewDecoder(strings.NewReader(string(data))).DisallowUnknownFields().Decode(&v)
	e := Error("x.toml", data, err, &v)
	if e.Error() != "x.toml:2:1: unknown key b" {
		t.Errorf("strict: %v", e)
	}
	data = []byte("a = 1\na = 2\n")
	err = toml.Unmarshal(data, &v)
	e = Error("x.toml", data, err, &v)
	var ie *input.Error
	if !errors.As(e, &ie) || ie.Line != 2 || !strings.HasPrefix(ie.Msg, "malformed TOML: ") {
		t.Errorf("decode: %#v", e)
	}
	// The parser's own error points into the data.
	data = []byte("a = 1\nb = [\n")
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
	}
	e = Error("x.toml", data, p.Error(), nil)
	if !errors.As(e, &ie) || ie.Line != 2 && ie.Line != 3 || !strings.HasPrefix(ie.Msg, "malformed TOML: ") {
		t.Errorf("parser: %#v", e)
	}
}

// TestErrorReadable: go-toml's errors about text people type in catalogs
// come with the column in characters, the character there as written, and
// a hint; the common mistake is a " inside a "…" translation.
func TestErrorReadable(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"target = \"Семинар открылся в \"Ашхабаде\".\"\n",
			`x.toml:1:31: malformed TOML: expected newline but got U+0410 'А'; a " inside the text ends the string: write \" for it, or use «…» instead`},
		{"note = \"Ýagşy\"\ntarget = \"«Türkmen» \\\"dili\\\" \"gowy\"\"\n",
			`x.toml:2:31: malformed TOML: expected newline but got U+0067 'g'; a " inside the text ends the string: write \" for it, or use «…» instead`},
		{"target = 'it''s'\n",
			`x.toml:1:14: malformed TOML: expected newline but got U+0027 '''; a ' inside '…' ends the string: put the text between "…" instead`},
		{"target = \"Aşgabat\n",
			`x.toml:1:18: malformed TOML: basic strings cannot have new lines; a line break inside "…" is written \n (or the text goes between """ and """)`},
		{"target = \"C:\\Ýollar\"\n",
			`x.toml:1:13: malformed TOML: invalid escape character U+00DD 'Ý'; a backslash starts an escape inside "…": write \\ for a backslash`},
		{"target = Ашхабад\n",
			`x.toml:1:10: malformed TOML: unexpected character U+0410 'А' at start of value; text goes between quotes: key = "…"`},
		{"target = \"a\"\ntarget = \"b\"\n", `x.toml:2:1: malformed TOML: key target is already defined`},
		// A catalog git merged line by line.
		{"id = \"a\"\n<<<<<<< ours\ntarget = \"А.\"\n=======\ntarget = \"Б.\"\n>>>>>>> theirs\n",
			`x.toml:2:1: malformed TOML: invalid character at start of key: U+003C '<'; git's conflict markers: keep one side's lines, delete the <<<<<<<, ======= and >>>>>>> lines, then git add (terjime git setup makes git merge catalogs segment by segment)`},
		// In an array and in an inline table (a glossary's terms).
		{"preferred = [\"Международная организация \"МОМ\"\"]\n",
			`x.toml:1:42: malformed TOML: expected ',' or ']' after array value; a " inside the text ends the string: write \" for it, or use «…» instead`},
		{"ru = { term = \"ООН \"Женщины\"\" }\n",
			`x.toml:1:21: malformed TOML: expected ',' or '}' after inline table key-value; a " inside the text ends the string: write \" for it, or use «…» instead`},
		// A multi-line string closed before more text: no hint.
		{"note = \"\"\"x\"\"\"y\"\n", `x.toml:1:15: malformed TOML: expected newline but got U+0079 'y'`},
		// Text after the value, but no quote in it: no hint.
		{"target = \"Aşgabat\" şäheri\n", `x.toml:1:20: malformed TOML: expected newline but got U+015F 'ş'`},
	} {
		var m map[string]any
		err := toml.Unmarshal([]byte(tc.data), &m)
		if got := Error("x.toml", []byte(tc.data), err, nil); got == nil || got.Error() != tc.want {
			t.Errorf("%q:\n got %v\nwant %s", tc.data, got, tc.want)
		}
	}
	// The error keeps its line, for showing with the column.
	data := []byte("a = 1\ntarget = \"в \"А\".\"\nb = 2\n")
	var m map[string]any
	e := Error("x.toml", data, toml.Unmarshal(data, &m), &m)
	var ie *input.Error
	if !errors.As(e, &ie) || ie.Source != `target = "в "А"."` || ie.Column != 14 {
		t.Errorf("%v: line %q", e, ie.Source)
	}
	// Strict mode's columns are characters too.
	var v struct {
		A struct {
			City string `toml:"şäher"`
		} `toml:"a"`
	}
	data = []byte("a = { \"şäher\" = \"Aşgabat\", bad = 2 }\n")
	err := toml.NewDecoder(strings.NewReader(string(data))).DisallowUnknownFields().Decode(&v)
	if e := Error("x.toml", data, err, &v); !errors.As(e, &ie) || e.Error() != "x.toml:1:28: unknown key bad" ||
		ie.Source != string(data[:len(data)-1]) {
		t.Errorf("strict: %v (line %q)", e, ie.Source)
	}
}

// TestErrorUnknownKey: a key the decoded value has no field for gets the
// key it most likely meant, looked up in the table it stands in (an array
// of tables, an inline table, a pointer or an embedded struct on the way);
// a key like none of them, or in a map, gets none.
func TestErrorUnknownKey(t *testing.T) {
	type Common struct {
		Note string `toml:"note"`
	}
	type segment struct {
		ID     string `toml:"id"`
		Source string `toml:"source"`
		Target string `toml:"target"`
		Common
		Conflicts []struct {
			Target string `toml:"target"`
			From   string `toml:"from"`
		} `toml:"conflict"`
	}
	type catalog struct {
		Document string            `toml:"document"`
		Segments []*segment        `toml:"segment"`
		Extra    map[string]string `toml:"extra"`
		Build    struct{ Layout string }
	}
	for data, want := range map[string]string{
		"documnet = \"x\"\n":                               "x.toml:1:1: unknown key documnet; did you mean document?",
		"[[segment]]\nid = \"a\"\ntargte = \"b\"\n":        "x.toml:3:1: unknown key segment.targte; did you mean target?",
		"[[segment]]\nnotes = \"b\"\n":                     "x.toml:2:1: unknown key segment.notes; did you mean note?",
		"[[segment]]\n[[segment.conflict]]\nfrm = \"b\"\n": "x.toml:3:1: unknown key segment.conflict.frm; did you mean from?",
		"[Build]\nlayuot = \"hugo\"\n":                     "x.toml:2:1: unknown key Build.layuot; did you mean Layout?",
		"[[segment]]\ncomment = \"b\"\n":                   "x.toml:2:1: unknown key segment.comment",
		"[[segment]]\nx = \"b\"\n":                         "x.toml:2:1: unknown key segment.x",
	} {
		var c catalog
		err := toml.NewDecoder(strings.NewReader(data)).DisallowUnknownFields().Decode(&c)
		if got := Error("x.toml", []byte(data), err, &c); got.Error() != want {
			t.Errorf("%q:\n got %v\nwant %s", data, got, want)
		}
	}
}
