package workflow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/ui"
)

// InitOptions are the options of terjime init.
type InitOptions struct {
	Dir       string
	Source    string
	Targets   []string
	Glossary  string
	Documents []string // NAME=PATH
	Force     bool
}

// Init writes a new terjime.toml.
func Init(env *ui.Env, opts InitOptions) error {
	path := filepath.Join(opts.Dir, ProjectFile)
	if _, err := os.Stat(path); err == nil && !opts.Force {
		return fmt.Errorf("%s already exists (use --force to overwrite it)", path)
	}
	src, err := locale.Canonical(opts.Source)
	if err != nil {
		return fmt.Errorf("--source: %w", err)
	}
	p := Project{SourceLocale: src, Glossary: opts.Glossary}
	for _, t := range opts.Targets {
		for _, l := range strings.Split(t, ",") {
			if l = strings.TrimSpace(l); l == "" {
				continue
			}
			l, err := locale.Canonical(l)
			if err != nil {
				return fmt.Errorf("--target: %w", err)
			}
			p.TargetLocales = append(p.TargetLocales, l)
		}
	}
	for _, d := range opts.Documents {
		name, src, ok := strings.Cut(d, "=")
		if !ok || name == "" || src == "" {
			return fmt.Errorf("--document %q: want NAME=PATH", d)
		}
		p.Documents = append(p.Documents, Document{Name: name, Source: src})
	}
	var b bytes.Buffer
	b.WriteString("# terjime project file: the documents to translate and the locales to translate them into.\n")
	enc := toml.NewEncoder(&b)
	enc.SetIndentTables(true)
	if err := enc.Encode(p); err != nil {
		return err
	}
	// Check what we wrote the way every other command will read it.
	if _, err := ParseProject(path, b.Bytes()); err != nil {
		return err
	}
	if err := disk.WriteFile(path, b.Bytes()); err != nil {
		return err
	}
	env.Info("InitWrote", map[string]any{"Path": path})
	return nil
}
