package workflow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/terjime/terjime/glossary"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/tomlpos"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/lock"
	"github.com/terjime/terjime/workflow/ui"
)

// ProjectFile is the name of the project file.
const ProjectFile = "terjime.toml"

// Project is a loaded terjime.toml.
type Project struct {
	// Dir is the directory holding terjime.toml; relative paths in the file
	// are relative to it.
	Dir string `toml:"-"`

	SourceLocale  string   `toml:"source_locale"`
	TargetLocales []string `toml:"target_locales"`
	Glossary      string   `toml:"glossary,omitempty"`
	Catalogs      string   `toml:"catalogs,omitempty"` // default "locales"
	// AllowOutside names directories outside the project that its
	// articles, catalogs, glossary and memory may be in; without them,
	// such a path is an error (../../etc is a typo, or an attack).
	AllowOutside []string     `toml:"allow_outside,omitempty"`
	Segment      SegmentCfg   `toml:"segment,omitempty"`
	Check        check.Config `toml:"check,omitempty"`
	TM           TMCfg        `toml:"tm,omitempty"`
	Build        BuildCfg     `toml:"build,omitempty"`
	Documents    []Document   `toml:"document"`

	// LockWait bounds how long a command waits for the project lock (see
	// Lock); DefaultLockWait when negative, no wait when zero.
	LockWait time.Duration `toml:"-"`
	held     *lock.Lock
	locks    int // Lock's holds on held
}

// SegmentCfg is the [segment] table.
type SegmentCfg struct {
	// Similarity is the lowest similarity (0–1) at which an edited sentence
	// inherits the translation of a removed one; msgmerge's fuzzy matching
	// uses 0.6.
	Similarity float64 `toml:"similarity,omitempty"`
	// Abbreviations adds abbreviations per language: {en = ["Inc."]}.
	Abbreviations map[string][]string `toml:"abbreviations,omitempty"`
}

// Document is one [[document]] of the project.
type Document struct {
	Name     string `toml:"name"`
	Source   string `toml:"source"`
	Encoding string `toml:"encoding,omitempty"`
	// Format is markdown, html or text; from the source's extension when
	// empty (SourceFormat).
	Format string `toml:"format,omitempty"`
	// Protect lists regular expressions of protected syntax in Markdown and
	// HTML text (MDN's {{macro}} calls), kept as codes like Hugo's
	// shortcodes.
	Protect []string `toml:"protect,omitempty"`
	// FrontMatter lists the front matter keys whose values are translated
	// (title, description, summary when empty).
	FrontMatter []string `toml:"front_matter,omitempty"`
	// Attributes lists the HTML attributes whose values are translated
	// (alt, title, aria-label, placeholder when empty).
	Attributes []string `toml:"attributes,omitempty"`
}

// DefaultSimilarity is msgmerge's fuzzy threshold.
const DefaultSimilarity = 0.6

// FindProject looks for terjime.toml in dir and its parents.
func FindProject(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; {
		p := filepath.Join(d, ProjectFile)
		if _, err := os.Stat(p); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", ui.NewError("ProjectNotFound", map[string]any{"File": ProjectFile, "Dir": abs})
		}
		d = parent
	}
}

// LoadProject reads dir/terjime.toml and checks it.
func LoadProject(dir string) (*Project, error) {
	path := filepath.Join(dir, ProjectFile)
	data, err := input.ReadFile(path, input.Limit{})
	if err != nil {
		return nil, err
	}
	p, err := ParseProject(path, data)
	if err != nil {
		return nil, err
	}
	p.Dir = dir
	p.LockWait = -1
	return p, nil
}

// ParseProject reads a project file's content; name is used in errors.
func ParseProject(name string, data []byte) (*Project, error) {
	// An editor on Windows may save the file with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var p Project
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, tomlpos.Error(name, data, err, &p)
	}
	keys := tomlpos.Scan(data)
	line := keys.Line
	if p.SourceLocale == "" {
		return nil, input.Errorf(name, 0, "source_locale is missing")
	}
	// Locales are kept canonical (RU is ru, tk_TM is tk-TM): they name
	// directories and are compared with the locales of catalogs and files.
	var err error
	if p.SourceLocale, err = locale.Canonical(p.SourceLocale); err != nil {
		return nil, input.Errorf(name, line("source_locale"), "source_locale: %v", err)
	}
	seen := map[string]bool{p.SourceLocale: true}
	for i, l := range p.TargetLocales {
		if p.TargetLocales[i], err = locale.Canonical(l); err != nil {
			return nil, input.Errorf(name, line("target_locales"), "target_locales: %v", err)
		}
		if seen[p.TargetLocales[i]] {
			return nil, input.Errorf(name, line("target_locales"), "target_locales: %q is listed twice or is the source locale", l)
		}
		seen[p.TargetLocales[i]] = true
	}
	if s := p.Segment.Similarity; s < 0 || s > 1 {
		return nil, input.Errorf(name, line("segment.similarity"), "segment.similarity %v is not between 0 and 1", s)
	}
	if key, err := p.Build.check(); err != nil {
		return nil, input.Errorf(name, line(tablePath("build", key)), "%v", err)
	}
	if key, err := p.TM.check(); err != nil {
		return nil, input.Errorf(name, line(tablePath("tm", key)), "%v", err)
	}
	if err := p.Check.Validate(); err != nil {
		return nil, input.Errorf(name, line("check"), "%v", err)
	}
	docs := map[string]int{}
	for i, d := range p.Documents {
		docLine := func(key string) int { return keys.LineIn("document", i, key) }
		if d.Name == "" || d.Source == "" {
			return nil, input.Errorf(name, docLine(""), "every [[document]] needs a name and a source")
		}
		if !validDocName(d.Name) {
			return nil, input.Errorf(name, docLine("name"), "document name %q: use letters, digits, '-', '_' and '.' only", d.Name)
		}
		if first, dup := docs[d.Name]; dup {
			return nil, input.Errorf(name, docLine("name"), "document %q is listed twice (first at line %d)", d.Name, first)
		}
		docs[d.Name] = docLine("name")
		if err := p.Documents[i].checkFormat(); err != nil {
			return nil, input.Errorf(name, docLine("format"), "document %q: %v", d.Name, err)
		}
		if err := p.inside(name, "source", d.Source, docLine("source")); err != nil {
			return nil, err
		}
	}
	for _, k := range []struct{ key, path string }{{"catalogs", p.Catalogs}, {"glossary", p.Glossary}, {"tm.dir", p.TM.Dir}} {
		if err := p.inside(name, k.key, k.path, line(k.key)); err != nil {
			return nil, err
		}
	}
	return &p, nil
}

// inside refuses a path of the project file (name) that leads out of the
// project's directory, unless it is in a directory of allow_outside. The
// path is judged as written: a symbolic link inside the project is the
// project's own choice.
func (p *Project) inside(name, key, path string, line int) error {
	if path == "" {
		return nil
	}
	dir := filepath.Dir(name)
	abs := func(path string) string {
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		a, err := filepath.Abs(path)
		if err != nil {
			return filepath.Clean(path)
		}
		return a
	}
	target := abs(path)
	for _, d := range append([]string{"."}, p.AllowOutside...) {
		if within(target, abs(d)) {
			return nil
		}
	}
	return ui.NewError("ProjectPathOutside", map[string]any{
		"Where": fmt.Sprintf("%s:%d", name, line), "Key": key, "Path": path,
	})
}

// tablePath is the dotted path of key in table, or of the table for "".
func tablePath(table, key string) string {
	if key == "" {
		return table
	}
	return table + "." + key
}

func validDocName(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return s != "" && s[0] != '.'
}

// Similarity returns the configured fuzzy threshold.
func (p *Project) Similarity() float64 {
	if p.Segment.Similarity == 0 {
		return DefaultSimilarity
	}
	return p.Segment.Similarity
}

// Locales returns the source locale followed by the target locales.
func (p *Project) Locales() []string {
	return append([]string{p.SourceLocale}, p.TargetLocales...)
}

// Path resolves a path from the project file.
func (p *Project) Path(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	return filepath.Join(p.Dir, rel)
}

// CatalogPath is where the catalog of document doc in locale lives.
func (p *Project) CatalogPath(locale, doc string) string {
	return p.Path(filepath.Join(p.catalogDir(), locale, doc+".toml"))
}

// catalogDir is the directory the catalogs are in, relative to the
// project.
func (p *Project) catalogDir() string {
	if p.Catalogs != "" {
		return p.Catalogs
	}
	return "locales"
}

// readCatalog reads the catalog at path; one that does not exist means the
// project was not segmented.
func (p *Project) readCatalog(path string) (*catalog.Catalog, error) {
	c, err := catalog.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, p.notSegmented(path)
	}
	return c, err
}

// readSourceCatalog reads the source catalog of a document.
func (p *Project) readSourceCatalog(doc string) (*catalog.Catalog, error) {
	return p.readCatalog(p.CatalogPath(p.SourceLocale, doc))
}

// notSegmented is the error for a catalog that does not exist.
func (p *Project) notSegmented(path string) error {
	return ui.NewError("ProjectNotSegmented", map[string]any{"Path": p.Rel(path)})
}

// Document returns the named document.
func (p *Project) Document(name string) (Document, bool) {
	for _, d := range p.Documents {
		if d.Name == name {
			return d, true
		}
	}
	return Document{}, false
}

// unknownLocale is the error for a locale named on the command line that
// is none of the project's: message id with the project's locales, or, for
// a tag that is no locale at all, why (tm is a country; Turkmen is tk).
func unknownLocale(id, name string, locales []string) error {
	if _, err := locale.Parse(name); err != nil {
		return err
	}
	return ui.NewError(id, map[string]any{"Locale": name, "Locales": strings.Join(locales, ", ")})
}

// selectDocuments returns the named documents, or all of them.
func (p *Project) selectDocuments(names []string) ([]Document, error) {
	if len(p.Documents) == 0 {
		return nil, ui.NewError("ProjectNoDocuments", map[string]any{"Path": p.Path(ProjectFile)})
	}
	if len(names) == 0 {
		return p.Documents, nil
	}
	var out []Document
	for _, n := range names {
		d, ok := p.Document(n)
		if !ok {
			return nil, ui.NewError("ProjectUnknownDocument", map[string]any{"Name": n, "Names": strings.Join(p.DocumentNames(), ", ")})
		}
		out = append(out, d)
	}
	return out, nil
}

// DocumentNames lists the names of the project's documents, in order.
func (p *Project) DocumentNames() []string {
	names := make([]string, len(p.Documents))
	for i, d := range p.Documents {
		names[i] = d.Name
	}
	return names
}

// Rel returns path relative to the project directory, for messages.
func (p *Project) Rel(path string) string {
	dir, target := p.Dir, path
	if filepath.IsAbs(path) != filepath.IsAbs(dir) {
		// One absolute, one not (build -o /abs/dist): compare both
		// absolute.
		dir, _ = filepath.Abs(dir)
		target, _ = filepath.Abs(path)
	}
	if r, err := filepath.Rel(dir, target); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

// LoadGlossary reads the project's glossary; nil when the project names none.
func (p *Project) LoadGlossary() (*glossary.Glossary, error) {
	if p.Glossary == "" {
		return nil, nil
	}
	g, err := glossary.Load(p.Path(p.Glossary))
	if err != nil {
		return nil, fmt.Errorf("glossary: %w", err)
	}
	return g, nil
}
