package tmx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/golden"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/xmlsafe/xmltest"
)

const testdata = "../../testdata/tmx"

// fixture is one document translated into Russian and Turkmen, with
// segments in every state, and a second document in Russian only.
func fixture() []catalog.Pair {
	src := &catalog.Catalog{Document: "iom-seminar", Locale: "en", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "30a248c7b200", Kind: "date", Verbatim: true, Source: "07.08.2019", Sep: " | "},
		{ID: "67a14bfb5471", Kind: "title", Source: "Cooperation in countering global threats", Sep: "\n\n"},
		{ID: "5ce6fa46ab49", Kind: "paragraph", Block: 1, Source: "The IOM office organized the seminar.", Sep: " "},
		{ID: "a3c2d7e034f5", Kind: "paragraph", Block: 1, Source: "Representatives of the Mejlis & <Ombudsman>\r\nwere invited.", Sep: "\n"},
	}}
	ru := &catalog.Catalog{Document: "iom-seminar", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "67a14bfb5471", Source: src.Segments[1].Source, Target: "Сотрудничество в противодействии глобальным угрозам", State: catalog.Final},
		{ID: "5ce6fa46ab49", Source: src.Segments[2].Source, Target: "Офис МОМ организовал семинар.", State: catalog.Outdated, PreviousSource: "The IOM organized a seminar."},
		{ID: "a3c2d7e034f5", Source: src.Segments[3].Source, Target: "Были приглашены представители Меджлиса и «Омбудсмена».", State: catalog.Translated},
	}}
	tk := &catalog.Catalog{Document: "iom-seminar", Locale: "tk", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "67a14bfb5471", Source: src.Segments[1].Source, Target: "Döwrümiziň global howplaryna garşy göreşde hyzmatdaşlyk", State: catalog.Reviewed,
			ChangedBy: "Aýna Orazowa", ChangedAt: "2024-05-01T09:30:00Z"},
		{ID: "5ce6fa46ab49", Source: src.Segments[2].Source, Target: "HGG-niň edarasy seminar gurady.", State: catalog.Translated},
		{ID: "a3c2d7e034f5", Source: src.Segments[3].Source, State: catalog.Untranslated},
	}}
	ru2 := &catalog.Catalog{Document: "second", Locale: "ru", SourceLocale: "en", Segments: []catalog.Segment{
		{ID: "111111111111", Source: "Thank you.", Target: "Спасибо.", State: catalog.Final},
	}}
	return []catalog.Pair{{Source: src, Target: ru}, {Source: src, Target: tk}, {Target: ru2}}
}

func TestFromPairs(t *testing.T) {
	got := FromPairs(fixture())
	want := []TU{
		{Source: "Cooperation in countering global threats", Target: "Сотрудничество в противодействии глобальным угрозам", SourceLocale: "en", TargetLocale: "ru", Document: "iom-seminar", ID: "67a14bfb5471", State: "final"},
		{Source: "Cooperation in countering global threats", Target: "Döwrümiziň global howplaryna garşy göreşde hyzmatdaşlyk", SourceLocale: "en", TargetLocale: "tk", Document: "iom-seminar", ID: "67a14bfb5471", State: "reviewed"},
		{Source: "The IOM office organized the seminar.", Target: "HGG-niň edarasy seminar gurady.", SourceLocale: "en", TargetLocale: "tk", Document: "iom-seminar", ID: "5ce6fa46ab49", State: "translated"},
		{Source: "Representatives of the Mejlis & <Ombudsman>\r\nwere invited.", Target: "Были приглашены представители Меджлиса и «Омбудсмена».", SourceLocale: "en", TargetLocale: "ru", Document: "iom-seminar", ID: "a3c2d7e034f5", State: "translated"},
		{Source: "Thank you.", Target: "Спасибо.", SourceLocale: "en", TargetLocale: "ru", Document: "second", ID: "111111111111", State: "final"},
	}
	want[1].ChangedBy, want[1].ChangedAt = "Aýna Orazowa", "2024-05-01T09:30:00Z"
	for i := range want {
		want[i].Base = catalog.Base{Hash: catalog.TargetHash(want[i].Target), State: mustState(want[i].State)}.String()
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func mustState(s string) catalog.State {
	st, err := catalog.ParseState(s)
	if err != nil {
		panic(err)
	}
	return st
}

func write(t *testing.T, tus []TU) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, "en", tus); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The export matches the golden file, is the same on every run and is
// valid against the TMX 1.4 DTD.
func TestWriteGolden(t *testing.T) {
	got := write(t, FromPairs(fixture()))
	if again := write(t, FromPairs(fixture())); !bytes.Equal(got, again) {
		t.Fatal("two exports of the same catalogs differ")
	}
	golden.File(t, filepath.Join(testdata, "golden", "fixture.tmx"), got)
	for _, tus := range [][]TU{FromPairs(fixture()), nil} {
		tmp := filepath.Join(t.TempDir(), "out.tmx")
		if err := os.WriteFile(tmp, write(t, tus), 0o644); err != nil {
			t.Fatal(err)
		}
		xmltest.Lint(t, "--dtdvalid", testdata+"/tmx14.dtd", tmp)
	}
}

// Write then Read gives back every pair.
func TestRoundTrip(t *testing.T) {
	want := FromPairs(fixture())
	got, err := Read("rt.tmx", bytes.NewReader(write(t, want)))
	if err != nil {
		t.Fatal(err)
	}
	lines := map[int]bool{}
	for i := range got {
		lines[got[i].Line] = true
		got[i].Line = 0
	}
	if len(lines) != 4 || lines[0] {
		t.Errorf("pairs come from lines %v, want 4 <tu>s", lines)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestWriteRefuses(t *testing.T) {
	for _, c := range []struct {
		tu   TU
		want string
	}{
		{TU{Source: "a\x01", Target: "b", SourceLocale: "en", TargetLocale: "ru", Document: "d", ID: "1"}, "document d, segment 1: character U+0001 cannot be written in TMX"},
		{TU{Source: "a", Target: "b", SourceLocale: "en"}, `pair "a": no source or target locale`},
	} {
		if err := Write(io.Discard, "en", []TU{c.tu}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error = %v, want %q", err, c.want)
		}
	}
}

func readString(t *testing.T, s string) []TU {
	t.Helper()
	tus, err := Read("in.tmx", strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	for i := range tus {
		tus[i].Line = 0
	}
	return tus
}

// TMX as other tools write it: a DOCTYPE, several languages in a <tu>,
// *all*, the old lang attribute, a regional source tag and inline codes.
func TestReadOthers(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join(testdata, "sample-en-ru-tk.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	got := readString(t, string(sample))
	want := []TU{
		{Source: "The seminar was organised by IOM.", Target: "Семинар организован МОМ.", SourceLocale: "en", TargetLocale: "ru"},
		{Source: "The seminar was organised by IOM.", Target: "Seminar HGG tarapyndan guraldy.", SourceLocale: "en", TargetLocale: "tk"},
	}
	if len(got) < 2 || !reflect.DeepEqual(got[:2], want) {
		t.Errorf("sample: got %+v", got)
	}

	const head = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" srclang=`
	got = readString(t, head+`"*all*"/><body>
<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="ru"><seg>Да</seg></tuv></tu>
</body></tmx>`)
	want = []TU{
		{Source: "Yes", Target: "Да", SourceLocale: "en", TargetLocale: "ru"},
		{Source: "Да", Target: "Yes", SourceLocale: "ru", TargetLocale: "en"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("*all*: got %+v", got)
	}

	got = readString(t, head+`"en-US"/><body>
<tu><note>n</note><prop type="x-terjime-state">final</prop>
<tuv lang="EN"><seg>Press <bpt i="1">&lt;b></bpt>Start<ept i="1">&lt;/b></ept> <ph>{0}</ph>now<it pos="begin">&lt;i></it>, <hi type="x">please</hi>.</seg></tuv>
<tuv xml:lang="tk"><prop type="x-other">?</prop><seg>Häzir <bpt i="1">&lt;b></bpt>Başla<ept i="1">&lt;/b></ept> basyň.</seg></tuv>
<tuv xml:lang="ru"><seg/></tuv></tu>
<tu srclang="ru"><tuv xml:lang="ru"><seg>Только источник</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Keine Quelle</seg></tuv><tuv xml:lang="tk"><seg>Çeşme ýok</seg></tuv></tu>
</body></tmx>`)
	want = []TU{
		{Source: "Press Start now, please.", Target: "Häzir Başla basyň.", SourceLocale: "EN", TargetLocale: "tk", State: "final"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("others: got %+v", got)
	}
}

func TestReadRefuses(t *testing.T) {
	billion := `<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol1;</seg></tuv></tu></body></tmx>`
	const ok = `<tmx version="1.4"><header srclang="en"/><body>`
	deep := ok + `<tu><tuv xml:lang="en"><seg>` + strings.Repeat("<hi>", 200)
	for name, c := range map[string]struct{ in, want string }{
		"billion laughs":   {billion, "in.tmx:2:1: DOCTYPE declarations with an internal subset are refused"},
		"external entity":  {`<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx/>`, "in.tmx:1:1: DOCTYPE declarations with an internal subset are refused"},
		"another DOCTYPE":  {`<!DOCTYPE html SYSTEM "x.dtd"><tmx/>`, "in.tmx:1:1: DOCTYPE declarations are refused"},
		"deep":             {deep, "elements are nested deeper than 100 levels"},
		"not TMX":          {`<xliff/>`, "in.tmx:1:1: not a TMX file: the root element is <xliff>"},
		"TMX 2":            {`<tmx version="2.0"/>`, `in.tmx:1:1: <tmx version="2.0">: terjime reads TMX 1.x`},
		"no srclang":       {`<tmx version="1.4"><header/><body/></tmx>`, `in.tmx:1:20: <header> lacks the required attribute "srclang"`},
		"no body":          {`<tmx version="1.4"><header srclang="en"/></tmx>`, `<tmx> has no <body>`},
		"no xml:lang":      {ok + `<tu><tuv><seg>a</seg></tuv></tu></body></tmx>`, `in.tmx:1:52: <tuv> lacks the required attribute "xml:lang"`},
		"no seg":           {ok + `<tu><tuv xml:lang="en"></tuv></tu></body></tmx>`, `<tuv xml:lang="en"> without a <seg>`},
		"no tuv":           {ok + "\n<tu></tu></body></tmx>", `in.tmx:2: <tu> without a <tuv>`},
		"text in body":     {ok + `hello</body></tmx>`, `text is not allowed directly in <body>`},
		"truncated":        {ok + `<tu><tuv xml:lang="en"><seg>a</seg></tuv>`, `the file ends in the middle of the document (truncated?)`},
		"missing segtype":  {mustRead(t, "tmx14_missing_segtype.tmx"), ""},
		"element in prop":  {ok + `<tu><prop type="a"><b/></prop></tu></body></tmx>`, `<b> is not allowed in <prop>: only text`},
		"prop after a tuv": {ok + `<tu><tuv xml:lang="en"><seg>a</seg></tuv><prop type="a">b</prop></tu></body></tmx>`, `<prop> after a <tuv>`},
	} {
		t.Run(name, func(t *testing.T) {
			tus, err := Read("in.tmx", strings.NewReader(c.in))
			if c.want == "" {
				// DTD-only rules (a missing segtype) are the writer's to
				// keep, and a reader has no need to refuse them.
				if err != nil {
					t.Errorf("error %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("read %d pairs, want error %q", len(tus), c.want)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "in.tmx") {
				t.Errorf("error:\ngot  %v\nwant %s", err, c.want)
			}
		})
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A file cut anywhere is an error, never a partial result.
func TestReadTruncated(t *testing.T) {
	data := write(t, FromPairs(fixture()))
	end := bytes.LastIndex(data, []byte("</tmx>"))
	for cut := 0; cut < end+len("</tmx>")-1; cut += 5 {
		if tus, err := Read("cut.tmx", bytes.NewReader(data[:cut])); err == nil {
			t.Fatalf("cut at byte %d: read %d pairs, want an error", cut, len(tus))
		}
	}
}

// Scan hands pairs over one by one and stops at fn's first error.
func TestScan(t *testing.T) {
	data := write(t, FromPairs(fixture()))
	stop := errors.New("enough")
	n := 0
	err := Scan("scan.tmx", bytes.NewReader(data), func(tu TU) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Scan: n = %d, err = %v", n, err)
	}
}

// endless is a TMX document that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	e.n++
	if e.n == 1 {
		return copy(p, `<tmx version="1.4"><header srclang="en"/><body>`), nil
	}
	return copy(p, `<tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="ru"><seg>Да</seg></tuv></tu>`+"\n"), nil
}

// A file larger than the limit is refused once the limit is reached, not
// read into memory.
func TestReadHuge(t *testing.T) {
	defer func(n int64) { readMaxBytes = n }(readMaxBytes)
	readMaxBytes = 1 << 20
	e := &endless{}
	_, err := Read("huge.tmx", e)
	if err == nil || err.Error() != "huge.tmx: file is larger than the 1 MiB terjime reads; split it into smaller files" {
		t.Errorf("error = %v", err)
	}
	if e.n > 20000 {
		t.Errorf("read %d pairs of a 1 MiB limit", e.n)
	}
}
