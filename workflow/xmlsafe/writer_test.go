package xmlsafe

import (
	"errors"
	"strings"
	"testing"
)

type failAfter struct {
	strings.Builder
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n--; f.n < 0 {
		return 0, errors.New("disk full")
	}
	return f.Builder.Write(p)
}

func TestWriter(t *testing.T) {
	var b strings.Builder
	x := NewWriter(&b)
	x.Raw("<a")
	if i := x.Attr("t", `"x" & y`); i != -1 {
		t.Errorf("Attr stopped at %d", i)
	}
	x.Raw(">")
	if i := x.Text("a<b\x07c"); i != 3 {
		t.Errorf("Text stopped at %d, want 3 (the bell)", i)
	}
	x.Raw("</a>")
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), `<a t="&quot;x&quot; &amp; y">a&lt;b</a>`; got != want {
		t.Errorf("wrote %s, want %s", got, want)
	}

	// Large output goes out in pieces; the first error sticks and nothing
	// more is written.
	f := &failAfter{n: 1}
	x = NewWriter(f)
	for range 5000 {
		x.Raw(strings.Repeat("x", 100))
	}
	x.Fail(errors.New("later"))
	if err := x.Flush(); err == nil || err.Error() != "disk full" {
		t.Errorf("Flush = %v, want the first error", err)
	}
	if n := f.Len(); n == 0 || n >= 500000 {
		t.Errorf("%d bytes written before the error", n)
	}
}
