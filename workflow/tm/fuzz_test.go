package tm

import (
	"encoding/binary"
	"testing"
)

// FuzzOpen feeds Open damaged index files: it must refuse them or return
// an index whose lookups and units work, never panic. The checksum is
// recomputed for half of the inputs, so that the reference checks behind it
// are exercised as well.
func FuzzOpen(f *testing.F) {
	origins, units := testUnits()
	good, err := Build(origins, units)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good, false)
	f.Add(good, true)
	f.Add(good[:headerSize], true)
	f.Fuzz(func(t *testing.T, data []byte, fixCRC bool) {
		if fixCRC && len(data) >= headerSize {
			binary.LittleEndian.PutUint64(data[16:], uint64(len(data)))
			binary.LittleEndian.PutUint32(data[crcOffset:], checksum(data))
		}
		x, err := Open(data)
		if err != nil {
			return
		}
		for i := 0; i < x.Len(); i++ {
			x.Unit(i)
		}
		x.Origins()
		for _, q := range []string{units[0].Source, units[1].Source, "The seminar took place in Mary."} {
			x.Lookup(Query{Text: q, Min: 50})
			x.Lookup(Query{Text: q, SourceLocale: "en", TargetLocale: "ru", SkipOrigins: []bool{true}})
		}
	})
}
