package check

import (
	_ "embed"
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The same translation of two different sources is a slip an editor wants
// to see when the sources differ in one word that carries meaning: a
// translation copied from the segment before and not changed ("certificate
// '%s' loaded" and "… deleted", "Maximum Height" and "Minimum Height",
// "horizontal" and "vertical"). Sources that say the same thing in other
// words ("Miscellaneous" and "Misc", "Continue?" and "Proceed?") or are
// reworded more widely are translated alike on purpose. So each source
// keeps a signature of its words, and inconsistent-source reports two
// sources only when their signatures are one word apart. A word's
// signature is its first three letters (inflections and abbreviations —
// file/files, chars/characters — are one word), a synonym its group's,
// and English function words (a/the, where/whose, to) are left out. A
// name written with and without its diacritics (Santa Bárbara, Santa
// Barbara) is one name. A word cut to its first letter or two (S and
// Server, HW and Hardware) has another signature, so each word keeps its
// shape too (shapeOf), which tells the two for one (abbreviation).
//
// Two words no list knows may still be synonyms (speed and rate, settings
// and options): the document's other translations tell. Each source also
// keeps a finer key of each word (its stem, see fineOf) and the stems of
// its translation's words (targetStems); for the two words that differ,
// the segments of the document holding one and not the other show how
// each is translated (copyEvidence). A translation holding the usual
// rendering of one word and not the other's, in a document that keeps
// the two apart, was copied from the other source, and is reported on
// the segment it does not fit; so is one holding the rendering of the one
// word seen elsewhere. Two words rendered alike, or a translation holding
// neither word's rendering (a loose rendering of both), are left alone;
// words seen nowhere else (names, letters of an alphabet) are reported,
// as before. On Debian's 293 documents of bench/realdata this takes the
// findings from 104 to 56 and their precision from about 60 % to 80 %,
// keeping 26 of the 30 judged true before; on its 733, from 307 to 107,
// 69 % of them true. Half the false alarms left were two names of one
// thing in interface English (Untitled and Unnamed, Target and
// Destination Folder, Spacing and Interval X), now a synonym group, and
// words the document renders loosely (Blend type as «Режим смешивания»,
// where type is «тип» in fewer than half of its segments), whose
// rendering a translation may lack (minMissed): on the 1,610 documents,
// 195 findings, 64 % true, become 157, 76 % true, keeping 117 of the 125
// true. What is left is a translator's choice of one word's rendering for
// another (Use and Insert spaces, Revert and Restore, Misc and Advanced
// Settings), which the document cannot tell from a copy.
//
// English's own thesaurus, WordNet, decides before the document's
// translations do. Two words it relates (akin: synonyms, a word and a
// kind of it, a word and its derivation — move and reposition, entry and
// record) may share a translation; on Debian's 3,441 documents this took
// 61 findings away, 13 of the 50 judged true (provinces and states;
// seconds and minutes, one synset as a moment, was one more), and the
// precision of three windows of findings judged before the rule from
// 45–51 % to 57–59 %. Two words of opposite meaning (antonymList: upload
// and download, lock and unlock) are reported also where the document
// renders them alike, since a translation that says «загрузка» for both
// tells the reader neither; a translation that renders neither word is
// left alone as for any two words. This added 9 findings, all 9 true.

// wordSig appends the signatures of the words of s to out, their finer
// keys (fineOf) to fine and their shapes (shapeOf) to shape: lower-cased,
// without the accelerator marks of menus (_Open, &Open) and hyphens
// (self-signed = selfsigned); "can't" is "cannot", "don't" "do not",
// "player's" "player". It stops past most words: a longer source keeps no
// signature. buf is scratch space, returned for the next call: a
// signature allocates nothing of its own.
func wordSig(s string, most int, out, fine, shape []uint16, buf []byte) ([]uint16, []uint16, []uint16, []byte) {
	w, limit := buf[:0], len(out)+most
	var group [16]byte
	add := func(word []byte) {
		if len(word) > 0 && !functionWord(word) {
			if g, ok := synonym(word); ok {
				word = append(group[:0], g...)
			}
			out = append(out, sigOf(word))
			fine = append(fine, fineOf(word))
			shape = append(shape, shapeOf(word))
		}
	}
	flush := func() {
		for len(w) > 0 && w[0] == '\'' {
			w = w[1:]
		}
		for len(w) > 0 && w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
		}
		switch n := len(w); {
		case string(w) == "can't":
			add([]byte("cannot"))
		case n > 3 && string(w[n-3:]) == "n't":
			add(w[:n-3])
			add([]byte("not"))
		case n > 2 && string(w[n-2:]) == "'s":
			add(w[:n-2]) // a possessive: "%1's turn" is "%1 turn"
		default:
			add(w)
		}
		w = w[:0]
	}
	for i := 0; i < len(s) && len(out) <= limit; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '_' || r == '&' || r == '-':
			// an accelerator mark or a hyphen joins, never splits
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '%' || r == '\'':
			w = append(w, byte(r))
		case r >= 'A' && r <= 'Z':
			w = append(w, byte(r)+'a'-'A')
		case r == '’':
			w = append(w, '\'')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			w = utf8.AppendRune(w, baseLetter(unicode.ToLower(r)))
		default:
			flush()
		}
	}
	flush()
	return out, fine, shape, w
}

// baseLetter is a Latin letter without its diacritics (á → a, ş → s, ḩ →
// h); any other rune is itself.
func baseLetter(r rune) rune {
	if r < 0xC0 || r > 0x1EFF || r > 0x24F && r < 0x1E00 {
		return r
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
	if len(d) > 0 && d[0] < utf8.RuneSelf {
		return rune(d[0])
	}
	return r
}

// sigOf is the signature of one lower-case word (its synonym group's, see
// synonym): 16 bits of a hash of its first three letters, as two words of
// one pair of sources seldom share it. The hash is the same on every run
// (hash16): which words share 16 bits, and so the findings, must not
// change from one run to the next.
func sigOf(w []byte) uint16 {
	if n := len(w); n > 2 && (w[0] == '%' || isDigit(w[0])) && functionWord(w[n-2:]) {
		w = w[:n-2] // an ordinal: %dnd, 2nd
	}
	return hash16(prefixRunes(w, 3))
}

// fineOf is the finer key of one lower-case word (its synonym group's),
// for telling the two words of a pair apart in the rest of the document:
// the word without an English ending (-ing, -ed, -es, -s, then a final
// -e: delete, deleted and deleting are one) cut to six letters, so that
// cursor and current, mode and modify, which share a signature, are two.
func fineOf(w []byte) uint16 {
	n := len(w)
	switch {
	case n > 5 && string(w[n-3:]) == "ing":
		w = w[:n-3]
	case n > 4 && (string(w[n-2:]) == "ed" || string(w[n-2:]) == "es"):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return hash16(prefixRunes(w, 6))
}

// shapeOf is what tells of one lower-case word whether it may be another
// cut short (abbreviation): its first letter (1 to 26) or digit (27 to
// 31, folded; 0 for any other rune) in the top five bits, whether it is
// one or two characters ending in a Latin letter or its consonants alone
// (consonants), and which letters its first eight bytes hold (HW's w is
// Hardware's fifth), folded into ten bits.
func shapeOf(w []byte) uint16 {
	var first, short, letters uint16
	switch c := w[0]; {
	case isASCIILetter(c):
		first = uint16((c|0x20)-'a') + 1
	case isDigit(c):
		first = 27 + uint16(c-'0')%5 // "2D", "2-dimensional"
	}
	if len(w) <= 2 && first != 0 && isASCIILetter(w[len(w)-1]) || consonants(w) {
		short = 1
	}
	for _, c := range w[:min(len(w), 8)] {
		if isASCIILetter(c) {
			letters |= 1 << (((c | 0x20) - 'a') % 10)
		}
	}
	return first<<shapeFirst | short*shapeShort | letters
}

// consonants reports whether a lower-case word of three or four letters
// has no vowel: an abbreviation by its consonants (clr, msg, src, pkg).
// One that ends with an s may be a plural of two letters' (pt, pts), as
// the shorter is the abbreviation.
func consonants(w []byte) bool {
	if len(w) < 3 || len(w) > 4 || w[len(w)-1] == 's' {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
			return false
		}
	}
	return true
}

// abbreviation reports whether of two words (their shapes) one is the
// other cut to its first letter or two ("S Filter", "Server Filter"; "HW
// address", "Hardware Address"; pt, pts) or to its consonants ("Clr
// Clipboard", "Clear Clipboard"): it starts as the other does, and the
// other holds its letters too. "TV" is no "Tape", SSL no SQL.
func abbreviation(a, b uint16) bool {
	if a&shapeShort == 0 {
		a, b = b, a
	}
	return a&shapeShort != 0 && b&shapeShort == 0 && a>>shapeFirst != 0 && a>>shapeFirst == b>>shapeFirst &&
		a&shapeLetters&^(b&shapeLetters) == 0
}

// The fields of a shape (shapeOf).
const (
	shapeLetters = 1<<10 - 1 // the letters a word holds, folded
	shapeShort   = 1 << 10   // one or two characters
	shapeFirst   = 11        // the shift of its first letter or digit
)

// hash16 is 16 bits of the FNV-1a hash of b: the keys and stems that
// copyEvidence counts are hashed alike on every run, so that which of them
// share 16 bits, and so its findings, do not change from run to run.
func hash16(b []byte) uint16 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return uint16(h ^ h>>16)
}

// prefixRunes is the first n runes of w.
func prefixRunes(w []byte, n int) []byte {
	if len(w) <= n {
		return w
	}
	for i := range string(w) {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

// maxStems bounds the stems kept of a translation (targetStems).
const maxStems = 48

// targetStems appends to out the stems of the words of a translation,
// each once, sorted: a word of two letters or more, not a number,
// lower-cased and cut to four letters (удалить, удаление, удалён are one
// stem), hashed to 16 bits (hash16). buf is scratch space, returned for the next
// call.
func targetStems(s string, out []uint16, buf []byte) ([]uint16, []byte) {
	off := len(out)
	w, runes, letter := buf[:0], 0, false
	flush := func() {
		if runes >= 2 && letter && len(out)-off < maxStems {
			out = append(out, hash16(w))
		}
		w, runes, letter = w[:0], 0, false
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		isLetter := false
		switch {
		case r >= 'a' && r <= 'z' || r >= 0x430 && r <= 0x45F:
			isLetter = true
		case r >= 'A' && r <= 'Z':
			r, isLetter = r+'a'-'A', true
		case r >= 0x410 && r <= 0x42F:
			r, isLetter = r+0x20, true // А–Я
		case r >= '0' && r <= '9':
		case r < utf8.RuneSelf:
			flush()
			continue
		case unicode.IsLetter(r):
			r, isLetter = unicode.ToLower(r), true
		case !unicode.IsDigit(r):
			flush()
			continue
		}
		letter = letter || isLetter
		if runes < 4 {
			w = utf8.AppendRune(w, r)
		}
		runes++
	}
	flush()
	stems := out[off:]
	slices.Sort(stems)
	return out[:off+len(slices.Compact(stems))], w
}

// functionWord reports whether a lower-case word is an English function
// word, whose change leaves the meaning: an article, a preposition, a
// conjunction, a relative word, or the ending of an ordinal split from its
// number by a placeholder ("%d" "rd copy)"). A switch, not a map: it runs
// for every word of every source.
func functionWord(w []byte) bool {
	if len(w) > 6 {
		return false
	}
	switch string(w) {
	case "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "by", "with", "at",
		"from", "this", "that", "it", "its", "as", "into", "within", "where", "whose", "which",
		"when", "while", "till", "until", "is", "are", "be", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// synonym maps the common English synonyms of interface and news text to
// one word of their group, the one whose abbreviations are in use (Accel,
// Dir, Prefs): "Continue?" and "Proceed?" may share a translation.
func synonym(w []byte) (string, bool) {
	switch string(w) {
	case "make":
		return "create", true
	case "contain", "contains", "has":
		return "have", true
	case "execute":
		return "run", true
	case "pick", "select":
		return "choose", true
	case "proceed":
		return "continue", true
	case "unable", "failed", "error", "problem", "failure":
		// a failure: "error writing %s", "cannot write %s", "audio
		// problem", "audio error"
		return "cannot", true
	case "alert":
		return "warning", true
	case "wrong", "incorrect":
		return "invalid", true
	case "unfold":
		return "expand", true
	case "fold":
		return "collapse", true
	case "avg":
		return "average", true
	case "erase", "remove":
		return "delete", true
	case "folder":
		return "directory", true
	case "shortcut":
		return "accelerator", true
	case "settings", "properties", "setup", "configuration", "config":
		// the names of a settings dialog, which interfaces use one for
		// another (Profile Properties, Profile settings: «Параметры
		// профиля»)
		return "preferences", true
	case "new":
		return "create", true
	case "goto":
		return "go", true
	case "param", "params", "parameter", "parameters", "opts":
		return "options", true
	case "lower", "reduce":
		return "decrease", true // Lower volume, Decrease volume
	case "raise":
		return "increase", true
	case "tap":
		return "click", true // a touch screen's click
	// two names of one thing in interface English
	case "untitled":
		return "unnamed", true
	case "target":
		return "destination", true
	case "location":
		return "path", true
	case "interval":
		return "spacing", true
	case "specified":
		return "defined", true
	case "userspecified":
		return "userdefined", true
	case "lacking":
		return "missing", true
	case "smaller", "fewer", "less":
		// the group's word keeps the comparative with its own:
		// "Smaller Icons" and "Small Icons" are one word apart from
		// nothing
		return "small", true
	case "bounds":
		return "range", true
	case "display":
		return "show", true
	case "anticlockwise":
		return "counterclockwise", true
	case "doublesided", "twosided", "2sided":
		return "duplex", true
	case "no":
		return "not", true
	case "inverse":
		return "reverse", true
	case "subroutine", "subroutines":
		return "procedure", true
	}
	return "", false
}

// wordApart is the place of the one word in which two word signatures
// differ, or -1: they must have the same length, two words or more. Two
// one-word labels ("Miscellaneous" and "Advanced") often share a
// translation on purpose, as do two names of one thing (Asia/Kolkata,
// Asia/Calcutta: see oneToken).
func wordApart(a, b []uint16) int {
	if len(a) != len(b) || len(a) < 2 {
		return -1
	}
	at := -1
	for i := range a {
		if a[i] != b[i] {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

//go:generate go run gen_wordnet.go

// opposites are the pairs of antonymList as fine keys (fineOf, of a
// synonym's group), the smaller key of each pair in the top half, sorted:
// made once, when a document first has two sources one word apart.
var opposites = sync.OnceValue(func() []uint32 {
	var keys []uint32
	for line := range strings.Lines(antonymList) {
		x, y, _ := strings.Cut(strings.TrimSpace(line), " ")
		a, okA := wordKey([]byte(x))
		b, okB := wordKey([]byte(y))
		if okA && okB && a != b {
			keys = append(keys, pairKey([2]uint16{a, b}))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
})

// relatedKeys is wordnet_related.bin: the pairs of words of
// wordnet_related.txt.gz as pairKey of their wordKey, sorted, each a
// little-endian uint32. It is searched where it lies, so nothing is read
// at start; TestWordNetRelated holds it to the text file and rewrites it
// with -update.
//
//go:embed wordnet_related.bin
var relatedKeys []byte

// wordKey is the fine key of a lower-case word as wordSig keeps it (its
// synonym group's), and false for a function word, which it leaves out.
func wordKey(w []byte) (uint16, bool) {
	if functionWord(w) {
		return 0, false
	}
	if g, ok := synonym(w); ok {
		return fineOf([]byte(g)), true
	}
	return fineOf(w), true
}

// pairKey is one key for two words' fine keys, in either order.
func pairKey(w [2]uint16) uint32 {
	return uint32(min(w[0], w[1]))<<16 | uint32(max(w[0], w[1]))
}

// opposite reports whether two words (their fine keys) are antonyms by
// WordNet: top and bottom, upload and download, minimum and maximum.
func opposite(words [2]uint16) bool {
	_, ok := slices.BinarySearch(opposites(), pairKey(words))
	return ok
}

// akin reports whether WordNet relates two words (their fine keys):
// synonyms, a word and a kind of it, a word and its derivation (move and
// reposition, hidden and invisible, entry and record).
func akin(words [2]uint16) bool {
	k, n := pairKey(words), len(relatedKeys)/4
	at := func(i int) uint32 { return binary.LittleEndian.Uint32(relatedKeys[4*i:]) }
	i := sort.Search(n, func(i int) bool { return at(i) >= k })
	return i < n && at(i) == k
}

// oneToken reports whether s is one token without spaces (a time zone's
// name, a key, a path): its aliases share a translation.
func oneToken(s string) bool {
	return strings.IndexFunc(strings.TrimSpace(s), unicode.IsSpace) < 0
}

// What copied makes of a pair of sources one word apart that share a
// translation.
const (
	copyUnknown  = iota // neither word is seen elsewhere in the document
	copyNone            // the translation renders neither word (a loose rendering of both)
	copyAlike           // the document renders the two words alike
	copyOfFirst         // it renders the first word, not the second
	copyOfSecond        // the reverse
)

const (
	// minRendering is how much more often a word's rendering is in the
	// translations of the segments holding that word than in the others'
	// (as a share of those segments).
	minRendering = 0.3
	// maxHolding is the most segments holding a word that are read for
	// its rendering: a thousand show it as well as all, and a document
	// of many pairs of frequent words is read in linear time.
	maxHolding = 1000
	// minUnrendered is how many segments hold a word with no rendering
	// standing out from the other word's for the two to be taken for
	// synonyms, whether the other word has one or not.
	minUnrendered = 10
	// maxCrossShare is the share of the segments holding one word whose
	// translations hold the other word's rendering from which on the two
	// are synonyms rendered alike (rate as скорость, like speed): one in
	// fifty, as a translator who renders a word as another's even now and
	// then has chosen to.
	maxCrossShare = 0.02
	// minMissed is how much more often than elsewhere a word's
	// rendering must be in the translations of its segments for a
	// translation without it to be a copy: in most of them.
	minMissed = 0.5
)

// copyEvidence counts, per 16-bit stem, the translations of a document's
// segments holding each word of a pair; its arrays are kept from one
// document to the next, and the counts of two words from one pair of them
// to the next.
type copyEvidence struct {
	base  []int32 // the document's segments whose translation holds a stem
	total int32   // the document's segments with a word signature
	// holding lists, for each word of the document's pairs, the
	// segments whose source holds it, in order: each pair reads those of
	// its two words, not the whole document.
	holding map[uint16][]int32
	count   [2][]int32
	n       [2]int32 // segments holding the first word and not the second, and the reverse
	touched []uint16 // the stems of count not 0
}

func newCopyEvidence() *copyEvidence {
	return &copyEvidence{base: make([]int32, 1<<16), holding: map[uint16][]int32{}, count: [2][]int32{make([]int32, 1<<16), make([]int32, 1<<16)}}
}

// apartWords is the finer keys of the two words in which the sources of
// segments first and cur differ (their order).
func apartWords(r *localeRun, first, cur int32) [2]uint16 {
	f, c := &r.segs[first], &r.segs[cur]
	at := wordApart(r.sig(f), r.sig(c))
	return [2]uint16{r.fine(f)[at], r.fine(c)[at]}
}

// index counts the stems of the document (or the two documents) of pairs,
// which share them, and lists the segments holding their words.
func (ev *copyEvidence) index(r *localeRun, pairs [][2]int32) {
	clear(ev.base)
	clear(ev.holding)
	ev.total = 0
	var want [1 << 16 / 64]uint64
	for _, p := range pairs {
		for _, w := range apartWords(r, p[0], p[1]) {
			want[w/64] |= 1 << (w % 64)
		}
	}
	f, c := r.segs[pairs[0][0]].pair, r.segs[pairs[0][1]].pair
	var ranges [2][2]int
	ranges[0][0], ranges[0][1] = r.docSegs(f)
	if c != f {
		ranges[1][0], ranges[1][1] = r.docSegs(c)
	}
	for _, rg := range ranges {
		for si := rg[0]; si < rg[1]; si++ {
			m := &r.segs[si]
			if m.wLen == 0 {
				continue
			}
			ev.total++
			for _, t := range r.stems(m) {
				ev.base[t]++
			}
			fine := r.fine(m)
			for i, w := range fine {
				if want[w/64]&(1<<(w%64)) != 0 && !slices.Contains(fine[:i], w) && len(ev.holding[w]) < maxHolding {
					ev.holding[w] = append(ev.holding[w], int32(si))
				}
			}
		}
	}
}

// holders calls f with each segment (in order) holding one of two words
// and not the other, and which of them (0 or 1).
func (ev *copyEvidence) holders(words [2]uint16, f func(si int32, k int)) {
	as, bs := ev.holding[words[0]], ev.holding[words[1]]
	for len(as) > 0 || len(bs) > 0 {
		switch {
		case len(bs) == 0 || len(as) > 0 && as[0] < bs[0]:
			f(as[0], 0)
			as = as[1:]
		case len(as) == 0 || bs[0] < as[0]:
			f(bs[0], 1)
			bs = bs[1:]
		default: // both words
			as, bs = as[1:], bs[1:]
		}
	}
}

// evidence counts, for each of two words, the stems of the translations
// of the document's segments holding it and not the other.
func (ev *copyEvidence) evidence(r *localeRun, words [2]uint16) {
	ev.reset()
	ev.holders(words, func(si int32, k int) { ev.add(r.stems(&r.segs[si]), k, 1) })
}

// add adds d to the counts of word k for one translation's stems.
func (ev *copyEvidence) add(stems []uint16, k int, d int32) {
	ev.n[k] += d
	for _, t := range stems {
		if d > 0 && ev.count[0][t] == 0 && ev.count[1][t] == 0 {
			ev.touched = append(ev.touched, t)
		}
		ev.count[k][t] += d
	}
}

// without calls f with the evidence of words less the segments whose
// translation is hTgt (those of the pair it is about), and restores it.
func (ev *copyEvidence) without(r *localeRun, words [2]uint16, hTgt uint64, f func()) {
	change := func(d int32) {
		ev.holders(words, func(si int32, k int) {
			if m := &r.segs[si]; m.hTgt == hTgt {
				ev.add(r.stems(m), k, d)
			}
		})
	}
	change(-1)
	f()
	change(1)
}

// copied tells, from the evidence, whether a translation (its stems tgt)
// shared by two sources that differ in the evidence's two words renders
// the word of one source and not the other's: for each word, the stem
// most often in the translations of the segments holding it, beyond its
// share in the document's other translations and in those of the other
// word, is its rendering. Words with one rendering, or one of whose
// segments' translations hold the other's rendering now and then
// (maxCrossShare), are synonyms; a translation holding neither rendering
// renders both loosely (Log filename and Dump filename as «Имя файла»);
// a word seen often with no rendering of its own shares the other's
// (minUnrendered). A translation lacking the rendering of a word its
// translators render their own way in fewer than half of its segments
// (minMissed) renders it loosely, as they do: Blend type as «Режим
// смешивания», where type is «тип» now and then. copyOfFirst is a
// translation that renders the first word; copyAlike, words the document
// renders alike; copyNone, a translation that renders them loosely.
func (ev *copyEvidence) copied(tgt []uint16) int {
	ua, hasA, inA := ev.rendering(0, tgt)
	ub, hasB, inB := ev.rendering(1, tgt)
	switch {
	case !hasA && ev.n[0] >= minUnrendered, !hasB && ev.n[1] >= minUnrendered:
		// a word seen often with no rendering of its own shares the
		// other's (screen and on-screen, both «экран»)
		return copyAlike
	case !hasA && !hasB:
		return copyUnknown
	case hasA != hasB:
		// one word is seen elsewhere: the translation renders it or not
	case ua == ub || inA && inB:
		return copyAlike
	case inB && ev.share(0, ub) >= maxCrossShare, inA && ev.share(1, ua) >= maxCrossShare:
		return copyAlike
	}
	switch {
	case inA && (!hasB || ev.score(1, ub) >= minMissed):
		return copyOfFirst
	case inB && (!hasA || ev.score(0, ua) >= minMissed):
		return copyOfSecond
	}
	return copyNone
}

// rendering is the stem that renders word k (0 or 1) in the document,
// if one stands out by minRendering, and whether the translation tgt
// holds it: of stems that stand out alike (a word seen twice), tgt's.
func (ev *copyEvidence) rendering(k int, tgt []uint16) (stem uint16, ok, in bool) {
	best := -1.0
	for _, t := range ev.touched {
		if s := ev.score(k, t); s > best {
			stem, best = t, s
		}
	}
	if best < minRendering {
		return 0, false, false
	}
	for _, t := range tgt {
		if ev.score(k, t) >= best {
			return t, true, true
		}
	}
	return stem, true, false
}

// score is how much more often stem t is in the translations of the
// segments holding word k than in the document's and in those of the
// other word.
func (ev *copyEvidence) score(k int, t uint16) float64 {
	if ev.n[k] == 0 || ev.count[k][t] == 0 {
		return 0
	}
	other := float64(ev.base[t]) / float64(ev.total)
	if o := ev.n[1-k]; o > 0 {
		other = max(other, ev.share(1-k, t))
	}
	return ev.share(k, t) - other
}

// share is the share of the segments holding word k whose translation
// holds stem t.
func (ev *copyEvidence) share(k int, t uint16) float64 {
	if ev.n[k] == 0 {
		return 0
	}
	return float64(ev.count[k][t]) / float64(ev.n[k])
}

func (ev *copyEvidence) reset() {
	for _, t := range ev.touched {
		ev.count[0][t], ev.count[1][t] = 0, 0
	}
	ev.touched, ev.n = ev.touched[:0], [2]int32{}
}
