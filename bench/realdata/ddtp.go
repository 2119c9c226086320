package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ddtp writes a project of Debian's package descriptions, in English and
// as the Debian Description Translation Project translated them (apt's
// Translation-en and Translation-ru files, uncompressed): running text
// reviewed by translators, one document per package. A description's
// short line is a segment, a heading, and so is each paragraph of its long text
// where both languages have as many paragraphs; otherwise the long text is
// left out.
func ddtp(args []string) error {
	fl := flag.NewFlagSet("ddtp", flag.ExitOnError)
	en := fl.String("en", "", "apt's Translation-en `FILE`, uncompressed")
	ru := fl.String("ru", "", "apt's Translation-ru `FILE`, uncompressed")
	out := fl.String("out", "", "the work `DIR` to write (its clean project)")
	fl.Parse(args)
	if *en == "" || *ru == "" || *out == "" {
		return fmt.Errorf("ddtp needs -en, -ru and -out")
	}
	all, err := readDescriptions(*en)
	if err != nil {
		return err
	}
	eng := map[string]description{}
	for _, d := range all {
		eng[d.md5] = d
	}
	rus, err := readDescriptions(*ru)
	if err != nil {
		return err
	}
	var docs []*doc
	pairs := map[string]int{}
	seen := map[string]bool{}
	for _, r := range rus {
		e, ok := eng[r.md5]
		if !ok || seen[r.pkg] {
			continue // a translation of a description no longer shipped
		}
		seen[r.pkg] = true
		srcs, tgts := []string{e.short}, []string{r.short}
		if len(e.long) == len(r.long) {
			srcs, tgts = append(srcs, e.long...), append(tgts, r.long...)
		}
		d := newDoc(docName(r.pkg), srcs, map[string][]string{"ru": tgts}, pairs)
		d.src.Segments[0].Kind = "heading" // the synopsis, a title by Debian's policy (no final stop)
		docs = append(docs, d)
	}
	if err := write(filepath.Join(*out, "clean"), docs); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "realdata: %d package descriptions, %d en→ru pairs, in %s\n", len(docs), pairs["ru"], *out)
	return nil
}

// description is one entry of a Translation file.
type description struct {
	pkg, md5, short string
	long            []string // paragraphs
}

// readDescriptions reads the descriptions of a Translation file, in its
// order (by package name).
func readDescriptions(path string) ([]description, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	all, err := parseDescriptions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return all, nil
}

// parseDescriptions reads the stanzas of a Translation file. A long
// description's lines start with a space; " ." separates paragraphs; a
// line starting with a list mark ("* ", "- ", "+ ") starts a new line of
// its paragraph, any other continues it.
func parseDescriptions(r io.Reader) ([]description, error) {
	var out []description
	var cur description
	var para []string
	endPara := func() {
		if len(para) > 0 {
			cur.long = append(cur.long, strings.Join(para, ""))
			para = para[:0]
		}
	}
	flush := func() {
		endPara()
		if cur.pkg != "" && cur.short != "" {
			out = append(out, cur)
		}
		cur = description{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "Package: "):
			cur.pkg = strings.TrimPrefix(l, "Package: ")
		case strings.HasPrefix(l, "Description-md5: "):
			cur.md5 = strings.TrimPrefix(l, "Description-md5: ")
		case strings.HasPrefix(l, "Description-"):
			_, v, ok := strings.Cut(l, ": ")
			if !ok {
				return nil, fmt.Errorf("line %d: a description without its text", line)
			}
			cur.short = strings.TrimSpace(v)
		case l == " .":
			endPara()
		case strings.HasPrefix(l, " "):
			t := strings.TrimSpace(l)
			switch {
			case len(para) == 0:
				para = append(para, t)
			case slices.ContainsFunc([]string{"* ", "- ", "+ ", "o "}, func(m string) bool { return strings.HasPrefix(t, m) }):
				para = append(para, "\n"+t)
			default:
				para = append(para, " "+t)
			}
		default:
			return nil, fmt.Errorf("line %d: %q is no field of a Translation file", line, l)
		}
	}
	flush()
	return out, sc.Err()
}
