package workflow

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/ui"
)

// stopAfter is a context that is cancelled from its n-th check on: a run
// under it stops at each of its checks in turn, as an interrupt (SIGINT,
// SIGTERM) arriving at that moment would stop it.
type stopAfter struct {
	context.Context
	left atomic.Int64
}

func newStopAfter(n int) *stopAfter {
	c := &stopAfter{Context: context.Background()}
	c.left.Store(int64(n))
	return c
}

func (c *stopAfter) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// projectFiles reads every file under dir but the translation memory's
// index, a cache that any command may bring up to date on the way.
func projectFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		// The memory's index is a cache; the lock file stays, empty, once a
		// command has taken the lock.
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".tmi") || filepath.Base(path) == "lock" {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestCancelledRunsWriteNothing interrupts each command that writes at
// every one of its checks of the context in turn, until a run gets through:
// an interrupted run returns context.Canceled and leaves every file of the
// project as it was (no temporary file either); the run that gets through
// writes what an uninterrupted run writes. A command that never looked at
// its context would get through at once, and fail.
func TestCancelledRunsWriteNothing(t *testing.T) {
	seed, err := os.ReadFile("../testdata/iom-seminar.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	tmx := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en"><seg>The wheat harvest began in the Dashoguz region.</seg></tuv><tuv xml:lang="tk"><seg>Daşoguz welaýatynda bugdaý oragy başlandy.</seg></tuv></tu>
</body></tmx>
`
	tests := []struct {
		name string
		// setup returns a project and the run to interrupt.
		setup func(t *testing.T) (*Project, func(ctx context.Context, env *ui.Env) error)
	}{
		{"segment", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := newProject(t, string(seed))
			return p, func(ctx context.Context, env *ui.Env) error { return Segment(ctx, env, p, SegmentOptions{}) }
		}},
		{"segment of an edited article", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := segmentedTMProject(t, "", catalog.Reviewed)
			write(t, p.Path("a.en.txt"), strings.Replace(articleA, "Ashgabat", "Mary", 1))
			write(t, p.Path("b.en.txt"), articleB)
			return p, func(ctx context.Context, env *ui.Env) error { return Segment(ctx, env, p, SegmentOptions{}) }
		}},
		{"merge", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := mergeProject(t)
			files := exportTo(t, p, "ru", "csv", t.TempDir(), false)
			tools["csv"](t, files)
			return p, func(ctx context.Context, env *ui.Env) error { return Merge(ctx, env, p, MergeOptions{Files: files}) }
		}},
		{"build", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := buildFixture(t)
			return p, func(ctx context.Context, env *ui.Env) error { return Build(ctx, env, p, BuildOptions{}) }
		}},
		{"export goi18n", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := mergeProject(t)
			out := p.Path("i18n")
			return p, func(ctx context.Context, env *ui.Env) error {
				return Export(ctx, env, p, ExportOptions{Locales: []string{"ru"}, Format: "goi18n", Output: out})
			}
		}},
		{"tm import", func(t *testing.T) (*Project, func(context.Context, *ui.Env) error) {
			p := segmentedTMProject(t, "", catalog.Reviewed)
			file := filepath.Join(t.TempDir(), "agency.tmx")
			write(t, file, tmx)
			return p, func(ctx context.Context, env *ui.Env) error { return TMImport(ctx, env, p, []string{file}) }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, run := tt.setup(t)
			env, _, _ := ui.NewTest("", "")
			before := projectFiles(t, p.Dir)
			if err := run(context.Background(), env); err != nil {
				t.Fatalf("uninterrupted run: %v", err)
			}
			want := projectFiles(t, p.Dir)
			if maps.Equal(before, want) {
				t.Fatal("the uninterrupted run changed nothing: the test would prove nothing")
			}
			for n := 0; ; n++ {
				if n > 1000 {
					t.Fatal("still interrupted after 1000 checks")
				}
				p, run := tt.setup(t)
				env, _, _ := ui.NewTest("", "")
				before := projectFiles(t, p.Dir)
				err := run(newStopAfter(n), env)
				got := projectFiles(t, p.Dir)
				if err == nil {
					if n == 0 {
						t.Fatal("the run never checked its context")
					}
					if !maps.Equal(got, want) {
						t.Errorf("after %d checks the run got through but wrote something else: %v", n, changedFiles(want, got))
					}
					t.Logf("interrupted at each of %d checks", n)
					return
				}
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("interrupted at check %d: %v, want context.Canceled", n, err)
				}
				if !maps.Equal(got, before) {
					t.Fatalf("interrupted at check %d, the run changed %v", n, changedFiles(before, got))
				}
			}
		})
	}
}

// changedFiles names the files that differ between two readings.
func changedFiles(a, b map[string]string) []string {
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
	slices.Sort(out)
	return out
}
