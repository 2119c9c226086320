package catalog

import (
	"reflect"
	"strings"
	"testing"
)

// A source catalog of a Markdown document keeps its format and the data of
// each segment's inline codes, and rebuilds the document with the markup.
func TestSourceCatalogCodes(t *testing.T) {
	c := &Catalog{
		Document: "news", Locale: "en", SourceLocale: "en", SourceFile: "news.md", Format: "markdown",
		Lead: "# ",
		Segments: []Segment{
			{ID: "a", Kind: "heading", Source: "News", Sep: "\n\n", State: Final},
			{ID: "b", Kind: "paragraph", Block: 1, Source: `Read the <1>"IOM" report</1>.<2/>`,
				Codes: []string{"[", "](https://iom.int)", "  \n"}, Sep: "End.\n", State: Final},
		},
	}
	data := c.Marshal()
	if !strings.Contains(string(data), `codes = ["[", "](https://iom.int)", "  \n"]`) || !strings.Contains(string(data), `format = "markdown"`) {
		t.Fatalf("marshalled catalog lacks its codes or format:\n%s", data)
	}
	const want = "# News\n\nRead the [\"IOM\" report](https://iom.int).  \nEnd.\n"
	if got := c.Skeleton(); got != want {
		t.Errorf("Skeleton = %q, want %q", got, want)
	}
	for _, slow := range []bool{false, true} {
		in := string(data)
		if slow {
			in += "# a comment the fast reader leaves to go-toml\n"
			in = strings.Replace(in, `codes = [`, `codes = [ # the markup`+"\n", 1)
		}
		got, err := Parse("news.toml", []byte(in))
		if err != nil {
			t.Fatalf("slow=%v: %v", slow, err)
		}
		if got.Format != "markdown" || !reflect.DeepEqual(got.Segments[1].Codes, c.Segments[1].Codes) || got.Skeleton() != want {
			t.Errorf("slow=%v: read back format %q codes %q", slow, got.Format, got.Segments[1].Codes)
		}
	}
	bad := strings.Replace(string(data), `"  \n"]`, `]`, 1)
	_, err := Parse("news.toml", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "news.toml:") || !strings.Contains(err.Error(), "codes") {
		t.Errorf("a codes list that does not match the source: %v", err)
	}
}

// A nested segment (a link's title) records its container and where it
// stands in the container's markup; it is read back, left out of the
// skeleton, and refused when it does not stand where it says.
func TestSourceCatalogNested(t *testing.T) {
	c := &Catalog{
		Document: "news", Locale: "en", SourceLocale: "en", SourceFile: "news.md", Format: "markdown",
		Segments: []Segment{
			{ID: "b", Kind: "paragraph", Source: `Read the <1>report</1>.`,
				Codes: []string{"[", `](https://iom.int "IOM site")`}, Sep: "\n", State: Final},
			{ID: "c", Kind: "link-title", Block: 1, Source: "IOM site", In: "b", At: 35, State: Final},
		},
	}
	const want = "Read the [report](https://iom.int \"IOM site\").\n"
	if got := c.Skeleton(); got != want {
		t.Fatalf("Skeleton = %q, want %q", got, want)
	}
	data := c.Marshal()
	if !strings.Contains(string(data), "in = \"b\"\nat = 35\n") {
		t.Fatalf("marshalled catalog lacks in and at:\n%s", data)
	}
	for _, slow := range []bool{false, true} {
		in := string(data)
		if slow {
			in = strings.Replace(in, "at = 35", "at = 35 # go-toml reads this one", 1)
		}
		got, err := Parse("news.toml", []byte(in))
		if err != nil {
			t.Fatalf("slow=%v: %v", slow, err)
		}
		if s := got.Segments[1]; s.In != "b" || s.At != 35 || got.Skeleton() != want {
			t.Errorf("slow=%v: read back in %q at %d, skeleton %q", slow, s.In, s.At, got.Skeleton())
		}
	}
	for _, bad := range []struct{ from, to, msg string }{
		{"at = 35", "at = 30", "not at 30"},
		{`in = "b"`, `in = "x"`, `segment "x", which it is in, is not before it`},
	} {
		_, err := Parse("news.toml", []byte(strings.Replace(string(data), bad.from, bad.to, 1)))
		if err == nil || !strings.Contains(err.Error(), "news.toml:") || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("%s: %v", bad.to, err)
		}
	}
}
