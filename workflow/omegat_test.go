package workflow

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/terjime/terjime/workflow/catalog"
)

// TestOmegaTConsoleTranslate hands an XLIFF 1.2 export to OmegaT, the most
// used free CAT tool, as a translator would: an OmegaT project with the
// export in source/ and a translation memory in tm/auto/, translated in
// console mode (the memory's exact match is inserted; the other
// untranslated segment keeps the source as its target), and merges what
// OmegaT wrote to target/. The translated segment comes back as a draft
// (OmegaT leaves its state="new"), the untouched one stays untranslated,
// and no done work changes.
func TestOmegaTConsoleTranslate(t *testing.T) {
	omegat, err := exec.LookPath("omegat")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("omegat is missing: install the Debian package omegat")
		}
		t.Skip("omegat not installed (Debian package omegat)")
	}
	p := mergeProject(t)
	before := catalogBytes(t, p)
	old, err := catalog.ReadFile(p.CatalogPath("ru", "news"))
	if err != nil {
		t.Fatal(err)
	}
	omt := t.TempDir()
	for _, d := range []string{"source", "target", "tm/auto", "glossary", "dictionary", "omegat"} {
		os.MkdirAll(filepath.Join(omt, d), 0o755)
	}
	// OmegaT picks its file filter by extension: .xlf for XLIFF.
	export := exportTo(t, p, "ru", "xliff12", t.TempDir(), false)[0]
	data, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(omt, "source", "news.xlf"), data, 0o644)
	os.WriteFile(filepath.Join(omt, "omegat.project"), []byte(omegatProject), 0o644)
	os.WriteFile(filepath.Join(omt, "tm", "auto", "memory.tmx"), []byte(omegatMemory), 0o644)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, omegat, omt, "--mode=console-translate", "--quiet",
		"--config-dir="+t.TempDir(), "--disable-project-locking", "--no-team")
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("omegat: %v\n%s", err, out)
	}
	result := filepath.Join(omt, "target", "news.xlf")
	data, err = os.ReadFile(result)
	if err != nil {
		t.Fatalf("OmegaT wrote no translated document: %v", err)
	}
	if n := strings.Count(string(data), "<trans-unit"); n != 7 {
		t.Errorf("OmegaT's document has %d trans-units, want all 7", n)
	}
	if !strings.Contains(string(data), "Спасибо.") {
		t.Fatalf("OmegaT did not insert the memory's match:\n%s", data)
	}

	msg, err := runMerge(t, p, MergeOptions{Files: []string{result}})
	if err != nil {
		t.Fatalf("merge: %v\n%s", err, msg)
	}
	c, err := catalog.ReadFile(p.CatalogPath("ru", "news"))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range c.Segments {
		switch s.ID {
		case "8569efc4ed5a": // "Thank you.", matched by the memory
			if s.Target != "Спасибо." || s.State != catalog.Outdated {
				t.Errorf("Thank you.: %q %v, want Спасибо. as a draft (outdated)", s.Target, s.State)
			}
		case "ef5cf3e1197e": // untranslated; OmegaT copied the source
			if s.Target != "" || s.State != catalog.Untranslated {
				t.Errorf("untouched segment: %q %v, want it untranslated", s.Target, s.State)
			}
		default: // done work and outdated work as they were
			if o := old.Segments[i]; s.Target != o.Target || s.State != o.State {
				t.Errorf("%s: %q %v, was %q %v", s.ID, s.Target, s.State, o.Target, o.State)
			}
		}
	}
	if after := catalogBytes(t, p); before["tk/news"] != after["tk/news"] {
		t.Error("the tk catalog changed")
	}
}

// omegatProject is an OmegaT project file with the default folders and
// sentence segmentation off: terjime's trans-units are sentences already.
const omegatProject = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN</source_lang>
    <target_lang>RU</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`

// omegatMemory is a translation memory with one exact match.
const omegatMemory = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="terjime-test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="EN" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="EN"><seg>Thank you.</seg></tuv>
      <tuv xml:lang="RU"><seg>Спасибо.</seg></tuv>
    </tu>
  </body>
</tmx>
`
