package tm

import (
	"fmt"
	"os"
)

// OpenFile opens the index file at path (see Open). On Unix the file is
// mapped into memory rather than read, so that a command opening a large
// memory neither copies it nor holds a second copy of what the page cache
// has; the mapping lives as long as the process. Index files are replaced
// by renaming a new file over them, never rewritten in place, so the
// mapped bytes do not change under the index.
func OpenFile(path string) (*Index, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.Size() > int64(^uint(0)>>1) {
		return nil, fmt.Errorf("%s: %d bytes is too large to map", path, fi.Size())
	}
	data, err := mapFile(f, int(fi.Size()))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	x, err := Open(data)
	if err != nil {
		unmap(data)
		return nil, err
	}
	return x, nil
}
