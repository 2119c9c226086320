package segment

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// class says what an abbreviation does to the sentence around it.
type class uint8

const (
	prefix    class = iota + 1 // before a name or number: never ends a sentence (Mr. Smith)
	terminal                   // ends the sentence whenever a capital follows (etc.)
	ambiguous                  // ends it only when a common sentence opener follows (U.S.)
	unit                       // after a number ends it whenever a capital follows (5 kg.), else ambiguous
)

// rules are one language's word lists, ready for lookups.
type rules struct {
	lang string
	// exact holds every abbreviation as written, without its final dot;
	// lower holds the all-lower-case ones, matched case-insensitively.
	exact, lower map[string]class
	maxLen       int // longest key in bytes: longer words are not looked up
	starters     map[string]bool
	joiners      map[string]bool
}

var (
	rulesMu    sync.Mutex
	rulesCache = map[string]*rules{}
)

// baseLang reduces a tag such as "en-GB" or "tk_TM" to "en" or "tk".
func baseLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// rulesFor returns the rules of opt.Lang with opt.Abbreviations added. The
// built-in lists are parsed once per language.
func rulesFor(opt Options) *rules {
	lang := baseLang(opt.Lang)
	rulesMu.Lock()
	r, ok := rulesCache[lang]
	if !ok {
		r = loadRules(lang)
		if len(r.exact) == 0 && len(r.starters) == 0 {
			// No data file: share one set of empty lists, so that odd
			// language names cannot grow the cache.
			r, ok = rulesCache[""]
			if !ok {
				r = loadRules("")
				rulesCache[""] = r
			}
		} else {
			rulesCache[lang] = r
		}
	}
	rulesMu.Unlock()
	if len(opt.Abbreviations) == 0 {
		return r
	}
	c := r.clone()
	for _, a := range opt.Abbreviations {
		c.add(strings.TrimSpace(a), ambiguous)
	}
	return c
}

// loadRules reads data/<lang>.txt; a language without a file gets empty
// lists, that is the rules that hold for any language.
func loadRules(lang string) *rules {
	r := &rules{
		lang:     lang,
		exact:    map[string]class{},
		lower:    map[string]class{},
		starters: map[string]bool{},
		joiners:  map[string]bool{},
	}
	b, err := dataFS.ReadFile("data/" + lang + ".txt")
	if err != nil {
		return r
	}
	if err := r.parse(string(b)); err != nil {
		// The files are embedded and tested: a broken one is a build bug.
		panic(fmt.Sprintf("segment: data/%s.txt: %v", lang, err))
	}
	return r
}

// parse reads the format described at the top of data/en.txt.
func (r *rules) parse(src string) error {
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			switch section {
			case "prefix", "terminal", "ambiguous", "unit", "starters", "joiners":
			default:
				return fmt.Errorf("line %d: unknown section %q", n, section)
			}
			continue
		}
		for _, w := range strings.Fields(line) {
			switch section {
			case "prefix":
				r.add(w, prefix)
			case "terminal":
				r.add(w, terminal)
			case "ambiguous":
				r.add(w, ambiguous)
			case "unit":
				r.add(w, unit)
			case "starters":
				r.starters[w] = true
			case "joiners":
				r.joiners[w] = true
			default:
				return fmt.Errorf("line %d: %q outside a section", n, w)
			}
		}
	}
	return sc.Err()
}

// add records an abbreviation; a later entry does not override an earlier
// one, so the built-in class of a word wins over a project's addition.
func (r *rules) add(abbr string, c class) {
	k := strings.TrimSuffix(abbr, ".")
	if k == "" {
		return
	}
	if _, ok := r.exact[k]; !ok {
		r.exact[k] = c
	}
	if k == strings.ToLower(k) {
		if _, ok := r.lower[k]; !ok {
			r.lower[k] = c
		}
	}
	if len(k) > r.maxLen {
		r.maxLen = len(k)
	}
}

func (r *rules) clone() *rules {
	return &rules{lang: r.lang, maxLen: r.maxLen, starters: r.starters, joiners: r.joiners,
		exact: maps.Clone(r.exact), lower: maps.Clone(r.lower)}
}

// lookup finds the class of word w (without its final dot): as written, or
// in lower case among the lower-case entries.
func (r *rules) lookup(w string) (class, bool) {
	if len(w) > r.maxLen || w == "" {
		return 0, false
	}
	if c, ok := r.exact[w]; ok {
		return c, true
	}
	var buf [64]byte
	low, changed := lowerInto(buf[:0], w)
	if !changed {
		return 0, false
	}
	c, ok := r.lower[string(low)]
	return c, ok
}

// lowerInto appends the lower-case form of s to dst; changed reports
// whether it differs from s.
func lowerInto(dst []byte, s string) ([]byte, bool) {
	changed := false
	for _, c := range s {
		l := unicode.ToLower(c)
		if l != c {
			changed = true
		}
		dst = utf8.AppendRune(dst, l)
	}
	return dst, changed
}
