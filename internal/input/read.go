package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// DefaultMaxBytes is the size of file a Limit without MaxBytes allows: far
// above any real article, catalog or interchange file (100,000 segments of
// XLIFF with notes take about 60 MB), far below what would exhaust a
// laptop's memory.
const DefaultMaxBytes = 256 << 20

// ErrTooLarge is wrapped by the Error of a read refused for its size.
var ErrTooLarge = errors.New("input too large")

// Limit bounds one read.
type Limit struct {
	MaxBytes int64 // 0: DefaultMaxBytes
	// Advice says what to do with a larger file ("split the export by
	// document (--document)"); "split it into smaller files" when empty.
	Advice string
}

func (l Limit) max() int64 {
	if l.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return l.MaxBytes
}

// Check returns the error for a file of n bytes when it is larger than the
// limit (wrapping ErrTooLarge), nil otherwise: for data already in memory.
func (l Limit) Check(name string, n int64) error {
	if n <= l.max() {
		return nil
	}
	advice := l.Advice
	if advice == "" {
		advice = "split it into smaller files"
	}
	return &Error{File: name, Msg: fmt.Sprintf("file is larger than the %s terjime reads; %s", size(l.max()), advice), Err: ErrTooLarge}
}

// ReadFile reads the file at path within lim.
func ReadFile(path string, lim Limit) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(path, f, lim)
}

// Read reads all of r within lim; name is used in errors. When r can tell
// its size (a file, a bytes.Reader) a larger one is refused unread and the
// buffer is sized once.
func Read(name string, r io.Reader, lim Limit) ([]byte, error) {
	max := lim.max()
	size := int64(-1)
	switch s := r.(type) {
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	case interface{ Len() int }:
		size = int64(s.Len())
	}
	if err := lim.Check(name, size); err != nil {
		return nil, err
	}
	// One byte more than allowed proves the file too large.
	lr := io.LimitReader(r, max+1)
	var data []byte
	var err error
	if size < 0 {
		data, err = io.ReadAll(lr)
	} else {
		// ReadFrom grows the buffer whenever fewer than MinRead bytes are
		// free, so that much more lets it see the end without a
		// reallocation (and leaves room after the data, which the XML
		// reader uses for its end marker).
		var b bytes.Buffer
		b.Grow(int(size) + bytes.MinRead)
		_, err = b.ReadFrom(lr)
		data = b.Bytes()
	}
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error(), Err: err}
	}
	if err := lim.Check(name, int64(len(data))); err != nil {
		return nil, err
	}
	return data, nil
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// CheckUTF8 returns an Error naming the line and byte offset of the first
// byte of data that is not UTF-8, with advice appended (what to do about
// it), or nil when data is valid.
func CheckUTF8(name string, data []byte, advice string) error {
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		off += n
	}
	msg := fmt.Sprintf("invalid UTF-8 at byte offset %d (0x%02x)", off, data[off])
	if advice != "" {
		msg += "; " + advice
	}
	return Errorf(name, bytes.Count(data[:off], []byte{'\n'})+1, "%s", msg)
}
