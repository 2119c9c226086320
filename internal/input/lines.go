package input

import (
	"bytes"
	"math/bits"
)

// Lines finds the line and column of any offset of a document in constant
// time, for readers that learn offsets first and lines only for the nodes
// they report (the XML decoder, the glossary's TOML walk): counting lines
// from the start for each would make reading quadratic. It is a bitmap of
// the line feeds with counts per block: an eighth of the document's size
// whatever its lines, where a list of line starts would take four bytes
// per line (a gigabyte for a hostile file of 256 MB of empty lines).
type Lines struct {
	feeds  []uint64 // bit i%64 of word i/64: byte i is '\n'
	before []uint32 // line feeds before each block
	last   []int64  // offset of the last line feed before each block, or -1
}

const blockWords = 64 // 4 KB of document per block

// NewLines indexes the line feeds of data; data may change afterwards.
func NewLines(data []byte) *Lines {
	x := &Lines{feeds: make([]uint64, len(data)/64+1)}
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j
		x.feeds[i/64] |= 1 << (i % 64)
		i++
	}
	blocks := (len(x.feeds) + blockWords - 1) / blockWords
	x.before = make([]uint32, blocks)
	x.last = make([]int64, blocks)
	n, last := uint32(0), int64(-1)
	for b := range blocks {
		x.before[b], x.last[b] = n, last
		for w := b * blockWords; w < min((b+1)*blockWords, len(x.feeds)); w++ {
			if word := x.feeds[w]; word != 0 {
				n += uint32(bits.OnesCount64(word))
				last = int64(w*64 + 63 - bits.LeadingZeros64(word))
			}
		}
	}
	return x
}

// Position returns the 1-based line and byte column of offset off, which
// is at most the length of the indexed data.
func (x *Lines) Position(off int) (line, col int) {
	w := off / 64
	b := w / blockWords
	line = int(x.before[b])
	for i := b * blockWords; i < w; i++ {
		line += bits.OnesCount64(x.feeds[i])
	}
	mask := uint64(1)<<(off%64) - 1
	line += bits.OnesCount64(x.feeds[w] & mask)

	// The last line feed before off: in off's word, then back through
	// its block, then from the block's record.
	start := 0
	if word := x.feeds[w] & mask; word != 0 {
		start = w*64 + 63 - bits.LeadingZeros64(word) + 1
	} else {
		start = int(x.last[b]) + 1
		for i := w - 1; i >= b*blockWords; i-- {
			if x.feeds[i] != 0 {
				start = i*64 + 63 - bits.LeadingZeros64(x.feeds[i]) + 1
				break
			}
		}
	}
	return line + 1, off - start + 1
}
