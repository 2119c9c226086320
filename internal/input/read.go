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

// ErrNotRegular is wrapped by the Error of a file refused because it is
// not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads the file at path within lim. Only a regular file (or a
// symbolic link to one) is read: a FIFO would block the command until
// something writes to it, and a device such as /dev/zero never ends.
func ReadFile(path string, lim Limit) ([]byte, error) {
	if err := Regular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced since: look again at what is open.
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		return nil, notRegular(path, fi.Mode())
	}
	return Read(path, f, lim)
}

// Regular returns an Error wrapping ErrNotRegular when path names
// something other than a regular file (or a link to one), the error of
// os.Stat when it cannot be looked at, and nil otherwise.
func Regular(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		// Say it as opening the file would: "open x: no such file or
		// directory" is the message people know.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Op = "open"
		}
		return err
	}
	if !fi.Mode().IsRegular() {
		return notRegular(path, fi.Mode())
	}
	return nil
}

func notRegular(path string, m fs.FileMode) error {
	what := "not a regular file"
	switch {
	case m.IsDir():
		what = "a directory, not a file"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO), not a file: terjime would wait for a writer forever"
	case m&fs.ModeSocket != 0:
		what = "a socket, not a file"
	case m&fs.ModeDevice != 0:
		what = "a device, not a file"
	}
	return &Error{File: path, Msg: what + "; terjime reads regular files only", Err: ErrNotRegular}
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
		// reader uses for its end marker). Made, not grown: Grow clears
		// the memory first, make takes fresh memory as the system gives
		// it, already zero — on a 20 MB article a pass over every page.
		b := bytes.NewBuffer(make([]byte, 0, int(size)+bytes.MinRead))
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
