package goi18nfile

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// tomlKeyRE matches a TOML key-value line: a bare or quoted key, then "=".
var tomlKeyRE = regexp.MustCompile(`^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=`)

// Format is go-i18n's message files as an interchange format: a file whose
// first line (after the comments) is a TOML table header or key, or a
// .toml file. An export writes the three files of Write into a directory.
var Format = interchange.Format{
	Name:  "goi18n",
	Title: "go-i18n TOML",
	Help: "go-i18n message files: active.<locale>.toml (done segments), translate.<locale>.toml " +
		"(the rest) and active.<source>.toml (the source messages goi18n merge needs); -o names a directory",
	Sniff:      func(line []byte) bool { return line[0] == '[' || tomlKeyRE.Match(line) },
	Extensions: []string{".toml"},
	Read:       interchange.One(Parse),
	WriteFiles: func(pairs []catalog.Pair, o interchange.WriteOptions) []interchange.File {
		return Write(o.SourceLocale, o.TargetLocale, pairs, Options{OnlyTodo: o.OnlyTodo})
	},
	CheckDir:       checkDir,
	OnlyTranslated: true,
	SourceHash:     func(source string) string { return Hash(source, source) },
	SourceFile:     SourceFile,
}

// SourceFile reports whether path names a message file of the source
// locale (active.en.toml): the source messages of an export, which
// terjime wrote for goi18n and a merge has nothing to take from.
func SourceFile(path, sourceLocale string) bool {
	base := filepath.Base(path)
	return strings.HasSuffix(base, ".toml") && locale.Same(FileLocale(base), sourceLocale)
}

// checkDir refuses to write an export into a directory that holds another
// locale's: the source messages record one locale's bases, and goi18n
// would take the other locale's translations for stale. A directory not
// there yet named as a message file (ru.toml, the extensions ReadMessages
// reads) is refused too: made under that name, it would hide the files
// where the user looks for one.
func checkDir(dir string, o interchange.WriteOptions) error {
	switch strings.ToLower(filepath.Ext(dir)) {
	case ".toml", ".json", ".yaml", ".yml":
		if _, err := os.Stat(dir); err != nil {
			return fmt.Errorf("-o %s: goi18n writes several message files, so -o names a directory, not a file", dir)
		}
	}
	path := filepath.Join(dir, "active."+o.SourceLocale+".toml")
	data, err := input.ReadFile(path, input.Limit{})
	if err != nil {
		return nil // nothing there yet (or unreadable: the write says why)
	}
	for _, l := range BaseLocales(data) {
		if l != o.TargetLocale {
			return fmt.Errorf("-o %s: the directory holds the go-i18n export of %s (%s); each locale's goi18n export needs a directory of its own, e.g. -o %s", dir, l, path, filepath.Join(dir, o.TargetLocale))
		}
	}
	return nil
}
