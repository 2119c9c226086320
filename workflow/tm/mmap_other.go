//go:build !unix

package tm

import (
	"io"
	"os"
)

func mapFile(f *os.File, size int) ([]byte, error) {
	data := make([]byte, size)
	_, err := io.ReadFull(f, data)
	return data, err
}

func unmap([]byte) {}
