package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/terjime/terjime/workflow/lock"
)

// holdLock takes dir's project lock as another terjime command would.
func holdLock(t *testing.T, dir string) *lock.Lock {
	t.Helper()
	l, err := lock.Acquire(context.Background(), filepath.Join(dir, ".terjime", "lock"),
		lock.Holder{Command: "terjime merge", PID: 4242, Host: "desk", Since: time.Date(2026, 3, 1, 9, 30, 0, 0, time.Local)}, lock.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// A writer that finds the project locked waits the bounded time, then
// fails with exit status 2, names the holder and changes nothing; a
// command that only reads does not wait.
func TestLockBusy(t *testing.T) {
	dir := mergeProject(t)
	appendFile(t, filepath.Join(dir, "news.en.txt"), "\nA closing paragraph was added after the seminar.\n")
	before := snapshot(t, dir)
	l := holdLock(t, dir)
	defer l.Release()

	for _, lang := range []string{"en", "ru", "tk"} {
		cmd := terjimeCmd(t, dir, "--lang", lang, "segment")
		cmd.Env = append(cmd.Env, "TERJIME_LOCK_WAIT=1s")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != exitError {
			t.Errorf("%s: exit %d (%v), want 2", lang, code, err)
		}
		if waited := time.Since(start); waited < time.Second {
			t.Errorf("%s: gave up after %v, before the second it was told to wait", lang, waited)
		}
		holder := map[string]string{
			"en": "terjime merge (process 4242 on desk, since 2026-03-01 09:30:00)",
			"ru": "terjime merge (процесс 4242 на desk, с 2026-03-01 09:30:00)",
			"tk": "terjime merge (desk kompýuterindäki 4242 belgili proses, 2026-03-01 09:30:00 bäri)",
		}[lang]
		want := map[string]string{
			"en": "the project is still busy after 1 second of waiting: " + holder + " is working on it.",
			"ru": "проект всё ещё занят после 1 секунды ожидания: с ним работает " + holder + ".",
			"tk": "1 sekunt garaşylandan soň hem taslama meşgul: onuň bilen " + holder + " işleýär.",
		}[lang]
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: stderr\n%s\nwant %q", lang, stderr.String(), want)
		}
	}
	if d := diff(before, snapshot(t, dir)); len(d) > 0 {
		t.Errorf("a command that did not get the lock changed %v", d)
	}

	cmd := terjimeCmd(t, dir, "status")
	cmd.Env = append(cmd.Env, "TERJIME_LOCK_WAIT=1m")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil || time.Since(start) > 20*time.Second {
		t.Errorf("status while the project is locked: %v after %v\n%s", err, time.Since(start), out)
	}
}

// bigProject is the merge project with an article of n sentences,
// segmented: long enough that two commands started together overlap.
func bigProject(t *testing.T, n int) string {
	t.Helper()
	dir := mergeProject(t)
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Sentence number %d of the report describes event %d in detail.", i, i*7)
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	os.WriteFile(filepath.Join(dir, "news.en.txt"), []byte(b.String()), 0o644)
	for _, loc := range []string{"ru", "tk"} {
		os.Remove(filepath.Join(dir, "locales", loc, "news.toml"))
	}
	run1(t, dir, "segment", "--no-tm")
	return dir
}

// translatedCSV exports locale's segments as CSV with every row in
// [from, to) translated, as a translator would return it.
func translatedCSV(t *testing.T, dir, locale string, from, to int, name string) {
	t.Helper()
	data := run1(t, dir, "export", "--locale", locale, "--format", "csv", "-o", "-")
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	w.Write(rows[0])
	for i, r := range rows[1:] {
		if i >= from && i < to {
			r[2] = fmt.Sprintf("Перевод %d", i)
			r[3] = "translated"
		}
		w.Write(r)
	}
	w.Flush()
	os.WriteFile(filepath.Join(dir, name), out.Bytes(), 0o644)
}

// countIn counts the occurrences of s in a project file.
func countIn(t *testing.T, dir, rel, s string) int {
	data, err := os.ReadFile(filepath.Join(dir, rel))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(data, []byte(s))
}

// together starts the commands while the test holds the project lock,
// waits until each says it is waiting for it, so that they meet at the
// lock, then releases it and waits for them; each must exit with a code in
// ok.
func together(t *testing.T, dir string, cmds [][]string, ok ...int) {
	t.Helper()
	l := holdLock(t, dir)
	type proc struct {
		cmd     *exec.Cmd
		out     bytes.Buffer
		done    chan struct{}
		waiting chan struct{}
	}
	var procs []*proc
	for _, args := range cmds {
		p := &proc{cmd: terjimeCmd(t, dir, args...), done: make(chan struct{}), waiting: make(chan struct{})}
		p.cmd.Stdout = &p.out
		stderr, err := p.cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			defer close(p.done)
			sc := bufio.NewScanner(stderr)
			said := false
			for sc.Scan() {
				fmt.Fprintln(&p.out, sc.Text())
				if !said && strings.Contains(sc.Text(), "the project is busy: terjime merge (process 4242") {
					said = true
					close(p.waiting)
				}
			}
		}()
		procs = append(procs, p)
	}
	for i, p := range procs {
		select {
		case <-p.waiting:
		case <-p.done:
			t.Fatalf("terjime %s ended without waiting for the lock:\n%s", strings.Join(cmds[i], " "), &p.out)
		case <-time.After(time.Minute):
			t.Fatalf("terjime %s did not say it waits for the lock", strings.Join(cmds[i], " "))
		}
	}
	l.Release()
	for i, p := range procs {
		<-p.done
		p.cmd.Wait()
		code := p.cmd.ProcessState.ExitCode()
		good := false
		for _, c := range ok {
			good = good || c == code
		}
		if !good {
			t.Errorf("terjime %s: exit %d\n%s", strings.Join(cmds[i], " "), code, &p.out)
		}
	}
}

// The attacks of two commands at once on one project: whichever order the
// lock gives them, the work of both is there.
func TestConcurrentWriters(t *testing.T) {
	const n = 3000
	t.Run("segment+merge", func(t *testing.T) {
		dir := bigProject(t, n)
		translatedCSV(t, dir, "ru", 0, n, "ru.csv")
		appendFile(t, filepath.Join(dir, "news.en.txt"), "\n\nA closing paragraph was added after the seminar.\n")
		together(t, dir, [][]string{{"segment", "--no-tm"}, {"merge", "ru.csv"}}, exitOK)
		if got := countIn(t, dir, "locales/ru/news.toml", `target = "Перевод `); got != n {
			t.Errorf("%d of %d merged translations are in the catalog", got, n)
		}
		if countIn(t, dir, "locales/ru/news.toml", "A closing paragraph") != 1 {
			t.Error("the new sentence is not in the catalog")
		}
	})
	t.Run("merge+merge", func(t *testing.T) {
		dir := bigProject(t, n)
		translatedCSV(t, dir, "ru", 0, n/2, "first.csv")
		translatedCSV(t, dir, "ru", n/2, n, "second.csv")
		together(t, dir, [][]string{{"merge", "first.csv"}, {"merge", "second.csv"}}, exitOK)
		if got := countIn(t, dir, "locales/ru/news.toml", `target = "Перевод `); got != n {
			t.Errorf("%d of %d merged translations are in the catalog", got, n)
		}
	})
	t.Run("build+segment", func(t *testing.T) {
		dir := editionFixture(t)
		old, _ := os.ReadFile(filepath.Join(dir, "seminar.en.txt"))
		appendFile(t, filepath.Join(dir, "seminar.en.txt"), "\nA closing paragraph was added after the seminar.\n")
		now, _ := os.ReadFile(filepath.Join(dir, "seminar.en.txt"))
		// Built after the new sentence is segmented, the Russian and
		// Turkmen editions are incomplete: exit 1.
		together(t, dir, [][]string{{"build"}, {"segment", "--no-tm"}}, exitOK, exitFindings)
		en, err := os.ReadFile(filepath.Join(dir, "dist", "en", "seminar.txt"))
		if err != nil || !bytes.Equal(en, old) && !bytes.Equal(en, now) {
			t.Errorf("the English edition is neither the old source nor the new: %v\n%s", err, en)
		}
		if got := countIn(t, dir, "locales/ru/seminar.toml", "A closing paragraph"); got != 1 {
			t.Error("the new sentence is not in the Russian catalog")
		}
	})
	t.Run("tm rebuild+merge", func(t *testing.T) {
		dir := bigProject(t, 200)
		translatedCSV(t, dir, "ru", 0, 200, "ru.csv")
		together(t, dir, [][]string{{"tm", "rebuild"}, {"merge", "ru.csv"}, {"tm", "rebuild"}}, exitOK)
		out := run1(t, dir, "tm", "export", "-o", "-")
		if got := bytes.Count(out, []byte("Перевод ")); got != 200 {
			t.Errorf("the memory holds %d of the 200 merged translations", got)
		}
	})
}
