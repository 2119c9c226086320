package workflow

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/internal/tomlpos"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/goi18ncheck"
	"github.com/terjime/terjime/workflow/ui"
)

// TestCheckMessagesInEnglishFile keeps the English texts of the findings,
// which the check packages render themselves for JSON and library users,
// and of the TOML errors' hints, equal to the UI's English messages.
func TestCheckMessagesInEnglishFile(t *testing.T) {
	data, err := os.ReadFile("../locales/active.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	var en map[string]map[string]any
	if err := toml.Unmarshal(data, &en); err != nil {
		t.Fatal(err)
	}
	// The registry holds the messages of every registered check, the
	// glossary's among them.
	if _, ok := check.Messages["GlossaryMissing"]; !ok {
		t.Error("the glossary's checks are not registered")
	}
	for _, msgs := range []map[string]string{check.Messages, goi18ncheck.Messages, tomlpos.Hints} {
		for id, text := range msgs {
			m, ok := en[id]
			if !ok {
				t.Errorf("%s is missing from locales/active.en.toml", id)
				continue
			}
			if m["other"] != text {
				t.Errorf("%s: active.en.toml has %q, the code %q", id, m["other"], text)
			}
		}
	}

}

// TestLocalizedFindings renders findings through the UI in each language.
func TestLocalizedFindings(t *testing.T) {
	f := check.Finding{Check: "numbers", Severity: check.Error, Key: "CheckNumberMissing", Args: map[string]any{"Number": "2030"}, Message: "x"}
	for lang, want := range map[string]string{
		"en": `the number "2030" is missing from the translation`,
		"ru": "в переводе нет числа «2030»",
		"tk": "terjimede «2030» sany ýok",
	} {
		env, _, _ := ui.NewTest(lang, "")
		fs := []check.Finding{f}
		check.Localize(fs, env.T)
		if fs[0].Message != want {
			t.Errorf("%s: %q, want %q", lang, fs[0].Message, want)
		}
	}
}

func sampleStatus() *StatusReport {
	doc := func(name string, seg, words Counts) DocumentStatus {
		d := DocumentStatus{Document: name, Progress: Progress{Tally: Tally{Segments: seg, Words: words}}}
		d.Percent = round2(d.Segments.percent())
		return d
	}
	loc := func(name string, docs ...DocumentStatus) LocaleStatus {
		l := LocaleStatus{Locale: name, Documents: docs}
		for _, d := range docs {
			l.plus(d.Progress)
		}
		l.Percent = round2(l.Segments.percent())
		return l
	}
	ru := loc("ru",
		doc("iom-seminar",
			Counts{Total: 1234, Untranslated: 300, Outdated: 34, Translated: 500, Reviewed: 300, Final: 100},
			Counts{Total: 25678, Untranslated: 6000, Outdated: 678, Translated: 10000, Reviewed: 6000, Final: 3000}),
		doc("brief", Counts{Total: 3, Final: 3}, Counts{Total: 40, Final: 40}))
	tk := loc("tk",
		doc("iom-seminar", Counts{Total: 1234, Untranslated: 1234}, Counts{Total: 25678, Untranslated: 25678}),
		doc("brief", Counts{Total: 3, Untranslated: 3}, Counts{Total: 40, Untranslated: 40}))
	return &StatusReport{Locales: []LocaleStatus{ru, tk}}
}

// TestStatusTable pins the terminal table in each UI language: headers
// and numbers localized (1 234,5 in Russian and Turkmen), progress bars.
func TestStatusTable(t *testing.T) {
	for _, lang := range []string{"en", "ru", "tk"} {
		t.Run(lang, func(t *testing.T) {
			env, out, _ := ui.NewTest(lang, "")
			env.OutTTY = true
			writeStatusTable(env, sampleStatus())
			golden.File(t, filepath.Join("..", "testdata", "check", "status.table."+lang+".txt"), out.Bytes())
		})
	}
}

// TestStateWording holds the words a native editor asked for: a state name
// in Russian is a participle like the others («утверждено», not the adverb
// «окончательно»), and Turkmen tells an outdated translation (könelen)
// from an obsolete entry (ulanylmaýan), as Russian does (устарело,
// неиспользуемая).
func TestStateWording(t *testing.T) {
	ru, _, _ := ui.NewTest("ru", "")
	if got := ru.T(stateColumns[catalog.Final], nil); got != "утверждено" {
		t.Errorf("ru final: %q", got)
	}
	tk, _, _ := ui.NewTest("tk", "")
	outdated, obsolete := tk.T(stateColumns[catalog.Outdated], nil), tk.T("CheckObsolete", nil)
	if outdated != "könelen" || strings.Contains(obsolete, "könel") || !strings.HasPrefix(obsolete, "ulanylmaýan ýazgy") {
		t.Errorf("tk outdated %q, obsolete %q", outdated, obsolete)
	}
	if obs := ru.T("CheckObsolete", nil); strings.Contains(obs, "устар") {
		t.Errorf("ru obsolete: %q", obs)
	}
}

// TestStatusTableColor: on a colour terminal a bar is painted by the
// palette, yellow while work remains; the numbers stay plain.
func TestStatusTableColor(t *testing.T) {
	env, out, _ := ui.NewTest("en", "")
	env.OutTTY, env.Color = true, true
	writeStatusTable(env, sampleStatus())
	pal := env.Palette()
	if want := pal.Todo(bar(0, barWidth)) + " 0.0%"; !strings.Contains(out.String(), want) {
		t.Errorf("no painted bar %q in\n%s", want, out)
	}
	env, plain, _ := ui.NewTest("en", "")
	env.OutTTY = true
	writeStatusTable(env, sampleStatus())
	if strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("colour without Color:\n%q", plain)
	}
}

// TestStatusTableFits: the table fits the terminal's width, giving up
// first bar cells, then the columns that tell least; the name and the
// percent stay however narrow the terminal.
func TestStatusTableFits(t *testing.T) {
	for _, tt := range []struct {
		width      int
		has, hasnt []string
	}{
		{0, []string{"████", "final", "words done"}, nil},
		{200, []string{strings.Repeat("░", 20), "final", "words done"}, nil},
		{100, []string{"  translated", "words done"}, []string{"final", "reviewed", strings.Repeat("░", 11)}},
		{80, []string{"untranslated", "outdated", "█"}, []string{"final", "reviewed", "  translated", "words"}},
		{40, []string{"73.0%", "iom-seminar"}, []string{"█", "outdated"}},
		{10, []string{"73.0%", "iom-seminar"}, []string{"█", "untranslated"}},
	} {
		env, out, _ := ui.NewTest("en", "")
		env.OutTTY, env.Width = true, tt.width
		writeStatusTable(env, sampleStatus())
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); tt.width >= 40 && n > tt.width {
				t.Errorf("width %d: a line of %d cells: %q", tt.width, n, l)
			}
		}
		for _, s := range tt.has {
			if !strings.Contains(out.String(), s) {
				t.Errorf("width %d: no %q in\n%s", tt.width, s, out)
			}
		}
		for _, s := range tt.hasnt {
			if strings.Contains(out.String(), s) {
				t.Errorf("width %d: %q in\n%s", tt.width, s, out)
			}
		}
	}
}

func TestBar(t *testing.T) {
	for _, c := range []struct {
		pct  float64
		want string
	}{
		{0, strings.Repeat("░", 20)},
		{100, strings.Repeat("█", 20)},
		{50, strings.Repeat("█", 10) + strings.Repeat("░", 10)},
		{52.5, strings.Repeat("█", 10) + "▌" + strings.Repeat("░", 9)},
	} {
		if got := bar(c.pct, 20); got != c.want {
			t.Errorf("bar(%v) = %q, want %q", c.pct, got, c.want)
		}
	}
}

// TestStatusSeed runs status on the repository's own project.
func TestStatusSeed(t *testing.T) {
	p, err := LoadProject("..")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ComputeStatus(context.Background(), p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Locales) != 2 || rep.Locales[0].Locale != "ru" || rep.Locales[1].Locale != "tk" {
		t.Fatalf("locales %+v", rep.Locales)
	}
	for _, l := range rep.Locales {
		if l.Segments.Total == 0 || l.Words.Total < l.Segments.Total {
			t.Errorf("%s: %+v", l.Locale, l)
		}
		// Every segment is in exactly one state.
		s := l.Segments
		if s.Untranslated+s.Outdated+s.Translated+s.Reviewed+s.Final != s.Total {
			t.Errorf("%s: states do not add up: %+v", l.Locale, s)
		}
	}
	words := 0
	for _, d := range p.Documents {
		src, err := p.readSourceCatalog(d.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range src.Segments {
			if !s.Verbatim {
				words += catalog.Words(s.Source)
			}
		}
	}
	if rep.Locales[0].Words.Total != words {
		t.Errorf("words %d, want the source's %d", rep.Locales[0].Words.Total, words)
	}
}
