package catalog

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"
)

// ReadLimited reads all of r, refusing more than max bytes rather than
// reading an unbounded file into memory; kind names the format in the
// message ("a PO export").
func ReadLimited(name string, r io.Reader, max int64, kind string) ([]byte, error) {
	data, err := ReadAll(r, max+1)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d MB, more than %s of any article; refusing to read it", name, max>>20, kind)
	}
	return data, nil
}

// ReadAll reads r up to max bytes into a buffer sized once when r can tell
// its size (a file, a bytes.Reader): a merge reads files of tens of MB,
// and growing the buffer by doubling would copy and clear them repeatedly.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	size := int64(-1)
	switch s := r.(type) {
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	case interface{ Len() int }:
		size = int64(s.Len())
	}
	if size < 0 {
		return io.ReadAll(io.LimitReader(r, max))
	}
	// ReadFrom grows the buffer whenever fewer than MinRead bytes are
	// free, so that much more lets it see the end without a reallocation.
	var b bytes.Buffer
	b.Grow(int(min(size, max)) + bytes.MinRead)
	_, err := b.ReadFrom(io.LimitReader(r, max))
	return b.Bytes(), err
}

// CheckUTF8 returns a ParseError naming the line and byte offset of the
// first byte of data that is not UTF-8, with hint appended (what to do about
// it), or nil when data is valid.
func CheckUTF8(name string, data []byte, hint string) error {
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
	if hint != "" {
		msg += "; " + hint
	}
	return Errorf(name, bytes.Count(data[:off], []byte{'\n'})+1, "%s", msg)
}
