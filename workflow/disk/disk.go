package disk

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// WriteFile replaces path with data atomically. Missing parent directories
// are created.
func WriteFile(path string, data []byte) error {
	var p Plan
	p.Write(path, data)
	_, err := p.Apply(context.Background())
	return err
}

// Plan is a set of files to write and delete, applied together. Its
// methods may be called from several goroutines.
type Plan struct {
	// Journal, when set, is the file that makes the plan recoverable after
	// a crash: Apply logs every temporary file before making it, and
	// records the renames before the first one, so that Recover can undo
	// an interrupted plan or finish it. No two plans may share a journal
	// at the same time.
	Journal string
	// Label names the run in the journal ("merge"), for the report of a
	// recovery.
	Label string
	// NoSync skips forcing each file to stable storage before its rename.
	// Renames stay atomic (a reader sees the old file or the new one), but
	// after a power cut a file may be empty: fine for output that a command
	// rebuilds (editions), never for catalogs, which hold translators' work.
	NoSync bool

	mu      sync.Mutex
	writes  map[string][]byte
	staged  map[string]temp // path → its temporary file, written
	deletes map[string]bool
	log     *os.File        // the journal while files are staged
	logged  map[string]bool // the directories log names
	// ownsJournal is set while the journal is this plan's to remove.
	ownsJournal bool
}

// temp is a written temporary file and the file it replaces: real is the
// plan's path with symbolic links resolved, so that a link to a catalog
// is written through rather than replaced.
type temp struct{ tmp, path, real string }

// Write schedules path to hold data.
func (p *Plan) Write(path string, data []byte) {
	if path == "" {
		panic("disk: Plan.Write with an empty path")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.writes == nil {
		p.writes = map[string][]byte{}
	}
	p.writes[path] = data
	delete(p.deletes, path)
	p.unstage(path)
}

// Stage writes data to a temporary file beside path at once, so that the
// caller may reuse data's memory (a merge writes tens of MB of catalogs),
// and schedules it to replace path when Apply runs. Nothing is staged when
// path already holds data. After an error, call Discard.
func (p *Plan) Stage(path string, data []byte) error {
	p.forget(path)
	if same(path, data) {
		return nil
	}
	t, err := p.writeTemp(path, data)
	if err != nil {
		return err
	}
	p.keep(t)
	return nil
}

// StageFrom is Stage for content that write produces a piece at a time
// (a catalog of tens of MB, never whole in memory): write gives it to a
// temporary file beside path, which replaces path when Apply runs. When
// path already holds the same bytes, the temporary file goes and nothing
// is staged. After an error, call Discard.
func (p *Plan) StageFrom(path string, write func(w io.Writer) error) error {
	p.forget(path)
	t, err := p.writeTempFrom(path, write)
	if err != nil {
		return err
	}
	if sameFile(t.tmp, path) {
		os.Remove(t.tmp)
		return nil
	}
	p.keep(t)
	return nil
}

// forget drops what the plan had for path, before it is staged anew.
func (p *Plan) forget(path string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.writes, path)
	delete(p.deletes, path)
	p.unstage(path)
}

// keep stages a written temporary file.
func (p *Plan) keep(t temp) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.staged == nil {
		p.staged = map[string]temp{}
	}
	p.staged[t.path] = t
}

// Discard removes the temporary files of staged writes and forgets them,
// and the journal with them.
func (p *Plan) Discard() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for path := range p.staged {
		p.unstage(path)
	}
	p.closeLog()
}

// unstage forgets path's staged temporary file and removes it; p.mu is
// held.
func (p *Plan) unstage(path string) {
	if t, ok := p.staged[path]; ok {
		os.Remove(t.tmp)
		delete(p.staged, path)
	}
}

// Delete schedules path to be removed.
func (p *Plan) Delete(path string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.deletes == nil {
		p.deletes = map[string]bool{}
	}
	p.deletes[path] = true
	delete(p.writes, path)
	p.unstage(path)
}

// Paths lists the files the plan writes, sorted.
func (p *Plan) Paths() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]string, 0, len(p.writes)+len(p.staged))
	for k := range p.writes {
		out = append(out, k)
	}
	for k := range p.staged {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Changed lists the files whose content the plan would change (new files
// included) and the files it would delete, sorted.
func (p *Plan) Changed() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for path, data := range p.writes {
		if !same(path, data) {
			out = append(out, path)
		}
	}
	for path := range p.staged {
		out = append(out, path)
	}
	for path := range p.deletes {
		if _, err := os.Lstat(path); err == nil {
			out = append(out, path)
		}
	}
	sort.Strings(out)
	return out
}

// sameFile reports whether files a and b hold the same bytes.
func sameFile(a, b string) bool {
	f, err := os.Open(a)
	if err != nil {
		return false
	}
	defer f.Close()
	fi, err := f.Stat()
	return err == nil && sameAs(b, fi.Size(), f)
}

// same reports whether path holds exactly data. A different size settles
// it without reading the file: a merge plans tens of MB of catalogs, and
// Apply asks again.
func same(path string, data []byte) bool {
	return sameAs(path, int64(len(data)), bytes.NewReader(data))
}

// sameAs reports whether path holds the n bytes r gives, no more. It reads
// both in pieces: a catalog of tens of MB is not read into memory whole.
func sameAs(path string, n int64, r io.Reader) bool {
	if fi, err := os.Stat(path); err != nil || fi.Size() != n {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	size := max(1, min(n, 256<<10))
	bufR, bufF := make([]byte, size), make([]byte, size)
	for {
		nr, errR := io.ReadFull(r, bufR)
		nf, errF := io.ReadFull(f, bufF)
		if nr != nf || !bytes.Equal(bufR[:nr], bufF[:nf]) {
			return false // different, or the file grew meanwhile
		}
		if errR != nil || errF != nil {
			return isEOF(errR) && isEOF(errF)
		}
	}
}

func isEOF(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }

// target resolves the file that a write to path replaces: path itself, or
// the file a symbolic link at path points to. A file nobody may write
// (chmod a-w) is refused rather than replaced: its owner made it read-only
// on purpose. So is anything but a regular file.
func target(path string) (string, fs.FileMode, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, 0o644, nil
	}
	if err != nil {
		return "", 0, fmt.Errorf("write %s: %w", path, cause(err))
	}
	real := path
	if fi.Mode()&fs.ModeSymlink != 0 {
		if real, err = filepath.EvalSymlinks(path); err != nil {
			return "", 0, fmt.Errorf("write %s: it is a symbolic link to a file that cannot be reached: %w", path, cause(err))
		}
		if fi, err = os.Stat(real); err != nil {
			return "", 0, fmt.Errorf("write %s: %w", path, cause(err))
		}
	}
	if !fi.Mode().IsRegular() {
		return "", 0, fmt.Errorf("write %s: not a regular file", path)
	}
	if fi.Mode().Perm()&0o222 == 0 {
		return "", 0, fmt.Errorf("write %s: the file is read-only; make it writable (chmod u+w) for terjime to change it", path)
	}
	return real, fi.Mode().Perm(), nil
}

// cause strips the file name from a file system error, so that messages
// name the file terjime was asked to write rather than its temporary file.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// tempPrefix starts the name of every temporary file beside path: Recover
// finds stray ones by it.
func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp" }

// writeTemp writes data to a new temporary file beside the file path
// resolves to, logging it in the journal first, and returns it. Apply
// syncs it before any rename.
func (p *Plan) writeTemp(path string, data []byte) (temp, error) {
	return p.writeTempFrom(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeTempFrom is writeTemp for content that write produces.
func (p *Plan) writeTempFrom(path string, write func(w io.Writer) error) (temp, error) {
	real, mode, err := target(path)
	if err != nil {
		return temp{}, err
	}
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		return temp{}, fmt.Errorf("write %s: %w", path, cause(err))
	}
	if err := p.logStage(real); err != nil {
		return temp{}, err
	}
	name, err := createTempFrom(real, write, mode)
	if err != nil {
		return temp{}, fmt.Errorf("write %s: %w", path, err)
	}
	return temp{tmp: name, path: path, real: real}, nil
}

// createTemp writes data to a new temporary file beside path with the
// given permissions and returns its name; the error names no file.
func createTemp(path string, data []byte, mode fs.FileMode) (string, error) {
	return createTempFrom(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, mode)
}

// createTempFrom writes what write produces to a new temporary file beside
// path with the given permissions and returns its name; the error names
// no file.
func createTempFrom(path string, write func(w io.Writer) error, mode fs.FileMode) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix(path)+"*")
	if err != nil {
		return "", cause(err)
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), mode)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", cause(err)
	}
	return f.Name(), nil
}

// syncAll forces every temporary file to stable storage, several at a
// time: each sync mostly waits for the disk, and the file system can
// commit concurrent syncs together, so a merge rewriting a hundred
// catalogs does not wait for a hundred commits in a row.
func syncAll(temps []temp) error {
	errs := make([]error, len(temps))
	sem := make(chan struct{}, 16)
	var wg sync.WaitGroup
	for i, t := range temps {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f, err := os.OpenFile(t.tmp, os.O_WRONLY, 0)
			if err == nil {
				err = f.Sync()
				f.Close()
			}
			if err != nil {
				errs[i] = fmt.Errorf("write %s: %w", t.path, cause(err))
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// syncDirs forces the directories of the given files to stable storage,
// so that their renames survive a power cut. Not every system can sync a
// directory; where it cannot, the rename is as durable as it gets.
func syncDirs(paths []string) {
	seen := map[string]bool{}
	for _, path := range paths {
		dir := filepath.Dir(path)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
}

// Apply writes every changed file and deletes the scheduled ones. Unchanged
// files are not touched, so their modification times stay. It returns the
// paths it changed.
//
// Every temporary file is written and synced before the first rename, so
// that a failure leaves every file as it was. With a Journal, the renames
// are recorded before the first one, so that a crash among them is
// finished by the next Recover.
//
// A cancelled ctx stops Apply while it writes the temporary files, and is
// checked once more after the last of them is synced: up to there, Apply
// removes its temporary files and returns ctx's error with every target as
// it was. The renames that follow are not interrupted, since stopping
// halfway through them would leave a mixture of old and new files.
func (p *Plan) Apply(ctx context.Context) ([]string, error) {
	changed := p.Changed()
	var temps []temp
	var deletes []string
	fail := func(err error) ([]string, error) {
		for _, t := range temps {
			os.Remove(t.tmp)
		}
		p.Discard()
		return nil, err
	}
	for _, path := range changed {
		p.mu.Lock()
		t, staged := p.staged[path]
		data, write := p.writes[path]
		del := p.deletes[path]
		p.mu.Unlock()
		switch {
		case staged:
			temps = append(temps, t)
		case write:
			err := ctx.Err()
			var t temp
			if err == nil {
				t, err = p.writeTemp(path, data)
			}
			if err != nil {
				return fail(err)
			}
			temps = append(temps, t)
		case del:
			deletes = append(deletes, path)
		}
	}
	p.mu.Lock()
	p.staged = nil // in temps now: renamed or removed below
	p.mu.Unlock()
	if !p.NoSync {
		if err := syncAll(temps); err != nil {
			return fail(err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if err := p.commit(temps, deletes); err != nil {
		return fail(err)
	}
	for i, t := range temps {
		if err := os.Rename(t.tmp, t.real); err != nil {
			err = fmt.Errorf("write %s: %w", t.path, cause(err))
			if p.Journal != "" {
				// The journal stays: the next command finishes the plan.
				p.closeLogFile()
				return nil, err
			}
			// Earlier renames have landed; report rather than hide it.
			for _, rest := range temps[i:] {
				os.Remove(rest.tmp)
			}
			return nil, err
		}
	}
	var errs []error
	for _, path := range deletes {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if p.Journal != "" && !p.NoSync {
		reals := make([]string, 0, len(temps)+len(deletes))
		for _, t := range temps {
			reals = append(reals, t.real)
		}
		syncDirs(append(reals, deletes...))
	}
	p.mu.Lock()
	p.closeLog()
	p.mu.Unlock()
	return changed, errors.Join(errs...)
}
