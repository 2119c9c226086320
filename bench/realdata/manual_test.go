package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/terjime/terjime/workflow/segment"
)

func TestPlainMan(t *testing.T) {
	cases := []struct{ in, want string }{
		{"use B<connect>(2)  to establish", "use connect(2) to establish"},
		{"I<B<bold italic>> text", "bold italic text"},
		{"large (E<gt> 64\\ kB) TCP windows", "large (> 64\u00a0kB) TCP windows"},
		{"a\\-b \\(em c", "a-b — c"},
		{"E<.UR http://www.infradead.org\\:/\\[ti]tgr\\:/libnl/> libnl E<.UE>", "http://www.infradead.org/~tgr/libnl/ libnl"},
	}
	for _, c := range cases {
		if got := plainMan(c.in); got != c.want {
			t.Errorf("plainMan(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainHTML(t *testing.T) {
	cases := []struct{ in, want string }{
		{`see <a class="ulink" href="https://example.org/x">this site</a>.`, "see this site (https://example.org/x)."},
		{`see <a href="https://example.org/x">https://example.org/x</a>.`, "see https://example.org/x."},
		{`<code class="literal">apt</code> &amp; dpkg`, "apt & dpkg"},
		{`the <ulink url="https://kde.org/">KDE site</ulink>`, "the KDE site (https://kde.org/)"},
		{`see <ulink url="https://kde.org/"></ulink>`, "see https://kde.org/"},
		{"на <ulink\nurl=\"https://ru.wikipedia.org/wiki/VCard\" >этом веб-сайте</ulink >.", "на этом веб-сайте (https://ru.wikipedia.org/wiki/VCard)."},
		{`&dolphin; on &kde; &amp;lt;b&amp;gt;`, "dolphin on kde &lt;b&gt;"},
	}
	for _, c := range cases {
		if got := plainHTML(c.in); got != c.want {
			t.Errorf("plainHTML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPaired: a paragraph gives its sentences only where they pair one to
// one; a translator who reorders them keeps the paragraph whole.
func TestPaired(t *testing.T) {
	cases := []struct {
		src, tgt string
		want     bool
	}{
		{"Free CMA pages. It needs CONFIG_CMA.", "Свободные страницы CMA. Требуется CONFIG_CMA.", true},
		{"Free CMA pages. It needs CONFIG_CMA.", "Требуется CONFIG_CMA. Свободные страницы CMA.", false},
		{"One sentence. Two sentences.", "Одно предложение, два предложения.", false},
	}
	en := segment.NewSentencer(segment.Options{Lang: "en"})
	ru := segment.NewSentencer(segment.Options{Lang: "ru"})
	for _, c := range cases {
		if got := paired(c.src, c.tgt, en.Sentences(c.src), ru.Sentences(c.tgt)); got != c.want {
			t.Errorf("paired(%q, %q) = %v, want %v", c.src, c.tgt, got, c.want)
		}
	}
}

func TestReadManual(t *testing.T) {
	po := `msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

#. type: TH
msgid "TCP 2023-02-05 \"Linux man-pages 6.03\""
msgstr "TCP 5 февраля 2023 г. \"Linux man-pages 6.03\""

#. type: Plain text
#, fuzzy
msgid "The socket is B<closed>.  Data is lost."
msgstr "Сокет B<закрыт>. Данные теряются."

#. type: IP
msgid "*"
msgstr "*"

#. type: Plain text
msgid "See below."
msgstr "Смотрите ниже."

#. type: Plain text
#, fuzzy, no-wrap
msgid "/* Link with \"-lrt\" */\n"
msgstr "/* компоновка с \"-lrt\" */\n"
`
	path := filepath.Join(t.TempDir(), "man-tcp.7.ru.po")
	if err := os.WriteFile(path, []byte(po), 0o644); err != nil {
		t.Fatal(err)
	}
	es, err := readManual(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.id+" → "+e.str)
	}
	want := []string{"The socket is closed. → Сокет закрыт.", "Data is lost. → Данные теряются.", "See below. → Смотрите ниже."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("readManual:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadManualNavigation: an HTML page's navigation, other pages'
// titles cut short, is no text of the page.
func TestReadManualNavigation(t *testing.T) {
	po := `msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

#. type: Attribute 'title' of: <html><head><link>
msgid "10.2. X.509 certificates"
msgstr "10.2. X.509 certificates"

#. type: Content of: <html><body><ul><li>
msgid ""
"<a accesskey=\"n\" "
"href=\"sect.quality-of-service.html\"><strong>Next</strong>10.4. Quality of "
"Service</a>"
msgstr ""
"<a accesskey=\"n\" "
"href=\"sect.quality-of-service.html\"><strong>След.</strong>10.4. Качество "
"обслуживания (регулирование скорос...</a>"

#. type: Content of: <html><body><div><p>
msgid "A virtual private network links two networks."
msgstr "Виртуальная частная сеть соединяет две сети."
`
	path := filepath.Join(t.TempDir(), "handbook-vpn.ru.po")
	if err := os.WriteFile(path, []byte(po), 0o644); err != nil {
		t.Fatal(err)
	}
	es, err := readManual(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].id != "A virtual private network links two networks." {
		t.Errorf("readManual: %q, want the paragraph alone", es)
	}
}

// TestReadVerdicts: two judged files with different verdicts on one
// finding are an error, the same verdict twice counts once.
func TestReadVerdicts(t *testing.T) {
	dir := t.TempDir()
	head := strings.Join(judgedHeader, "\t") + "\n"
	row := "\turls\tru\tvlc\tabc\tthe URL x is missing\n"
	bad := filepath.Join(dir, "judged-bad.tsv")
	os.WriteFile(bad, []byte(head+"maybe"+row), 0o644)
	if _, err := readVerdicts(bad); err == nil {
		t.Errorf("a verdict other than y or n is read")
	}
	a, b, c := filepath.Join(dir, "judged-a.tsv"), filepath.Join(dir, "judged-b.tsv"), filepath.Join(dir, "judged-c.tsv")
	os.WriteFile(a, []byte(head+"y"+row), 0o644)
	os.WriteFile(b, []byte(head+"y"+row), 0o644)
	os.WriteFile(c, []byte(head+"n"+row), 0o644)
	if vs, err := judgedVerdicts([]string{a, b}); err != nil || len(vs) != 1 {
		t.Errorf("judgedVerdicts(a, b) = %v, %v; want one verdict", vs, err)
	}
	if _, err := judgedVerdicts([]string{a, c}); err == nil {
		t.Errorf("judgedVerdicts(a, c): two verdicts on one finding, no error")
	}
}

// TestKindOfType: a manual's entry has the kind terjime's own
// segmentation (workflow/htmldoc) gives its innermost block element: an
// attribute, a heading, a list item, a table cell; a paragraph otherwise.
func TestKindOfType(t *testing.T) {
	cases := []struct{ block, want string }{
		{"#. type: Attribute 'alt' of: <html><body><div><img>\nmsgid \"x\"", "attribute"},
		{"#. type: Content of: <html><body><div><div><div><ul><li>\nmsgid \"x\"", "item"},
		{"#. type: Content of: <html><body><div><div><div><ul><li><p>\nmsgid \"x\"", ""}, // a paragraph in an item, as htmldoc has it
		{"#. type: Content of: <html><body><div><h2>\nmsgid \"x\"", "heading"},
		{"#. type: Content of: <html><body><table><tr><td>\nmsgid \"x\"", "cell"},
		{"#. type: Content of: <html><body><ul><li><div><p>\nmsgid \"x\"", ""},
		{"#. type: Content of: <chapter><sect1><itemizedlist><listitem><para>\nmsgid \"x\"", ""},
		{"#. type: Content of: <chapter><sect1><title>\nmsgid \"x\"", "heading"},
		{"#. type: SH\nmsgid \"x\"", "heading"},
		{"#. type: Plain text\nmsgid \"x\"", ""},
		{"msgid \"x\"", ""},
	}
	for _, c := range cases {
		if got := kindOfType([]byte(c.block)); got != c.want {
			t.Errorf("kindOfType(%q) = %q, want %q", c.block, got, c.want)
		}
	}
}
