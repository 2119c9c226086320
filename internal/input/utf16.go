package input

import "bytes"

// UTF16 tells a UTF-16 file, so that readers can say what it is rather
// than report its zero bytes: "utf-16le" or "utf-16be" (the names
// --encoding takes), and whether it starts with a byte-order mark; "" for
// anything else. Without a mark the file is told by the zero bytes that
// every ASCII character brings, all on the same side.
func UTF16(data []byte) (kind string, bom bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "utf-16le", true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "utf-16be", true
	}
	n := min(len(data)&^1, 4096)
	if n < 8 {
		return "", false
	}
	var zero [2]int
	for i := range n {
		if data[i] == 0 {
			zero[i&1]++
		}
	}
	switch {
	case zero[1] > n/4 && zero[0] == 0:
		return "utf-16le", false
	case zero[0] > n/4 && zero[1] == 0:
		return "utf-16be", false
	}
	return "", false
}
