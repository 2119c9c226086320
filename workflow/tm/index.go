package tm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"sync"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/fuzzy"
)

// The index file: a header, then sections of fixed-size little-endian
// records, so that an Index reads its records straight from the file's bytes
// without decoding the file into maps first.
const (
	magic = "TERJIMTM"
	// Version changes whenever the layout or the tokenizer changes: an index
	// of another version is rebuilt, never read.
	Version = 1
)

const (
	secStrings  = iota // string bytes; records refer to them as (offset, length)
	secOrigins         // path, kind, size, mtime, hash[32]
	secLocales         // string ref
	secSources         // text ref, locale, words, first, count (into secSrcUnits)
	secSrcUnits        // unit numbers grouped by source
	secUnits           // source, target, document, id, locale, state, origin, prev, next
	secKeys            // key, first, count (into secPostings), sorted by key
	secPostings        // source numbers
	nSections
)

const (
	// header: magic[8] version u32 sections u32 size u64 crc u32 pad u32,
	// then nSections × (offset u64, length u64).
	headerSize = 32 + nSections*16
	crcOffset  = 24

	originSize = 8 + 8 + 8 + 8 + 32
	localeSize = 8
	sourceSize = 8 + 2 + 2 + 4 + 4
	unitSize   = 4 + 8 + 8 + 8 + 2 + 1 + 1 + 4 + 8 + 8
	keySize    = 12
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrInvalid marks an index file that must not be used: not an index,
// another version, truncated, or failing its checksum. The caller rebuilds it.
var ErrInvalid = errors.New("invalid translation memory index")

var le = binary.LittleEndian

// Index is a translation memory index: the units, their origins and an
// inverted index from word bigrams to the distinct sources containing them.
// It is safe for concurrent lookups.
type Index struct {
	data []byte
	sec  [nSections][]byte

	nSources, nUnits int
	scratch          sync.Pool // *scratch
}

// Build makes an index file of units read from origins. Sources are
// normalised (catalog.Normalize) and stored once per source locale, each
// with the units that translate it. The same input gives the same bytes.
func Build(origins []Origin, units []Unit) ([]byte, error) {
	b := builder{small: map[string]ref{}}
	// Locales, documents, kinds and paths repeat: they are stored once.
	locIdx := map[string]int{}
	locale := func(s string) (uint16, error) {
		if i, ok := locIdx[s]; ok {
			return uint16(i), nil
		}
		if len(locIdx) == math.MaxUint16 {
			return 0, fmt.Errorf("more than %d locales", math.MaxUint16)
		}
		locIdx[s] = len(b.locales)
		b.locales = append(b.locales, s)
		return uint16(len(b.locales) - 1), nil
	}
	type srcKey struct {
		loc  uint16
		text string
	}
	srcIdx := make(map[srcKey]uint32, len(units)/2)
	type source struct {
		text  string
		loc   uint16
		words int
		n     uint32
	}
	var sources []source
	unitSrc := make([]uint32, len(units))
	unitLoc := make([]uint16, len(units))
	// key<<32 | source; news sentences have some twenty words
	pairs := make([]uint64, 0, len(units)*16)
	var keyBuf []uint32
	var toks []fuzzy.Token
	for i := range units {
		u := &units[i]
		if u.Origin < 0 || u.Origin >= len(origins) {
			return nil, fmt.Errorf("unit %d: origin %d out of range", i, u.Origin)
		}
		sl, err := locale(u.SourceLocale)
		if err != nil {
			return nil, err
		}
		if unitLoc[i], err = locale(u.TargetLocale); err != nil {
			return nil, err
		}
		k := srcKey{sl, catalog.Normalize(u.Source)}
		s, ok := srcIdx[k]
		if !ok {
			s = uint32(len(sources))
			srcIdx[k] = s
			toks = fuzzy.Tokenize(k.text, toks[:0])
			keyBuf = fuzzy.AppendKeys(keyBuf[:0], toks)
			for _, key := range keyBuf {
				pairs = append(pairs, uint64(key)<<32|uint64(s))
			}
			words := 0
			for _, t := range toks {
				if t.Word {
					words++
				}
			}
			sources = append(sources, source{text: k.text, loc: sl, words: min(words, math.MaxUint16)})
		}
		sources[s].n++
		unitSrc[i] = s
		b.strLen += len(u.Target) + len(u.ID)
		b.smallLen(u.Document)
	}
	if len(sources) > math.MaxUint32-1 || len(units) > math.MaxUint32-1 {
		return nil, fmt.Errorf("too many units (%d)", len(units))
	}
	for _, s := range sources {
		b.strLen += len(s.text)
	}
	for _, l := range b.locales {
		b.smallLen(l)
	}
	for _, o := range origins {
		b.smallLen(o.Path)
		b.smallLen(o.Kind)
	}
	if b.strLen > math.MaxUint32 {
		return nil, fmt.Errorf("%d bytes of text is more than an index holds (4 GiB)", b.strLen)
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	nKeys := 0
	for i := range pairs {
		if i == 0 || pairs[i]>>32 != pairs[i-1]>>32 {
			nKeys++
		}
	}

	sizes := [nSections]int{
		secStrings:  b.strLen,
		secOrigins:  len(origins) * originSize,
		secLocales:  len(b.locales) * localeSize,
		secSources:  len(sources) * sourceSize,
		secSrcUnits: len(units) * 4,
		secUnits:    len(units) * unitSize,
		secKeys:     nKeys * keySize,
		secPostings: len(pairs) * 4,
	}
	total := headerSize
	for _, n := range sizes {
		total += n
	}
	b.buf = make([]byte, total)
	copy(b.buf, magic)
	le.PutUint32(b.buf[8:], Version)
	le.PutUint32(b.buf[12:], nSections)
	le.PutUint64(b.buf[16:], uint64(total))
	off := headerSize
	var sec [nSections][]byte
	for i, n := range sizes {
		le.PutUint64(b.buf[32+i*16:], uint64(off))
		le.PutUint64(b.buf[32+i*16+8:], uint64(n))
		sec[i] = b.buf[off : off+n]
		off += n
	}
	b.strings = sec[secStrings][:0]

	for i, o := range origins {
		r := sec[secOrigins][i*originSize:]
		b.putSmall(r, o.Path)
		b.putSmall(r[8:], o.Kind)
		le.PutUint64(r[16:], uint64(o.Size))
		le.PutUint64(r[24:], uint64(o.ModTime))
		copy(r[32:64], o.Hash[:])
	}
	for i, l := range b.locales {
		b.putSmall(sec[secLocales][i*localeSize:], l)
	}
	first := uint32(0)
	for i, s := range sources {
		r := sec[secSources][i*sourceSize:]
		b.putString(r, s.text)
		le.PutUint16(r[8:], s.loc)
		le.PutUint16(r[10:], uint16(s.words))
		le.PutUint32(r[12:], first)
		le.PutUint32(r[16:], s.n)
		sources[i].n = first // from here on: the next free slot in secSrcUnits
		first += s.n
	}
	for i := range units {
		u := &units[i]
		s := unitSrc[i]
		le.PutUint32(sec[secSrcUnits][sources[s].n*4:], uint32(i))
		sources[s].n++
		r := sec[secUnits][i*unitSize:]
		le.PutUint32(r, s)
		b.putString(r[4:], u.Target)
		b.putSmall(r[12:], u.Document)
		b.putString(r[20:], u.ID)
		le.PutUint16(r[28:], unitLoc[i])
		r[30] = byte(u.State)
		le.PutUint32(r[32:], uint32(u.Origin))
		le.PutUint64(r[36:], u.Prev)
		le.PutUint64(r[44:], u.Next)
	}
	k := 0
	for i, p := range pairs {
		le.PutUint32(sec[secPostings][i*4:], uint32(p))
		if i == 0 || p>>32 != pairs[i-1]>>32 {
			r := sec[secKeys][k*keySize:]
			le.PutUint32(r, uint32(p>>32))
			le.PutUint32(r[4:], uint32(i))
			k++
		}
		r := sec[secKeys][(k-1)*keySize:]
		le.PutUint32(r[8:], le.Uint32(r[8:])+1)
	}
	if len(b.strings) != b.strLen {
		panic(fmt.Sprintf("tm: string section %d bytes, planned %d", len(b.strings), b.strLen))
	}
	le.PutUint32(b.buf[crcOffset:], checksum(b.buf))
	return b.buf, nil
}

type ref struct{ off, n uint32 }

type builder struct {
	buf     []byte
	strings []byte
	strLen  int
	small   map[string]ref
	planned map[string]bool
	locales []string
}

// smallLen plans room for a string stored once however often it recurs.
func (b *builder) smallLen(s string) {
	if b.planned == nil {
		b.planned = map[string]bool{}
	}
	if !b.planned[s] {
		b.planned[s] = true
		b.strLen += len(s)
	}
}

func (b *builder) putSmall(r []byte, s string) {
	x, ok := b.small[s]
	if !ok {
		x = ref{uint32(len(b.strings)), uint32(len(s))}
		b.strings = append(b.strings, s...)
		b.small[s] = x
	}
	le.PutUint32(r, x.off)
	le.PutUint32(r[4:], x.n)
}

func (b *builder) putString(r []byte, s string) {
	le.PutUint32(r, uint32(len(b.strings)))
	le.PutUint32(r[4:], uint32(len(s)))
	b.strings = append(b.strings, s...)
}

// checksum is the CRC-32C of the file without its checksum field.
func checksum(data []byte) uint32 {
	c := crc32.Update(0, castagnoli, data[:crcOffset])
	return crc32.Update(c, castagnoli, data[crcOffset+4:])
}

// Open checks an index file and returns the index reading from data, which
// must not change afterwards. A file that is not an index of this version,
// is truncated, fails its checksum or has records pointing outside it is
// refused with an error wrapping ErrInvalid.
func Open(data []byte) (*Index, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	if len(data) < 16 || string(data[:8]) != magic {
		if len(data) < len(magic) && string(data) == magic[:len(data)] {
			return nil, bad("truncated: %d bytes", len(data))
		}
		return nil, bad("not a terjime translation memory index")
	}
	if v := le.Uint32(data[8:]); v != Version {
		return nil, bad("version %d, this terjime reads version %d", v, Version)
	}
	if len(data) < headerSize {
		return nil, bad("truncated: %d bytes", len(data))
	}
	if n := le.Uint32(data[12:]); n != nSections {
		return nil, bad("%d sections, want %d", n, nSections)
	}
	if size := le.Uint64(data[16:]); size != uint64(len(data)) {
		return nil, bad("truncated or extended: %d bytes, the header says %d", len(data), size)
	}
	if got, want := checksum(data), le.Uint32(data[crcOffset:]); got != want {
		return nil, bad("checksum mismatch (%08x, the header says %08x)", got, want)
	}
	x := &Index{data: data}
	off := uint64(headerSize)
	for i := range x.sec {
		o, n := le.Uint64(data[32+i*16:]), le.Uint64(data[32+i*16+8:])
		if o != off || n > uint64(len(data))-o {
			return nil, bad("section %d at %d+%d is out of place", i, o, n)
		}
		x.sec[i] = data[o : o+n]
		off += n
	}
	for i, size := range [nSections]int{1, originSize, localeSize, sourceSize, 4, unitSize, keySize, 4} {
		if len(x.sec[i])%size != 0 {
			return nil, bad("section %d is not a whole number of records", i)
		}
	}
	x.nSources = len(x.sec[secSources]) / sourceSize
	x.nUnits = len(x.sec[secUnits]) / unitSize
	if err := x.validate(); err != nil {
		return nil, bad("%v", err)
	}
	return x, nil
}

// validate checks every reference between records, so that a file written
// by something else cannot make a lookup read out of bounds.
func (x *Index) validate() error {
	nStr := uint64(len(x.sec[secStrings]))
	strOK := func(r []byte) bool {
		return uint64(le.Uint32(r))+uint64(le.Uint32(r[4:])) <= nStr
	}
	for i := 0; i < len(x.sec[secOrigins]); i += originSize {
		if !strOK(x.sec[secOrigins][i:]) || !strOK(x.sec[secOrigins][i+8:]) {
			return fmt.Errorf("origin %d: string out of range", i/originSize)
		}
	}
	nLoc := len(x.sec[secLocales]) / localeSize
	for i := 0; i < nLoc; i++ {
		if !strOK(x.sec[secLocales][i*localeSize:]) {
			return fmt.Errorf("locale %d: string out of range", i)
		}
	}
	for i := 0; i < x.nSources; i++ {
		r := x.sec[secSources][i*sourceSize:]
		if !strOK(r) || int(le.Uint16(r[8:])) >= nLoc ||
			uint64(le.Uint32(r[12:]))+uint64(le.Uint32(r[16:])) > uint64(x.nUnits) {
			return fmt.Errorf("source %d out of range", i)
		}
	}
	for i := 0; i < x.nUnits; i++ {
		if int(le.Uint32(x.sec[secSrcUnits][i*4:])) >= x.nUnits {
			return fmt.Errorf("unit list entry %d out of range", i)
		}
	}
	nOrig := len(x.sec[secOrigins]) / originSize
	for i := 0; i < x.nUnits; i++ {
		r := x.sec[secUnits][i*unitSize:]
		if int(le.Uint32(r)) >= x.nSources || !strOK(r[4:]) || !strOK(r[12:]) || !strOK(r[20:]) ||
			int(le.Uint16(r[28:])) >= nLoc || r[30] > byte(catalog.Final) || int(le.Uint32(r[32:])) >= nOrig {
			return fmt.Errorf("unit %d out of range", i)
		}
	}
	nPost := uint64(len(x.sec[secPostings]) / 4)
	var last uint32
	for i := 0; i < len(x.sec[secKeys]); i += keySize {
		r := x.sec[secKeys][i:]
		k := le.Uint32(r)
		if (i > 0 && k <= last) || uint64(le.Uint32(r[4:]))+uint64(le.Uint32(r[8:])) > nPost {
			return fmt.Errorf("key %d out of order or range", i/keySize)
		}
		last = k
	}
	for i := 0; i < len(x.sec[secPostings]); i += 4 {
		if int(le.Uint32(x.sec[secPostings][i:])) >= x.nSources {
			return fmt.Errorf("posting %d out of range", i/4)
		}
	}
	return nil
}

func (x *Index) str(r []byte) string {
	o, n := le.Uint32(r), le.Uint32(r[4:])
	return string(x.sec[secStrings][o : o+n])
}

// Len is the number of units.
func (x *Index) Len() int { return x.nUnits }

// Size is the size of the index file in bytes.
func (x *Index) Size() int { return len(x.data) }

// Sources is the number of distinct sources.
func (x *Index) Sources() int { return x.nSources }

// EachSource calls fn with the text of each distinct source, as the index
// keeps it (catalog.Normalize), in the index's own memory: fn must not
// keep the slice.
func (x *Index) EachSource(fn func(norm []byte)) {
	for i := 0; i < x.nSources; i++ {
		r := x.sec[secSources][i*sourceSize:]
		o, n := le.Uint32(r), le.Uint32(r[4:])
		fn(x.sec[secStrings][o : o+n])
	}
}

// Origins lists the files the index was built from.
func (x *Index) Origins() []Origin {
	out := make([]Origin, len(x.sec[secOrigins])/originSize)
	for i := range out {
		r := x.sec[secOrigins][i*originSize:]
		out[i] = Origin{
			Path: x.str(r), Kind: x.str(r[8:]),
			Size: int64(le.Uint64(r[16:])), ModTime: int64(le.Uint64(r[24:])),
		}
		copy(out[i].Hash[:], r[32:64])
	}
	return out
}

func (x *Index) locale(i uint16) string { return x.str(x.sec[secLocales][int(i)*localeSize:]) }

// Unit returns unit i (0 ≤ i < Len), in the order the index was built from.
func (x *Index) Unit(i int) Unit {
	r := x.sec[secUnits][i*unitSize:]
	s := x.sec[secSources][int(le.Uint32(r))*sourceSize:]
	return Unit{
		SourceLocale: x.locale(le.Uint16(s[8:])),
		TargetLocale: x.locale(le.Uint16(r[28:])),
		Source:       x.str(s),
		Target:       x.str(r[4:]),
		Document:     x.str(r[12:]),
		ID:           x.str(r[20:]),
		State:        catalog.State(r[30]),
		Origin:       int(le.Uint32(r[32:])),
		Prev:         le.Uint64(r[36:]),
		Next:         le.Uint64(r[44:]),
	}
}

// UnitOrigin is Unit(i).Origin without decoding the rest of the unit.
func (x *Index) UnitOrigin(i int) int {
	return int(le.Uint32(x.sec[secUnits][i*unitSize+32:]))
}
