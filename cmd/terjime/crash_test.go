package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// terjimeBin is the terjime command that testscript's TestMain puts on
// PATH: this test binary under another name, run as a separate process.
func terjimeBin(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("terjime")
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// needTool returns the path of an outside tool; the test skips without it,
// and fails under CI, which installs it.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is needed under CI (.ci/run installs it)", name)
		}
		t.Skipf("no %s", name)
	}
	return path
}

// terjimeCmd runs terjime in dir with a plain environment.
func terjimeCmd(t *testing.T, dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(terjimeBin(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=C", "LC_ALL=", "NO_COLOR=1", "TERJIME_LOCK_WAIT=2m")
	cmd.Env = append(cmd.Env, sameRun...)
	return cmd
}

// sameRun makes two runs of a command write the same bytes: a merge
// records who changed each target and when.
var sameRun = []string{"TERJIME_USER=Jeren Annaýewa", "SOURCE_DATE_EPOCH=1717232400"}

// snapshot reads every file of a project but the translation memory's
// cache and the lock (its imported files are data), by path relative to
// dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if strings.HasPrefix(rel, ".terjime"+string(filepath.Separator)) && !strings.Contains(rel, "journal") && !strings.Contains(rel, "imports") {
			return nil
		}
		data, _ := os.ReadFile(path)
		out[rel] = string(data)
		return nil
	})
	return out
}

// diff lists the files in which two snapshots differ.
func diff(a, b map[string]string) []string {
	var out []string
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			out = append(out, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			out = append(out, k)
		}
	}
	return out
}

// crashScenario is a command that changes several files, on a project
// that setup prepares.
type crashScenario struct {
	name  string
	setup func(t *testing.T) string
	args  []string
}

func crashScenarios() []crashScenario {
	return []crashScenario{
		{"segment", func(t *testing.T) string {
			// The article gains a sentence: segment rewrites the source
			// catalog and both target catalogs.
			dir := mergeProject(t)
			appendFile(t, filepath.Join(dir, "news.en.txt"), "\nA closing paragraph was added after the seminar.\n")
			return dir
		}, []string{"segment", "--no-tm"}},
		{"merge", func(t *testing.T) string {
			// Returned work for both locales: merge rewrites both catalogs.
			dir := mergeProject(t)
			for _, loc := range []string{"ru", "tk"} {
				data := run1(t, dir, "export", "--locale", loc, "--format", "po", "-o", "-")
				// Every empty msgstr but the header's, which continues on
				// the next line.
				data = regexp.MustCompile(`msgstr ""\n([^"]|$)`).ReplaceAll(data, []byte("msgstr \"Перевод\"\n$1"))
				os.WriteFile(filepath.Join(dir, loc+".po"), data, 0o644)
			}
			return dir
		}, []string{"merge", "ru.po", "tk.po"}},
		{"build", func(t *testing.T) string {
			// A translation changed since the last build: the Russian
			// editions change, in three formats.
			dir := editionFixture(t)
			run1(t, dir, "build")
			ru := filepath.Join(dir, "locales", "ru", "seminar.toml")
			data, _ := os.ReadFile(ru)
			os.WriteFile(ru, bytes.Replace(data, []byte("провело семинар"), []byte("провело в Ашхабаде семинар"), 1), 0o644)
			return dir
		}, []string{"build"}},
		{"tm import", func(t *testing.T) string {
			// Two memories from other tools: both are kept, or neither.
			dir := mergeProject(t)
			for i, seg := range []string{"Семинар МОМ в Ашхабаде", "Круглый стол"} {
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("agency%d.tmx", i)), []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>IOM seminar</seg></tuv><tuv xml:lang="ru"><seg>`+seg+`</seg></tuv></tu></body></tmx>
`), 0o644)
			}
			return dir
		}, []string{"tm", "import", "agency0.tmx", "agency1.tmx"}},
	}
}

// mergeProject copies testdata/merge/project with the repository's
// glossary.
func mergeProject(t *testing.T) string {
	t.Helper()
	dir := copyProject(t, "../../testdata/merge/project", "terjime.toml", "news.en.txt",
		"locales/en/news.toml", "locales/ru/news.toml", "locales/tk/news.toml")
	data, err := os.ReadFile("../../glossary/terms.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "glossary"), 0o755)
	os.WriteFile(filepath.Join(dir, "glossary", "terms.toml"), data, 0o644)
	return dir
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(text)
	f.Close()
}

// run1 runs terjime in dir and returns its standard output; it must
// succeed.
func run1(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := terjimeCmd(t, dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("terjime %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// TestKillInsideRenameLoop is the attack of a kill -9 at chosen moments of
// a run that writes several files: strace makes the Nth rename of the
// process deliver SIGKILL. Whatever N, the next command (status, which
// only reads) leaves every file all old or all new, says that it
// recovered, and leaves no temporary file anywhere.
func TestKillInsideRenameLoop(t *testing.T) {
	strace := needTool(t, "strace")
	mixed := 0
	for _, sc := range crashScenarios() {
		t.Run(sc.name, func(t *testing.T) {
			dir := sc.setup(t)
			old := snapshot(t, dir)
			ref := sc.setup(t)
			run1(t, ref, sc.args...)
			want := snapshot(t, ref)
			if len(diff(old, want)) < 2 {
				t.Fatalf("%s changes %v: the scenario needs a run that changes several files", sc.name, diff(old, want))
			}
			for when := 1; when <= 7; when++ {
				dir := sc.setup(t)
				args := append([]string{"-f", "-qq", "-o", os.DevNull,
					"-e", "trace=rename,renameat,renameat2",
					"-e", fmt.Sprintf("inject=rename,renameat,renameat2:signal=SIGKILL:when=%d", when),
					terjimeBin(t)}, sc.args...)
				cmd := exec.Command(strace, args...)
				cmd.Dir = dir
				cmd.Env = append(append(os.Environ(), "LANG=C", "NO_COLOR=1"), sameRun...)
				killed := cmd.Run() != nil
				before := snapshot(t, dir)
				if d1, d2 := diff(before, old), diff(before, want); len(d1) > 0 && len(d2) > 0 {
					mixed++
				}
				status := terjimeCmd(t, dir, "status")
				var stderr bytes.Buffer
				status.Stderr = &stderr
				status.Run()
				after := snapshot(t, dir)
				if d1, d2 := diff(after, old), diff(after, want); len(d1) > 0 && len(d2) > 0 {
					t.Errorf("kill at rename %d: after recovery %v are new, %v old", when, d1, d2)
				}
				if killed && len(diff(before, after)) > 0 && !strings.Contains(stderr.String(), "recovered the interrupted terjime "+sc.name) {
					t.Errorf("kill at rename %d: status changed files without saying so:\n%s", when, stderr.String())
				}
				for path := range after {
					if strings.Contains(path, ".tmp") || strings.Contains(path, "journal") {
						t.Errorf("kill at rename %d: %s left behind", when, path)
					}
				}
			}
		})
	}
	if mixed == 0 {
		t.Error("no kill landed between two renames of a run: the test did not reach the rename loop")
	}
}
