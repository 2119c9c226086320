package workflow

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/ui"
)

// An output (export -o, glossary export -o, tm export -o, the editions of
// build) never replaces one of the project's own files: a typo in -o must
// not cost the catalogs or the glossary. Nor does an export replace a file
// that exists unless the user says so (--force).

// ownFile is one of the files a project reads, and the UI message that
// names it as the refused target of an output.
type ownFile struct {
	path string
	id   string
	data map[string]any
}

// owned indexes the files the project reads by their resolved path:
// terjime.toml, the articles, every catalog (those not made yet too: a
// file written there would be taken for one) and the glossary; and the
// directories of the translation memory and the project's state, which
// are taken as a whole.
type owned struct {
	files map[string]ownFile
	dirs  []string
	cache map[string]string // directory → resolved
}

func (p *Project) owned() *owned {
	o := &owned{files: map[string]ownFile{}, cache: map[string]string{}}
	add := func(path, id string, data map[string]any) {
		o.files[o.resolve(path)] = ownFile{path, id, data}
	}
	add(p.Path(ProjectFile), "OutputIsProjectFile", nil)
	for _, d := range p.Documents {
		add(p.Path(d.Source), "OutputIsSource", map[string]any{"Document": d.Name})
		for _, l := range p.Locales() {
			add(p.CatalogPath(l, d.Name), "OutputIsCatalog", map[string]any{"Document": d.Name, "Locale": l})
		}
	}
	if p.Glossary != "" {
		add(p.Path(p.Glossary), "OutputIsGlossary", nil)
	}
	o.dirs = []string{resolved(p.TMDir()), resolved(p.Path(stateDir))}
	return o
}

// resolve is resolved(path), resolving each directory once; a file that
// is a symbolic link itself is resolved whole.
func (o *owned) resolve(path string) string {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return resolved(path)
	}
	dir := filepath.Dir(path)
	r, ok := o.cache[dir]
	if !ok {
		r = resolved(dir)
		o.cache[dir] = r
	}
	return filepath.Join(r, filepath.Base(path))
}

// check refuses path as the file an output writes when it is one of the
// project's own files, by name or through symbolic links; the error names
// it as shown.
func (o *owned) check(path, shown string) error {
	target := o.resolve(path)
	f, ok := o.files[target]
	for _, d := range o.dirs {
		if !ok && within(target, d) {
			f, ok = ownFile{id: "OutputIsMemory"}, true
		}
	}
	if !ok {
		return nil
	}
	data := map[string]any{"Path": shown}
	for k, v := range f.data {
		data[k] = v
	}
	return ui.NewError(f.id, data)
}

// checkOutput is check for a file an export writes, which also may not
// replace a file that exists unless force.
func (o *owned) checkOutput(path string, force bool) error {
	if err := o.check(path, path); err != nil {
		return err
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return ui.NewError("FileIsDirectory", map[string]any{"Path": path})
	case err == nil && !force:
		return ui.NewError("OutputExists", map[string]any{"Path": path})
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	return nil
}

// resolved is path made absolute and clean, with the symbolic links of its
// longest existing part resolved, so that two names of one file compare
// equal even when the file does not exist yet.
func resolved(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	rest := ""
	for dir := abs; ; {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
		dir = parent
	}
}

// within reports whether path is dir or inside it; both clean and
// absolute.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// writeOutput writes data to standard output for "" and "-", else
// atomically to the named file once checkOutput allows it; toFile says
// which, for the message that follows a file.
func (p *Project) writeOutput(env *ui.Env, file string, data []byte, force bool) (toFile bool, err error) {
	if file == "" || file == "-" {
		_, err := env.Out.Write(data)
		return false, err
	}
	if err := p.owned().checkOutput(file, force); err != nil {
		return false, err
	}
	return true, disk.WriteFile(file, data)
}
