package disk

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// project makes n files holding "old i" and returns their paths and the
// journal's path.
func project(t *testing.T, n int) (dir string, files []string, journal string) {
	dir = t.TempDir()
	for i := range n {
		f := filepath.Join(dir, "locales", fmt.Sprintf("l%d", i%3), fmt.Sprintf("doc%d.toml", i))
		os.MkdirAll(filepath.Dir(f), 0o755)
		if err := os.WriteFile(f, []byte(fmt.Sprintf("old %d", i)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return dir, files, filepath.Join(dir, ".terjime", "journal")
}

// contents says, for the files, "old" when every one is old, "new" when
// every one is new, and lists them otherwise.
func contents(t *testing.T, files []string) string {
	t.Helper()
	var olds, news int
	var all []string
	for i, f := range files {
		b, _ := os.ReadFile(f)
		switch string(b) {
		case fmt.Sprintf("old %d", i):
			olds++
		case fmt.Sprintf("new %d", i):
			news++
		}
		all = append(all, string(b))
	}
	switch {
	case olds == len(files):
		return "old"
	case news == len(files):
		return "new"
	}
	return strings.Join(all, ", ")
}

// strays lists the files under dir that are neither the project's files
// nor directories.
func strays(t *testing.T, dir string, files []string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !slices.Contains(files, path) {
			out = append(out, path)
		}
		return nil
	})
	return out
}

// A journaled plan that ran to the end leaves no journal.
func TestJournalRemovedAfterApply(t *testing.T) {
	dir, files, journal := project(t, 4)
	p := Plan{Journal: journal, Label: "merge"}
	for i, f := range files {
		p.Write(f, []byte(fmt.Sprintf("new %d", i)))
	}
	if _, err := p.Apply(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := contents(t, files); got != "new" {
		t.Errorf("files: %s", got)
	}
	if s := strays(t, dir, files); len(s) > 0 {
		t.Errorf("left behind: %v", s)
	}
	// An unchanged plan makes no journal at all.
	q := Plan{Journal: journal}
	q.Write(files[0], []byte("new 0"))
	if _, err := q.Apply(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := strays(t, dir, files); len(s) > 0 {
		t.Errorf("left behind: %v", s)
	}
}

// A crash while files were staged is undone: the temporary files go and
// every file stays old.
func TestRecoverRollsBackStaging(t *testing.T) {
	dir, files, journal := project(t, 3)
	p := Plan{Journal: journal, Label: "segment"}
	for i, f := range files[:2] {
		if err := p.Stage(f, []byte(fmt.Sprintf("new %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	// The crash: the process is gone, its journal and temporary files stay.
	p.closeLogFile()
	// Files of others in the same directory are none of Recover's business.
	for _, name := range []string{".keep", ".doc0.toml.tmp", "doc0.toml.tmp1", ".doc0.toml.tmpx"} {
		path := filepath.Join(filepath.Dir(files[0]), name)
		os.WriteFile(path, nil, 0o644)
		files = append(files, path)
	}
	// A third record cut short, as a kill in the middle of a write leaves it.
	f, _ := os.OpenFile(journal, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(`stage "../locales/l`)
	f.Close()

	if q := (Plan{Journal: journal}); q.Stage(files[2], []byte("new 2")) == nil {
		t.Error("a plan wrote beside an unrecovered journal")
	}
	r, err := Recover(journal)
	if err != nil {
		t.Fatal(err)
	}
	if r.Label != "segment" || !r.RolledBack || len(r.Completed) != 0 || r.Removed != 2 {
		t.Errorf("recovery = %+v, want a roll back with 2 temporary files removed", r)
	}
	if got := contents(t, files[:3]); got != "old" {
		t.Errorf("files: %s", got)
	}
	if s := strays(t, dir, files); len(s) > 0 {
		t.Errorf("left behind: %v", s)
	}
	for _, f := range files[3:] {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("Recover removed a file it did not make: %v", err)
		}
	}
	if r, err := Recover(journal); r != nil || err != nil {
		t.Errorf("second Recover = %+v, %v; want nothing to do", r, err)
	}
}

// A crash among the renames is finished: every file ends new.
func TestRecoverRollsForward(t *testing.T) {
	dir, files, journal := project(t, 5)
	p := Plan{Journal: journal, Label: "merge"}
	var temps []temp
	for i, f := range files {
		tt, err := p.writeTemp(f, []byte(fmt.Sprintf("new %d", i)))
		if err != nil {
			t.Fatal(err)
		}
		temps = append(temps, tt)
	}
	gone := filepath.Join(dir, "gone.html")
	os.WriteFile(gone, nil, 0o644)
	if err := p.commit(temps, []string{gone}); err != nil {
		t.Fatal(err)
	}
	// The crash, after two of the five renames.
	for _, tt := range temps[:2] {
		if err := os.Rename(tt.tmp, tt.real); err != nil {
			t.Fatal(err)
		}
	}
	if got := contents(t, files); got == "old" || got == "new" {
		t.Fatalf("the crash left %s files; want a mix", got)
	}
	r, err := Recover(journal)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Completed) != 4 || r.RolledBack {
		t.Errorf("recovery = %+v, want 3 renames and a deletion completed", r)
	}
	if got := contents(t, files); got != "new" {
		t.Errorf("files: %s", got)
	}
	if s := strays(t, dir, files); len(s) > 0 {
		t.Errorf("left behind: %v", s)
	}
}

// A file changed by hand between the crash and the recovery is not
// written over: the new version is kept beside it.
func TestRecoverKeepsLaterEdit(t *testing.T) {
	_, files, journal := project(t, 2)
	p := Plan{Journal: journal}
	var temps []temp
	for i, f := range files {
		tt, _ := p.writeTemp(f, []byte(fmt.Sprintf("new %d", i)))
		temps = append(temps, tt)
	}
	if err := p.commit(temps, nil); err != nil {
		t.Fatal(err)
	}
	os.Rename(temps[0].tmp, temps[0].real)
	os.WriteFile(files[1], []byte("a translator's edit"), 0o644)
	r, err := Recover(journal)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Kept) != 1 || r.Kept[0] != files[1]+".recovered" {
		t.Errorf("kept %v", r.Kept)
	}
	if b, _ := os.ReadFile(files[1]); string(b) != "a translator's edit" {
		t.Errorf("the edit was replaced by %q", b)
	}
	if b, _ := os.ReadFile(files[1] + ".recovered"); string(b) != "new 1" {
		t.Errorf("kept %q", b)
	}
}

func TestRecoverDamagedJournal(t *testing.T) {
	for name, text := range map[string]string{
		"foreign":   "hello\n",
		"no end":    journalMagic + " \"merge\"\ncommit\nrename \"a\" \"b\" -\n",
		"bad path":  journalMagic + " \"merge\"\nstage \"a\n\nstage \"b\"\n",
		"bad label": journalMagic + " merge\n",
	} {
		t.Run(name, func(t *testing.T) {
			journal := filepath.Join(t.TempDir(), "journal")
			os.WriteFile(journal, []byte(text), 0o644)
			_, err := Recover(journal)
			if err == nil || !strings.Contains(err.Error(), journal+":") {
				t.Errorf("Recover = %v, want an error naming %s and the line", err, journal)
			}
			if _, err := os.Stat(journal); err != nil {
				t.Error("a damaged journal was removed")
			}
		})
	}
}

// The attack: a process applying a journaled plan is killed inside its
// rename loop (strace makes the Nth rename deliver SIGKILL). Whatever N,
// Recover then leaves every file all old or all new, and nothing stray.
func TestKillInsideRenames(t *testing.T) {
	if os.Getenv("TERJIME_DISK_HELPER") != "" {
		return
	}
	strace, err := exec.LookPath("strace")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("strace is needed under CI")
		}
		t.Skip("no strace")
	}
	const n = 6
	mixed := 0
	for when := 1; when <= n+2; when++ {
		t.Run(strconv.Itoa(when), func(t *testing.T) {
			dir, files, journal := project(t, n)
			cmd := exec.Command(strace, "-f", "-qq", "-o", os.DevNull,
				"-e", "trace=rename,renameat,renameat2",
				"-e", fmt.Sprintf("inject=rename,renameat,renameat2:signal=SIGKILL:when=%d", when),
				os.Args[0], "-test.run=^TestApplyHelper$")
			cmd.Env = append(os.Environ(), "TERJIME_DISK_HELPER="+dir)
			out, err := cmd.CombinedOutput()
			killed := err != nil
			if !killed && when <= n+1 {
				t.Fatalf("the helper was not killed at rename %d: %s", when, out)
			}
			before := contents(t, files)
			if before != "old" && before != "new" {
				mixed++
			}
			r, err := Recover(journal)
			if err != nil {
				t.Fatal(err)
			}
			after := contents(t, files)
			switch {
			case when == 1 && after != "old":
				t.Errorf("killed before the commit record landed: files %s, want all old", after)
			case when > 1 && after != "new":
				t.Errorf("killed after rename %d: files %s, want all new", when, after)
			}
			if killed && r == nil {
				t.Error("a killed run left no journal")
			}
			if s := strays(t, dir, files); len(s) > 0 {
				t.Errorf("left behind: %v", s)
			}
		})
	}
	if mixed == 0 {
		t.Error("no kill left a mixed state to recover from: the test did not reach the rename loop")
	}
}

// TestApplyHelper is the process TestKillInsideRenames kills: it rewrites
// the files of the project in TERJIME_DISK_HELPER with a journaled plan.
func TestApplyHelper(t *testing.T) {
	dir := os.Getenv("TERJIME_DISK_HELPER")
	if dir == "" {
		t.Skip("run by TestKillInsideRenames")
	}
	// One thread for the renames: strace counts them per thread.
	runtime.LockOSThread()
	var files []string
	filepath.WalkDir(filepath.Join(dir, "locales"), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	p := Plan{Journal: filepath.Join(dir, ".terjime", "journal"), Label: "merge"}
	for _, f := range files {
		var i int
		fmt.Sscanf(filepath.Base(f), "doc%d.toml", &i)
		p.Write(f, []byte(fmt.Sprintf("new %d", i)))
	}
	if _, err := p.Apply(context.Background()); err != nil {
		t.Fatal(err)
	}
}
