package disk

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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

// Plan is a set of files to write and delete, applied together.
type Plan struct {
	writes  map[string][]byte
	staged  map[string]string // path → its temporary file, written
	deletes map[string]bool
	// NoSync skips forcing each file to stable storage before its rename.
	// Renames stay atomic (a reader sees the old file or the new one), but
	// after a power cut a file may be empty: fine for output that a command
	// rebuilds (editions), never for catalogs, which hold translators' work.
	NoSync bool
}

// Write schedules path to hold data.
func (p *Plan) Write(path string, data []byte) {
	if path == "" {
		panic("disk: Plan.Write with an empty path")
	}
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
	delete(p.writes, path)
	delete(p.deletes, path)
	p.unstage(path)
	if same(path, data) {
		return nil
	}
	tmp, err := writeTemp(path, data)
	if err != nil {
		return err
	}
	if p.staged == nil {
		p.staged = map[string]string{}
	}
	p.staged[path] = tmp
	return nil
}

// Discard removes the temporary files of staged writes and forgets them.
func (p *Plan) Discard() {
	for path := range p.staged {
		p.unstage(path)
	}
}

func (p *Plan) unstage(path string) {
	if tmp, ok := p.staged[path]; ok {
		os.Remove(tmp)
		delete(p.staged, path)
	}
}

// Delete schedules path to be removed.
func (p *Plan) Delete(path string) {
	if p.deletes == nil {
		p.deletes = map[string]bool{}
	}
	p.deletes[path] = true
	delete(p.writes, path)
	p.unstage(path)
}

// Paths lists the files the plan writes, sorted.
func (p *Plan) Paths() []string {
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
		if _, err := os.Stat(path); err == nil {
			out = append(out, path)
		}
	}
	sort.Strings(out)
	return out
}

// same reports whether path holds exactly data. A different size settles
// it without reading the file: a merge plans tens of MB of catalogs, and
// Apply asks again.
func same(path string, data []byte) bool {
	if fi, err := os.Stat(path); err != nil || fi.Size() != int64(len(data)) {
		return false
	}
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, data)
}

// writeTemp writes data to a new temporary file beside path and returns
// its name. Apply syncs it before any rename.
func writeTemp(path string, data []byte) (string, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return f.Name(), nil
}

type tmp struct{ tmp, final string }

// syncAll forces every temporary file to stable storage, several at a
// time: each sync mostly waits for the disk, and the file system can
// commit concurrent syncs together, so a merge rewriting a hundred
// catalogs does not wait for a hundred commits in a row.
func syncAll(temps []tmp) error {
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
				errs[i] = fmt.Errorf("write %s: %w", t.final, err)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Apply writes every changed file and deletes the scheduled ones. Unchanged
// files are not touched, so their modification times stay. It returns the
// paths it changed.
//
// A cancelled ctx stops Apply while it writes the temporary files, and is
// checked once more after the last of them is synced: up to there, Apply
// removes its temporary files and returns ctx's error with every target as
// it was. The renames that follow are not interrupted, since stopping
// halfway through them would leave a mixture of old and new files.
func (p *Plan) Apply(ctx context.Context) ([]string, error) {
	changed := p.Changed()
	var temps []tmp
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t.tmp)
		}
	}
	for _, path := range changed {
		if t, ok := p.staged[path]; ok {
			temps = append(temps, tmp{t, path})
			continue
		}
		data, ok := p.writes[path]
		if !ok {
			continue
		}
		err := ctx.Err()
		var t string
		if err == nil {
			t, err = writeTemp(path, data)
		}
		if err != nil {
			cleanup()
			p.Discard()
			return nil, err
		}
		temps = append(temps, tmp{t, path})
	}
	p.staged = nil // renamed or removed below, either way gone
	if !p.NoSync {
		if err := syncAll(temps); err != nil {
			cleanup()
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		cleanup()
		return nil, err
	}
	for i, t := range temps {
		if err := os.Rename(t.tmp, t.final); err != nil {
			// Earlier renames have landed; report rather than hide it.
			for _, rest := range temps[i:] {
				os.Remove(rest.tmp)
			}
			return nil, fmt.Errorf("rename %s: %w", t.final, err)
		}
	}
	var errs []error
	for _, path := range changed {
		if p.deletes[path] {
			if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
				errs = append(errs, err)
			}
		}
	}
	return changed, errors.Join(errs...)
}
