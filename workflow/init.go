package workflow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
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

// gitignoreComment and gitignorePatterns keep what is no project data out
// of version control: the translation memory's indexes (a cache; its
// imports/ directory is data and stays in), and a running command's lock
// and journal.
const gitignoreComment = "# terjime: the translation memory's index is a cache, rebuilt from the catalogs;\n# the lock and the journal belong to a running command"

var gitignorePatterns = []string{"/.terjime/tm/*.tmi", "/.terjime/lock", "/.terjime/lock.holder", "/.terjime/journal"}

// Init starts a project: terjime.toml, with a commented example of each
// part a project grows (another document, a glossary); a starter glossary
// when --glossary names a file that does not exist yet; and a .gitignore
// for the translation memory's cache (added to an existing one). Locale
// tags are written canonical (RU → ru, eng → en, tk_TM → tk-TM). A
// document's source file must exist: the project refers to no file the
// user does not have. The files are written all or none.
func Init(ctx context.Context, env *ui.Env, opts InitOptions) error {
	path := filepath.Join(opts.Dir, ProjectFile)
	if _, err := os.Stat(path); err == nil && !opts.Force {
		return ui.NewError("InitExists", map[string]any{"Path": path})
	}
	// The tags written otherwise than given are said once the files are
	// written: a refusal further on writes nothing.
	var rewritten []map[string]any
	canon := func(flag, tag string) (string, error) {
		c, err := locale.Canonical(tag)
		if err != nil {
			return "", fmt.Errorf("--%s: %w", flag, err)
		}
		if c != tag {
			rewritten = append(rewritten, map[string]any{"Given": tag, "Tag": c})
		}
		return c, nil
	}
	src, err := canon("source", opts.Source)
	if err != nil {
		return err
	}
	p := Project{SourceLocale: src, Glossary: filepath.ToSlash(opts.Glossary)}
	for _, t := range opts.Targets {
		for _, l := range strings.Split(t, ",") {
			if l = strings.TrimSpace(l); l == "" {
				continue
			}
			l, err := canon("target", l)
			if err != nil {
				return err
			}
			if l == src {
				return ui.NewError("InitTargetIsSource", map[string]any{"Locale": l})
			}
			if !slices.Contains(p.TargetLocales, l) {
				p.TargetLocales = append(p.TargetLocales, l)
			}
		}
	}
	for _, d := range opts.Documents {
		name, file, ok := strings.Cut(d, "=")
		if !ok || name == "" || file == "" {
			return ui.NewError("InitDocumentForm", map[string]any{"Value": d})
		}
		if !validDocName(name) {
			return ui.NewError("InitDocumentName", map[string]any{"Value": d, "Name": name})
		}
		if _, dup := p.Document(name); dup {
			return ui.NewError("InitDocumentTwice", map[string]any{"Value": d, "Name": name})
		}
		if err := documentFile(d, opts.Dir, file); err != nil {
			return err
		}
		p.Documents = append(p.Documents, Document{Name: name, Source: filepath.ToSlash(file)})
	}

	var plan disk.Plan
	data := projectFile(&p)
	// Check what we write the way every other command will read it.
	if _, err := ParseProject(path, data); err != nil {
		return err
	}
	plan.Write(path, data)
	if p.Glossary != "" {
		gpath := filepath.Join(opts.Dir, opts.Glossary)
		switch _, err := os.Stat(gpath); {
		case err == nil:
			if _, err := glossary.Load(gpath); err != nil {
				return fmt.Errorf("--glossary: %w", err)
			}
		case errors.Is(err, os.ErrNotExist):
			plan.Write(gpath, glossaryStub())
		default:
			return fmt.Errorf("--glossary: %w", err)
		}
	}
	ignore := filepath.Join(opts.Dir, ".gitignore")
	old, err := os.ReadFile(ignore)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if add := gitignoreAdd(old); add != nil {
		plan.Write(ignore, add)
	}
	written, err := plan.Apply(ctx)
	if err != nil {
		return err
	}
	for _, data := range rewritten {
		env.Info("InitCanonical", data)
	}
	slices.Sort(written)
	for _, w := range written {
		env.Info("InitWrote", map[string]any{"Path": w})
	}
	if len(p.Documents) == 0 {
		env.Info("InitNextDocument", map[string]any{"Path": path})
	} else {
		env.Info("InitNext", nil)
	}
	return nil
}

// documentFile reports why file, the source of --document value, relative
// to dir, is not a file one can read, if it is not.
func documentFile(value, dir, file string) error {
	path := filepath.Join(dir, file)
	fi, err := os.Stat(path)
	data := map[string]any{"Value": value, "Path": path, "Dir": dir}
	switch {
	case errors.Is(err, os.ErrNotExist):
		e := ui.NewError("InitDocumentMissing", data)
		e.Err = err
		return e
	case err != nil:
		return fmt.Errorf("--document %q: %w", value, err)
	case !fi.Mode().IsRegular():
		return ui.NewError("InitDocumentNotFile", data)
	}
	return nil
}

// projectFile writes a new project's terjime.toml: its settings, each with
// a comment that says what it is, and commented examples of what a project
// adds as it grows.
func projectFile(p *Project) []byte {
	var b bytes.Buffer
	str := func(s string) string {
		var q bytes.Buffer
		catalog.WriteTOMLString(&q, s)
		return q.String()
	}
	b.WriteString("# terjime project file: the documents to translate and the locales to translate\n")
	b.WriteString("# them into. Paths are relative to this file.\n")
	fmt.Fprintf(&b, "source_locale = %s\n", str(p.SourceLocale))
	targets := make([]string, len(p.TargetLocales))
	for i, t := range p.TargetLocales {
		targets[i] = str(t)
	}
	fmt.Fprintf(&b, "target_locales = [%s]\n", strings.Join(targets, ", "))
	b.WriteString("\n# The terminology glossary: approved and forbidden terms per locale, which\n")
	b.WriteString("# terjime check holds the translations to (terjime glossary lint checks it).\n")
	if p.Glossary != "" {
		fmt.Fprintf(&b, "glossary = %s\n", str(p.Glossary))
	} else {
		b.WriteString("# glossary = \"glossary/terms.toml\"   (terjime init --glossary PATH starts one)\n")
	}
	b.WriteString("\n# One [[document]] table per article: a name (letters, digits, '-', '_', '.')\n")
	b.WriteString("# and its source file; encoding = \"windows-1251\" (or another) when the file is\n")
	b.WriteString("# not UTF-8. terjime segment keeps its catalogs in locales/<locale>/<name>.toml.\n")
	for _, d := range p.Documents {
		fmt.Fprintf(&b, "[[document]]\nname = %s\nsource = %s\n\n", str(d.Name), str(d.Source))
	}
	b.WriteString("# [[document]]\n# name = \"interview\"\n# source = \"articles/interview.en.txt\"\n")
	return b.Bytes()
}

// glossaryStub is a new project's glossary: the format explained, no
// concept yet, and a commented example of one.
func glossaryStub() []byte {
	g := glossary.Glossary{Header: glossary.FileHeader}
	var b bytes.Buffer
	b.Write(g.Marshal())
	b.WriteString(`
# An example concept; remove the "# " to use it.
# [[concept]]
# id = "iom"
# subject = "international organizations"
# note = "Where the approved forms come from: iom.int, the organization's Russian pages."
#   [concept.en]
#   preferred = ["International Organization for Migration", { term = "IOM", case_sensitive = true }]
#   [concept.ru]
#   preferred = ["Международная организация по миграции", { term = "МОМ", case_sensitive = true }]
#   forbidden = [{ term = "ИОМ", case_sensitive = true }]
`)
	return b.Bytes()
}

// gitignoreAdd returns the .gitignore with terjime's patterns that old
// lacks added to it, or nil when it has them all.
func gitignoreAdd(old []byte) []byte {
	have := map[string]bool{}
	for l := range strings.Lines(string(old)) {
		have[strings.TrimSpace(l)] = true
	}
	var missing []string
	for _, p := range gitignorePatterns {
		if !have[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	b := bytes.NewBuffer(slices.Clip(old))
	if len(old) > 0 && !bytes.HasSuffix(old, []byte("\n")) {
		b.WriteByte('\n')
	}
	if !have[strings.SplitN(gitignoreComment, "\n", 2)[0]] {
		b.WriteString(gitignoreComment + "\n")
	}
	for _, p := range missing {
		b.WriteString(p + "\n")
	}
	return b.Bytes()
}
