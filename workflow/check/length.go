package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lengthNorms are the usual target/source length ratios (in characters)
// from English when a locale has too few translated segments to measure its
// own. The seed article gives 0.99 for Russian and 1.05 for Turkmen;
// Russian translations of English news usually run a little longer.
var lengthNorms = map[string]float64{"ru": 1.05, "tk": 1.05}

// minLengthSamples is how many translated segments a locale needs before
// its own median ratio is its norm.
const minLengthSamples = 30

// minNormRunes: the locale's usual ratio is the median over its segments
// of this length or more, many more than it judges, so that a few bad
// translations cannot move it.
const minNormRunes = 25

// minLengthRunes keeps short segments (titles, labels, short sentences)
// out of the length check: their ratios scatter too widely to judge. On
// 32,000 translated messages of Debian's packages (English to Russian),
// the middle 98 % of ratios span 0.57–1.74 times the median at 25–50
// characters, 0.67–1.38 at 100–200 and 0.71–1.43 beyond: a legitimately
// terse label ("Iran, Islamic Republic of" → «Иран») is as short as a
// sentence that lost half its words, a long sentence is not.
const minLengthRunes = 100

// A short translation is read by its anchors: what a translator keeps as
// it stands. A concise rendering of a wordy sentence keeps them all; a
// truncated or outdated one lacks some. The anchors — numbers, options,
// paths, identifiers — are kept by any translation, so one that lacks one
// is reported from lostFactor on, nearer the norm, naming it. Names in
// capitals or CamelCase and quotations are no anchors: a translator may
// drop or render them (URI, KOrganizer, "mount" → «подключение» on
// Debian's and KDE's translations). A translation that stops on a word or
// a comma where its source ends with a stop is cut short, and reported
// like one that lacks an anchor, unless its document's translator leaves
// out final stops as a habit (stopCount.habit). Any other translation is
// a concise rendering until the factor squared: on 733 Debian and KDE
// documents the ratio alone between 1/1.8 and 1/1.8² was right 30 times
// in 74.

// lostFactor narrows the length factor f for a translation that lacks an
// anchor of its source: 1.5 for the default 1.8.
func lostFactor(f float64) float64 { return max(f/1.2, (1+f)/2) }

// anchorSlack widens the band in which anchors are read while the
// locale's norm is still an estimate (normSoFar).
const anchorSlack = 1.2

type lengthRec struct {
	seg   int32 // index in localeRun.segs
	ratio float32
	judge bool  // a sentence: judged, not only measured (minLengthRunes)
	twice bool  // the translation is one text said over again (saidOver)
	cut   uint8 // it stops on a word or a comma where its source ends with stops[cut]
}

// stops are the final stops a cut translation lacks (lengthRec.cut).
var stops = [...]string{"", ".", "…", "!", "?", ":", ";"}

// stopCount counts, in one document, the translations of sources that end
// with a stop, and those of them that do not.
type stopCount struct{ stops, dropped int32 }

// habit reports whether a document's translator leaves out final stops
// as a habit, not by accident: in more than one translation in three of
// 20 or more. On 400 Debian and KDE catalogs and manuals, nine in ten
// drop fewer than 4 %, none between 20 % and 43 %; three drop 43–69 %.
func (c stopCount) habit() bool { return c.stops >= 20 && c.dropped*3 > c.stops }

// ratioBins is the histogram of length ratios the norm is the median of:
// 0.01 wide, ratios 0–10.
const ratioBins = 1000

// normEvery: the norm estimate is refreshed every so many records.
const normEvery = 1024

// recordLength keeps what the length check needs of done segment k, with
// ns and nt the lengths of its source and translation (textLength) and ft
// the translation's features. A sentence's anchors are read while the
// texts are at hand, and only when its ratio is short of the norm
// estimated so far: few are.
func (r *localeRun) recordLength(k int32, src, tgt string, ft features, ns, nt int) {
	if len(r.lengths)%normEvery == 0 || len(r.lengths) == minLengthSamples {
		r.normSoFar = r.lengthNorm(len(r.lengths))
	}
	l := lengthRec{seg: k, ratio: float32(nt) / float32(ns), judge: ns >= minLengthRunes}
	r.ratioHist[min(max(int(l.ratio*100), 0), ratioBins)]++
	pm := r.segs[k].pair
	if int(pm) >= len(r.stopCounts) {
		r.stopCounts = append(r.stopCounts, make([]stopCount, int(pm)+1-len(r.stopCounts))...)
	}
	var cut uint8
	if end := endPunct(src); end != "" {
		r.stopCounts[pm].stops++
		if c, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(tgt, unicode.IsSpace)); wordRune(c) || c == ',' {
			r.stopCounts[pm].dropped++
			cut = uint8(slices.Index(stops[:], end))
		}
	}
	if l.judge {
		l.twice = nt > ns && saidOver(tgt, ft)
		if float64(l.ratio) < r.normSoFar/lostFactor(r.c.lengthFactor)*anchorSlack {
			l.cut = cut
			if lost := lostAnchor(src, tgt); lost != "" {
				if r.lost == nil {
					r.lost = map[int32]string{}
				}
				r.lost[k] = strings.Clone(lost) // not the catalog's text
			}
		}
	}
	r.lengths = append(r.lengths, l)
}

// lengthNorm is the locale's usual ratio over n recorded segments: their
// median, or a known norm while there are too few.
func (r *localeRun) lengthNorm(n int) float64 {
	if n >= minLengthSamples {
		return medianRatio(&r.ratioHist, n)
	}
	if norm := lengthNorms[r.locale]; norm != 0 {
		return norm
	}
	return 1
}

// lengthOutliers reports segments whose length ratio is more than the
// configured factor away from the locale's norm, or, short of it, nearer
// when they lack an anchor of their source or are cut short (lostAnchor).
func (r *localeRun) lengthOutliers() {
	if len(r.lengths) == 0 {
		return
	}
	norm := r.lengthNorm(len(r.lengths))
	f := r.c.lengthFactor
	lf := lostFactor(f)
	for _, l := range r.lengths {
		if !l.judge {
			continue
		}
		ratio := float64(l.ratio)
		key, arg, val := "", "", ""
		switch {
		case l.twice || ratio > norm*f*f:
			key = "CheckLengthLong"
		case ratio >= norm/lf:
			continue
		case l.cut > 0 && !r.stopCounts[r.segs[l.seg].pair].habit():
			key, arg, val = "CheckLengthShortCut", "End", stops[l.cut]
		case r.lost[l.seg] != "":
			key, arg, val = "CheckLengthShortLost", "Lost", r.lost[l.seg]
		case ratio < norm/(f*f):
			key = "CheckLengthShort"
		default:
			continue
		}
		if r.segs[l.seg].silent&silentLength != 0 {
			continue
		}
		args := map[string]any{"Ratio": round1(ratio), "Norm": round1(norm), "Locale": r.locale}
		if arg != "" {
			args[arg] = val
		}
		r.emitSeg(l.seg, "length", key, args)
	}
}

// medianRatio is the median of the n ratios of histogram h: exact enough
// for a norm, and linear in the number of segments.
func medianRatio(h *[ratioBins + 1]int32, n int) float64 {
	half, sum := (n+1)/2, 0
	for b, c := range h {
		sum += int(c)
		if sum >= half {
			return (float64(b) + 0.5) / 100
		}
	}
	return 1
}

// lostAnchor is the anchor of a source its translation lacks, or "".
// Numbers are compared by their runs of digits, so that a localised form
// (1,000 → 1 000, 2.5 → 2,5) keeps them; other anchors are looked for in
// the translation ignoring ASCII case (org.gnome.Shell ~ org.gnome.shell),
// as many times as the source has them, inside a longer word too (a
// Turkmen suffix: key_serial_t'iň).
func lostAnchor(src, tgt string) string {
	// few translations are read (recordLength): no scratch space is kept
	tgtDigits := digitRuns(tgt, nil)
	var seen []string
	for i := 0; i < len(src); {
		// words are parted by white space and by tags (<b>, <nl/>)
		if n := tagLen(src, i); n > 0 {
			i += n
			continue
		}
		if isASCIISpace(src[i]) {
			i++
			continue
		}
		j := i
		for j < len(src) && !isASCIISpace(src[j]) && tagLen(src, j) == 0 {
			j++
		}
		tok := anchorToken(src[i:j])
		i = j
		if tok == "" {
			continue
		}
		if hasDigit(tok) {
			// each run of digits of the token, matched with one of the
			// translation's not matched yet
			for k := 0; k < len(tok); {
				if !isDigit(tok[k]) {
					k++
					continue
				}
				e := k
				for e < len(tok) && isDigit(tok[e]) {
					e++
				}
				at := slices.Index(tgtDigits, tok[k:e])
				if at < 0 {
					return tok
				}
				tgtDigits[at] = ""
				k = e
			}
			continue
		}
		seen = append(seen, tok)
		n := 0
		for _, s := range seen {
			if strings.EqualFold(s, tok) {
				n++
			}
		}
		if countFold(tgt, tok) < n {
			return tok
		}
	}
	return ""
}

// anchorToken returns the anchor a word of a source is, without the
// punctuation around it, or "": a word with digits; an option (-v,
// --strict); a word of code, with _ \ @ % = $ # ( or ; in it
// (key_serial_t, open(), %s); a name with a dot inside (org.gnome.Shell,
// linux-image.prerm); a path (/usr/local, stable/non-free/). Not anchors:
// other words, which are translated, names in capitals (URI, OpenGL)
// among them; an abbreviation (e.g., U.S.); an HTML entity (&#8217;); a
// tag (<b>), which markup compares; a word with letters other than ASCII.
func anchorToken(w string) string {
	w = strings.TrimLeft(trimClosing(w), "([{\"'`")
	w = strings.TrimLeft(w, "«“„‘")
	w = strings.TrimSuffix(w, "(s") // key(s), its ")" trimmed
	if strings.IndexByte(w, '&') >= 0 {
		w = dropEntities(w)
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == "" || !isASCII(w) || strings.IndexByte(w, '<') >= 0 {
		return ""
	}
	alnum := false // any letter or digit
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			return w
		case isASCIILetter(c):
			alnum = true
		}
	}
	switch {
	case !alnum:
		return ""
	case w[0] == '-' && len(w) > 1 && (w[1] == '-' || isASCIILetter(w[1])):
		return w
	case strings.ContainsAny(w, "_\\@%=$#(;"):
		return w
	case strings.IndexByte(w, '.') >= 0:
		for _, p := range strings.Split(w, ".") {
			if len(p) > 1 {
				return w // a name with a dot inside: org.gnome.Shell
			}
		}
		// an abbreviation: e.g, U.S
	case strings.IndexByte(w, '/') >= 0:
		for _, p := range strings.Split(w, "/") {
			if !isWord(p) || strings.IndexFunc(p, func(r rune) bool { return !isASCIILetter(byte(r)) }) >= 0 {
				return w // a path: /usr/local, stable/non-free/
			}
		}
		// words: and/or, I/O, Free/Busy
	}
	return ""
}

// tagLen is the length of the markup tag at s[i] (<b>, </a>, <nl/>, <a
// href="…">), or 0.
func tagLen(s string, i int) int {
	if s[i] != '<' || i+1 >= len(s) || s[i+1] != '/' && !isASCIILetter(s[i+1]) {
		return 0
	}
	if e := strings.IndexAny(s[i+1:], "<>\n"); e >= 0 && s[i+1+e] == '>' {
		return e + 2
	}
	return 0
}

// dropEntities returns w without its HTML entities (&#8217;, &amp;).
func dropEntities(w string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(w, '&')
		if i < 0 {
			break
		}
		e := strings.IndexByte(w[i:], ';')
		if e < 2 || e > 8 {
			b.WriteString(w[:i+1])
			w = w[i+1:]
			continue
		}
		b.WriteString(w[:i])
		w = w[i+e+1:]
	}
	b.WriteString(w)
	return b.String()
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// digitRuns appends the runs of ASCII digits of s to out.
func digitRuns(s string, out []string) []string {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// countFold counts the occurrences of the ASCII word w in s, ignoring
// ASCII case.
func countFold(s, w string) int {
	n := 0
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0]|0x20 && strings.EqualFold(s[i:i+len(w)], w) {
			n++
			i += len(w) - 1
		}
	}
	return n
}

// textLength is the length of a text for the length check: its n runes
// with each run of white space counted once and none at its ends, so that
// a help text's column layout (a description wrapped onto the next line
// and indented) is not read as a longer translation.
func textLength(s string, f features, n int) int {
	if !f.needsCollapse() {
		return n
	}
	n, space := 0, false
	for _, c := range strings.TrimSpace(s) {
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if space {
			n++
			space = false
		}
		n++
	}
	return n
}

// saidOver reports whether a translation s, with features f, is one text
// said over again, a copy pasted after itself once or a few times, white
// space aside.
func saidOver(s string, f features) bool {
	c := s
	if f.needsCollapse() {
		c = collapse(s)
	}
	for k := 2; k <= 4; k++ {
		// k copies and k-1 spaces between them
		n := (len(c) - (k - 1)) / k
		if n <= 0 || n*k+k-1 != len(c) {
			continue
		}
		same := true
		for i := 1; i < k && same; i++ {
			at := i * (n + 1)
			same = c[at-1] == ' ' && c[at:at+n] == c[:n]
		}
		if same {
			return true
		}
	}
	return false
}
