package locales_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/terjime/terjime/workflow/catalog"
)

// The published editions of the seed article. These tests hold the text
// itself to the newsroom's rules, which terjime check does not know:
// the right alphabet for each language, its quotation marks, and the
// no-break space before a dash.
const document = "iom-seminar"

var editions = []string{"ru", "tk"}

func readCatalog(t *testing.T, locale string) *catalog.Catalog {
	t.Helper()
	c, err := catalog.ReadFile(filepath.Join(locale, document+".toml"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestEditionsComplete checks that every segment of the source has a done
// translation in each edition (the date stays as is and needs none), and
// that an edition has no segment the source lacks.
func TestEditionsComplete(t *testing.T) {
	src := readCatalog(t, "en")
	for _, loc := range editions {
		t.Run(loc, func(t *testing.T) {
			c := readCatalog(t, loc)
			for _, s := range src.Segments {
				if s.Verbatim {
					continue // target catalogs leave the date out
				}
				seg, ok := c.Lookup(s.ID)
				if !ok {
					t.Errorf("%s: segment %s (%.40q) is missing", c.Path, s.ID, s.Source)
					continue
				}
				if seg.Source != s.Source {
					t.Errorf("%s:%d: segment %s: source differs from the source catalog's", c.Path, seg.Line, s.ID)
				}
				if strings.TrimSpace(seg.Target) == "" || !seg.State.Done() {
					t.Errorf("%s:%d: segment %s is %s with target %q", c.Path, seg.Line, s.ID, seg.State, seg.Target)
				}
			}
			for _, seg := range c.Segments {
				if _, ok := src.Lookup(seg.ID); !ok {
					t.Errorf("%s:%d: segment %s is not in the source catalog", c.Path, seg.Line, seg.ID)
				}
			}
		})
	}
}

// TestEditionsTypography runs the text rules over every target.
func TestEditionsTypography(t *testing.T) {
	for _, loc := range editions {
		t.Run(loc, func(t *testing.T) {
			c := readCatalog(t, loc)
			for _, s := range c.Segments {
				if s.Target == "" {
					continue
				}
				for _, p := range textProblems(loc, s.Target) {
					t.Errorf("%s:%d: segment %s: %s", c.Path, s.Line, s.ID, p)
				}
				if p := endProblem(s.Source, s.Target); p != "" {
					t.Errorf("%s:%d: segment %s: %s", c.Path, s.Line, s.ID, p)
				}
			}
		})
	}
}

// TestSourceTypoCorrected checks that the source's misspelling of the
// Magtymguly Youth Organization is not carried into the editions.
func TestSourceTypoCorrected(t *testing.T) {
	want := map[string]string{"ru": "Махтумкули", "tk": "Magtymguly"}
	found := false
	for _, loc := range editions {
		c := readCatalog(t, loc)
		for _, s := range c.Segments {
			if !strings.Contains(s.Source, "Magtyumguly") {
				continue
			}
			found = true
			if !strings.Contains(s.Target, want[loc]) {
				t.Errorf("%s:%d: segment %s: the organisation is not named %q", c.Path, s.Line, s.ID, want[loc])
			}
			if strings.Contains(s.Target, "Magtyumguly") {
				t.Errorf("%s:%d: segment %s: the source's typo Magtyumguly is copied", c.Path, s.Line, s.ID)
			}
		}
	}
	if !found {
		t.Error("no segment of the source names Magtyumguly: update this test")
	}
}

// turkmenLetters is the Turkmen Latin alphabet (lower case).
const turkmenLetters = "abçdeäfghijžklmnňoöprsştuüwyýz"

// textProblems lists what breaks the rules of a locale's text.
func textProblems(locale, s string) []string {
	var ps []string
	add := func(format string, a ...any) { ps = append(ps, fmt.Sprintf(format, a...)) }
	if !norm.NFC.IsNormalString(s) {
		add("not in NFC")
	}
	if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
		add("leading, trailing or doubled space")
	}
	if i := strings.IndexAny(s, "\"'`”‘’"); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		add("quotation mark %q: use «…» (Russian inner quotes „…“)", r)
	}
	if strings.Count(s, "«") != strings.Count(s, "»") {
		add("unbalanced «…»")
	}
	switch locale {
	case "ru":
		if strings.Count(s, "„") != strings.Count(s, "“") {
			add("unbalanced „…“")
		}
	default:
		if strings.ContainsAny(s, "„“") {
			add("„…“ are Russian quotation marks: use «…»")
		}
	}
	if strings.Contains(s, " - ") || strings.Contains(s, " – ") {
		add("a hyphen or en dash used as a dash: use —")
	}
	for i, r := range s {
		if r != '—' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len("—"):])
		if before != '\u00a0' || after != ' ' {
			add("a dash needs a no-break space before it and a space after it (at byte %d)", i)
		}
	}
	for _, w := range words(s) {
		if p := wordProblem(locale, w); p != "" {
			add("%q: %s", w, p)
		}
	}
	return ps
}

// words splits s into runs of letters; hyphens and digits end a run, so
// MHG-nyň gives MHG and nyň.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
}

func wordProblem(locale, w string) string {
	var latin, cyrillic, other bool
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark (a stress accent) belongs to its letter
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic = true
		default:
			other = true
		}
	}
	acronym := w == strings.ToUpper(w) && utf8.RuneCountInString(w) > 1
	switch {
	case other:
		return "letters of neither the Latin nor the Cyrillic script"
	case latin && cyrillic:
		return "mixes Latin and Cyrillic letters"
	}
	switch locale {
	case "ru":
		if latin && !acronym {
			return "Latin letters in Russian text (only acronyms may stay Latin)"
		}
	case "tk":
		if cyrillic {
			return "Cyrillic letters in Turkmen text"
		}
		if acronym {
			return ""
		}
		for _, r := range strings.ToLower(w) {
			if !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(turkmenLetters, r) {
				return fmt.Sprintf("%q is not a letter of the Turkmen alphabet", r)
			}
		}
	}
	return ""
}

// endProblem checks that a target ends like its source: a sentence with a
// full stop, a question with a question mark, a title with neither.
func endProblem(source, target string) string {
	end := func(s string) rune {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "»“”\" "))
		if strings.ContainsRune(".?!:", r) {
			return r
		}
		return 0
	}
	if a, b := end(source), end(target); a != b {
		return fmt.Sprintf("the source ends with %q but the target with %q", a, b)
	}
	return ""
}

func TestTextProblems(t *testing.T) {
	nb := "\u00a0"
	tests := []struct {
		locale, text string
		want         int // number of problems
	}{
		{"ru", "Представительство МОМ провело семинар.", 0},
		{"ru", "институт Уполномоченного по правам человека" + nb + "— Омбудсмена", 0},
		{"ru", "проект «Усиление „противодействия“»", 0},
		{"ru", "институт Уполномоченного — Омбудсмена", 1}, // plain space before the dash
		{"ru", "институт Уполномоченного - Омбудсмена", 1}, // hyphen as a dash
		{"ru", "проект \"Усиление\"", 1},                   // ASCII quotes
		{"ru", "проект «Усиление", 1},                      // unbalanced
		{"ru", "представители Мeджлиса", 1},                // Latin e inside a Cyrillic word
		{"ru", "семинар Migration", 1},                     // a Latin word that is not an acronym
		{"ru", "Семинар IOM", 0},                           // an acronym
		{"ru", "Семинар\u0301 МОМ", 0},                     // a combining stress mark is not a word break
		{"tk", "MHG-niň seminary adam söwdasyna bagyşlandy", 0},
		{"tk", "Adam hukuklary boýunça ygtyýarly wekiliň" + nb + "— Adalatçynyň instituty", 0},
		{"tk", "MHG-ның seminary", 1},        // Cyrillic suffix
		{"tk", "Gyzyl Yarımay jemgyýeti", 1}, // Turkish ı
		{"tk", "«Migrasiýa hakynda» Kanun", 0},
		{"tk", "“Migrasiýa hakynda” Kanun", 2}, // English quotes: both ” and “ are wrong here
		{"tk", "„Migrasiýa hakynda“ Kanun", 1}, // Russian quotes in Turkmen
		{"tk", "Cooperation", 1},               // c is not Turkmen
		{"tk", "COVID-19 pandemiýasy", 0},      // acronym
		{"tk", "Mejlis ", 1},                   // trailing space
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.text, func(t *testing.T) {
			got := textProblems(tt.locale, tt.text)
			if len(got) != tt.want {
				t.Errorf("textProblems(%q, %q) = %q, want %d problem(s)", tt.locale, tt.text, got, tt.want)
			}
		})
	}
}

func TestEndProblem(t *testing.T) {
	tests := []struct {
		source, target string
		ok             bool
	}{
		{"It took place.", "Состоялось.", true},
		{"Cure or poison? On tourism", "Лекарство или яд? О туризме", true},
		{"A title", "Заголовок", true},
		{"It took place.", "Состоялось", false},
		{"A title", "Заголовок.", false},
		{"in the project “X”.", "в рамках проекта «X».", true},
	}
	for _, tt := range tests {
		if got := endProblem(tt.source, tt.target) == ""; got != tt.ok {
			t.Errorf("endProblem(%q, %q) ok = %v, want %v", tt.source, tt.target, got, tt.ok)
		}
	}
}
