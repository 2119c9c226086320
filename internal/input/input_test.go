package input

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		e    *Error
		want string
	}{
		{&Error{File: "a.po", Line: 3, Column: 7, Msg: "bad"}, "a.po:3:7: bad"},
		{&Error{File: "a.po", Line: 3, Msg: "bad"}, "a.po:3: bad"},
		{&Error{File: "a.po", Column: 7, Msg: "bad"}, "a.po: bad"},
		{Errorf("a.po", 0, "%d bad", 2), "a.po: 2 bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
	cause := errors.New("cause")
	if e := (&Error{File: "f", Msg: "m", Err: cause}); !errors.Is(e, cause) {
		t.Error("Error does not unwrap to its cause")
	}
}

// onlyReader hides everything of a reader but Read: its size is unknown.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// endless yields bytes without end, like /dev/zero.
type endless struct{ n *int64 }

func (e endless) Read(p []byte) (int, error) {
	*e.n += int64(len(p))
	return len(p), nil
}

func TestRead(t *testing.T) {
	lim := Limit{MaxBytes: 10}
	for _, r := range []func(string) io.Reader{
		func(s string) io.Reader { return strings.NewReader(s) },
		func(s string) io.Reader { return onlyReader{strings.NewReader(s)} },
	} {
		for _, in := range []string{"", "abc", "0123456789"} {
			got, err := Read("f", r(in), lim)
			if err != nil || string(got) != in {
				t.Errorf("Read(%q) = %q, %v", in, got, err)
			}
		}
		_, err := Read("big.txt", r("0123456789x"), lim)
		if !errors.Is(err, ErrTooLarge) || err.Error() != "big.txt: file is larger than the 10 bytes terjime reads; split it into smaller files" {
			t.Errorf("Read of 11 bytes: %v", err)
		}
	}
	_, err := Read("big.po", onlyReader{strings.NewReader(strings.Repeat("x", 2<<20))}, Limit{MaxBytes: 1 << 20, Advice: "split the export by document"})
	if err == nil || err.Error() != "big.po: file is larger than the 1 MiB terjime reads; split the export by document" {
		t.Errorf("Read with advice: %v", err)
	}
	if !errors.As(err, new(*Error)) {
		t.Errorf("%v is not an *Error", err)
	}
}

// An input without end is read only up to the limit.
func TestReadStopsAtLimit(t *testing.T) {
	var n int64
	if _, err := Read("zero", endless{&n}, Limit{MaxBytes: 1 << 20}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if n > 2<<20 {
		t.Errorf("read %d bytes for a limit of 1 MiB", n)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(path, Limit{}); err != nil || string(got) != "hello" {
		t.Errorf("ReadFile = %q, %v", got, err)
	}
	// A file whose size is over the limit is refused before it is read:
	// this sparse one would take 300 MiB.
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadFile(big, Limit{}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "larger than the 256 MiB terjime reads") {
		t.Errorf("ReadFile of a huge file: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing"), Limit{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v", err)
	}
}

func TestCheck(t *testing.T) {
	lim := Limit{MaxBytes: 100}
	if err := lim.Check("f", 100); err != nil {
		t.Errorf("Check(100) = %v", err)
	}
	if err := lim.Check("f", 101); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Check(101) = %v", err)
	}
}

func TestCheckUTF8(t *testing.T) {
	if err := CheckUTF8("f", []byte("Türkmenistan\nМеджлис"), "hint"); err != nil {
		t.Errorf("valid UTF-8: %v", err)
	}
	data := []byte("ok\nstill ok\nbad \xff here")
	err := CheckUTF8("f.csv", data, "save it as UTF-8")
	want := "f.csv:3: invalid UTF-8 at byte offset 16 (0xff); save it as UTF-8"
	if err == nil || err.Error() != want {
		t.Errorf("CheckUTF8 = %v, want %s", err, want)
	}
	if err := CheckUTF8("f", []byte("\xc3"), ""); err == nil || err.Error() != "f:1: invalid UTF-8 at byte offset 0 (0xc3)" {
		t.Errorf("truncated sequence: %v", err)
	}
	if !bytes.Equal(data, []byte("ok\nstill ok\nbad \xff here")) {
		t.Error("CheckUTF8 changed its input")
	}
}
