package disk

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The journal is a text file with one record a line. While a plan stages
// its files it is a log, appended to before each temporary file is made:
//
//	terjime-journal 1 "merge"
//	stage "../locales/ru"
//
// Once every temporary file is written and synced, it is replaced, in one
// atomic rename, by the list of renames to make, each with the state of
// the file it replaces, and the files to delete:
//
//	terjime-journal 1 "merge"
//	commit
//	rename "../locales/ru/.news.toml.tmp123" "../locales/ru/news.toml" 4711:1767225600000000000
//	delete "../dist/ru/news.html"
//	end
//
// Paths are relative to the journal's directory, so a project that moves
// keeps a journal that works. A stage record names a directory, once: a
// build stages tens of thousands of editions in a few directories. A crash
// while staging leaves the log: the run had changed nothing, and Recover
// removes the temporary files in those directories. A crash
// after the commit record leaves the list: Recover makes the renames that
// did not happen. Either way every file ends all old or all new.
const journalMagic = "terjime-journal 1"

// logStage records, before a temporary file is made beside path, that its
// directory gets temporary files; the first record creates the journal.
func (p *Plan) logStage(path string) error {
	if p.Journal == "" {
		return nil
	}
	dir := filepath.Dir(path)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.logged[dir] {
		return nil
	}
	if p.log == nil {
		if err := os.MkdirAll(filepath.Dir(p.Journal), 0o755); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		// A journal left behind is an interrupted run that Recover has not
		// seen: writing over it would forget what it has to finish.
		f, err := os.OpenFile(p.Journal, os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: an interrupted run left its journal, which must be recovered first", p.Journal)
		}
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		if _, err := fmt.Fprintf(f, "%s %s\n", journalMagic, strconv.Quote(p.Label)); err != nil {
			f.Close()
			os.Remove(p.Journal)
			return fmt.Errorf("journal: %w", err)
		}
		p.log = f
		p.ownsJournal = true
	}
	if _, err := fmt.Fprintf(p.log, "stage %s\n", strconv.Quote(p.journalPath(dir))); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if p.logged == nil {
		p.logged = map[string]bool{}
	}
	p.logged[dir] = true
	return nil
}

// journalPath writes path relative to the journal's directory.
func (p *Plan) journalPath(path string) string {
	dir, err1 := filepath.Abs(filepath.Dir(p.Journal))
	abs, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return path
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return abs
}

// commit replaces the journal's log by the list of renames and deletions
// Apply is about to make, synced, so that a crash among them is finished
// rather than undone.
func (p *Plan) commit(temps []temp, deletes []string) error {
	if p.Journal == "" || len(temps)+len(deletes) == 0 {
		return nil
	}
	p.mu.Lock()
	logged := p.log != nil
	p.closeLogFile()
	p.mu.Unlock()
	if !logged {
		// Deletions alone stage nothing: the commit record is the
		// journal's first version, and must not replace another run's.
		if _, err := os.Lstat(p.Journal); err == nil {
			return fmt.Errorf("%s: an interrupted run left its journal, which must be recovered first", p.Journal)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\ncommit\n", journalMagic, strconv.Quote(p.Label))
	for _, t := range temps {
		fmt.Fprintf(&b, "rename %s %s %s\n", strconv.Quote(p.journalPath(t.tmp)), strconv.Quote(p.journalPath(t.real)), fileState(t.real))
	}
	for _, d := range deletes {
		fmt.Fprintf(&b, "delete %s\n", strconv.Quote(p.journalPath(d)))
	}
	b.WriteString("end\n")
	if err := os.MkdirAll(filepath.Dir(p.Journal), 0o755); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	name, err := createTemp(p.Journal, []byte(b.String()), 0o644)
	if err == nil && !p.NoSync {
		err = syncFile(name)
	}
	if err == nil {
		err = os.Rename(name, p.Journal)
	}
	if err == nil {
		p.mu.Lock()
		p.ownsJournal = true
		p.mu.Unlock()
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("journal: %w", cause(err))
	}
	if !p.NoSync {
		syncDirs([]string{p.Journal})
	}
	return nil
}

// fileState is how the journal remembers a file before a rename replaces
// it: its size and modification time, or "-" when there is none.
func fileState(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "-"
	}
	return fmt.Sprintf("%d:%d", fi.Size(), fi.ModTime().UnixNano())
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// closeLog closes the journal and removes it: the plan is applied or
// abandoned; p.mu is held.
func (p *Plan) closeLog() {
	p.closeLogFile()
	if !p.ownsJournal {
		return
	}
	p.ownsJournal = false
	if err := os.Remove(p.Journal); err == nil && !p.NoSync {
		syncDirs([]string{p.Journal})
	}
}

// closeLogFile closes the journal's log, leaving the file.
func (p *Plan) closeLogFile() {
	if p.log != nil {
		p.log.Close()
		p.log = nil
	}
	p.logged = nil
}

// Recovery is what Recover did with an interrupted plan's journal.
type Recovery struct {
	// Label is the interrupted run, as its plan named it.
	Label string
	// Completed lists the files whose renames Recover made: the run had
	// committed, and now every file it wrote is new.
	Completed []string
	// RolledBack is set when the run had not recorded its renames: it had
	// changed no file, and Recover removed its temporary files.
	RolledBack bool
	// Kept lists, for a file changed by someone else after the crash, the
	// new version that Recover saved beside it (FILE.recovered) instead of
	// writing over that change.
	Kept []string
	// Removed counts the stray temporary files Recover removed.
	Removed int
}

// Recover finishes or undoes the plan whose journal is at path, removes its
// stray temporary files and then the journal, and says what it did; nil
// when there is no journal. Nothing else may write the plan's files
// meanwhile: the caller holds the lock that its plans are applied under.
func Recover(path string) (*Recovery, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	j, err := parseJournal(path, string(data))
	if err != nil {
		return nil, err
	}
	r := &Recovery{Label: j.label}
	// The journal's own temporary file, if the crash came while the commit
	// record was written.
	r.Removed += removeTemps(filepath.Dir(path), tempPrefix(path))
	if j.committed {
		for _, e := range j.renames {
			_, err := os.Lstat(e.tmp)
			if errors.Is(err, fs.ErrNotExist) {
				continue // renamed before the crash
			}
			if fileState(e.final) != e.old {
				// Someone changed the file after the crash: keep both.
				kept := e.final + ".recovered"
				if err := os.Rename(e.tmp, kept); err != nil {
					return nil, fmt.Errorf("recover %s: %w", e.final, cause(err))
				}
				r.Kept = append(r.Kept, kept)
				continue
			}
			if err := os.Rename(e.tmp, e.final); err != nil {
				return nil, fmt.Errorf("recover %s: %w", e.final, cause(err))
			}
			r.Completed = append(r.Completed, e.final)
		}
		for _, d := range j.deletes {
			if err := os.Remove(d); err == nil {
				r.Completed = append(r.Completed, d)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("recover %s: %w", d, cause(err))
			}
		}
		var all []string
		for _, e := range j.renames {
			all = append(all, e.final)
		}
		syncDirs(append(all, j.deletes...))
	} else {
		r.RolledBack = true
		for _, dir := range j.staged {
			r.Removed += removeTemps(dir, ".")
		}
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("journal: %w", err)
	}
	syncDirs([]string{path})
	sort.Strings(r.Completed)
	return r, nil
}

// removeTemps removes the temporary files in dir whose names start with
// prefix and have the form of a Plan's (".news.toml.tmp123"), and counts
// them.
func removeTemps(dir, prefix string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && isTempName(e.Name()) && e.Type().IsRegular() {
			if os.Remove(filepath.Join(dir, e.Name())) == nil {
				n++
			}
		}
	}
	return n
}

// isTempName reports whether name has the form of tempPrefix followed by
// os.CreateTemp's random digits.
func isTempName(name string) bool {
	i := strings.LastIndex(name, ".tmp")
	if !strings.HasPrefix(name, ".") || i <= 0 || i+4 == len(name) {
		return false
	}
	for _, c := range name[i+4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

type journal struct {
	label     string
	committed bool
	staged    []string
	renames   []journalRename
	deletes   []string
}

type journalRename struct{ tmp, final, old string }

// parseJournal reads a journal; its paths come back resolved against the
// journal's directory.
func parseJournal(path, data string) (*journal, error) {
	bad := func(line int, what string) error {
		return fmt.Errorf("%s:%d: %s: the journal of an interrupted run is damaged; restore the files it lists from version control, then delete it", path, line, what)
	}
	dir := filepath.Dir(path)
	resolve := func(p string) string {
		p = filepath.FromSlash(p)
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	if !strings.HasPrefix(data, journalMagic+" ") {
		return nil, bad(1, "not a terjime journal")
	}
	if i := strings.LastIndexByte(data, '\n'); i >= 0 && i < len(data)-1 && !strings.Contains(data, "\ncommit\n") {
		// A log whose last stage record was cut short by the crash: its
		// temporary file was not made yet.
		data = data[:i+1]
	}
	var j journal
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n, ended := 0, false
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			rest, ok := strings.CutPrefix(line, journalMagic+" ")
			if !ok {
				return nil, bad(n, "not a terjime journal")
			}
			label, err := strconv.Unquote(rest)
			if err != nil {
				return nil, bad(n, "malformed label")
			}
			j.label = label
			continue
		}
		if ended {
			return nil, bad(n, "text after the end record")
		}
		word, rest, _ := strings.Cut(line, " ")
		args, err := quotedFields(rest)
		if err != nil {
			return nil, bad(n, err.Error())
		}
		switch {
		case word == "stage" && len(args) == 1 && !j.committed:
			j.staged = append(j.staged, resolve(args[0]))
		case word == "commit" && len(args) == 0 && n == 2:
			j.committed = true
		case word == "rename" && len(args) == 3 && j.committed:
			j.renames = append(j.renames, journalRename{resolve(args[0]), resolve(args[1]), args[2]})
		case word == "delete" && len(args) == 1 && j.committed:
			j.deletes = append(j.deletes, resolve(args[0]))
		case word == "end" && len(args) == 0 && j.committed:
			ended = true
		default:
			return nil, bad(n, fmt.Sprintf("unexpected record %q", word))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, bad(n, err.Error())
	}
	if n == 0 {
		return nil, bad(1, "empty")
	}
	if j.committed && !ended {
		// The commit record is written whole and renamed into place, so
		// a missing end means the file was damaged afterwards.
		return nil, bad(n, "the commit record has no end")
	}
	return &j, nil
}

// quotedFields splits a journal record's arguments: Go-quoted strings,
// and a bare last word for a file state.
func quotedFields(s string) ([]string, error) {
	var out []string
	for s = strings.TrimLeft(s, " "); s != ""; s = strings.TrimLeft(s, " ") {
		if s[0] != '"' {
			word, rest, _ := strings.Cut(s, " ")
			if rest != "" {
				return nil, errors.New("malformed record")
			}
			out = append(out, word)
			break
		}
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, errors.New("malformed path")
		}
		u, _ := strconv.Unquote(q)
		out = append(out, u)
		s = s[len(q):]
	}
	return out, nil
}
