//go:build unix

package tm

import (
	"io"
	"os"
	"syscall"
)

func mapFile(f *os.File, size int) ([]byte, error) {
	if size == 0 {
		return nil, nil
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		// Some file systems cannot map files: read it instead.
		data = make([]byte, size)
		if _, err := io.ReadFull(f, data); err != nil {
			return nil, err
		}
	}
	return data, nil
}

func unmap(data []byte) {
	if len(data) > 0 {
		syscall.Munmap(data) // fails harmlessly on a slice that was read
	}
}
