package workflow

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/git"
	"github.com/terjime/terjime/workflow/merge"
	"github.com/terjime/terjime/workflow/ui"
)

// The git drivers' names in .gitattributes and git's configuration, and
// the commands git runs.
const (
	gitDriver        = "terjime"
	gitMergeCommand  = "terjime git merge-driver %O %A %B %P"
	gitDiffCommand   = "terjime git diff-driver"
	gitAttributesTop = "# terjime catalogs: merged and diffed segment by segment (terjime git setup)"
)

// GitSetup makes the git repository the project is in use terjime's
// drivers for its catalogs: .gitattributes at the repository's root gets
// the line that routes them to the drivers, and the repository's own
// configuration (.git/config, which a clone does not copy) names the
// commands. It says what it set; running it again changes nothing.
func GitSetup(ctx context.Context, env *ui.Env, p *Project) error {
	top, err := git.TopLevel(ctx, p.Dir)
	if err != nil {
		if errors.Is(err, git.ErrNoGit) {
			return err
		}
		dir, _ := filepath.Abs(p.Dir)
		return &ui.Error{ID: "GitNoRepository", Data: map[string]any{"Dir": dir}, Err: err}
	}
	top, absProject := resolved(top), resolved(p.Dir)
	absDir := filepath.Join(absProject, p.catalogDir())
	rel, err := filepath.Rel(top, absDir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("the catalogs (%s) are outside the git repository at %s", absDir, top)
	}
	line := filepath.ToSlash(filepath.Join(rel, "*", "*.toml")) + " merge=" + gitDriver + " diff=" + gitDriver
	attrs := filepath.Join(top, ".gitattributes")
	old, err := os.ReadFile(attrs)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if !hasLine(string(old), line) {
		text := string(old)
		if text != "" && !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		if text != "" {
			text += "\n"
		}
		text += gitAttributesTop + "\n" + line + "\n"
		if err := disk.WriteFile(attrs, []byte(text)); err != nil {
			return err
		}
		env.Info("GitSetAttributes", map[string]any{"Path": relTo(absProject, attrs), "Line": line})
	} else {
		env.Info("GitHasAttributes", map[string]any{"Path": relTo(absProject, attrs), "Line": line})
	}
	for _, kv := range [][2]string{
		{"merge." + gitDriver + ".name", "terjime catalogs, merged segment by segment"},
		{"merge." + gitDriver + ".driver", gitMergeCommand},
		{"diff." + gitDriver + ".textconv", gitDiffCommand},
	} {
		if err := git.SetConfig(ctx, top, kv[0], kv[1]); err != nil {
			return err
		}
		env.Info("GitSetConfig", map[string]any{"Key": kv[0], "Value": kv[1]})
	}
	if _, err := exec.LookPath("terjime"); err != nil {
		// In a news project ./cmd/terjime is not there to install: name
		// the running binary's directory when it is one that stays.
		if dir := ownDir(); dir != "" {
			env.Info("GitNotOnPathDir", map[string]any{"Dir": dir})
		} else {
			env.Info("GitNotOnPath", nil)
		}
	}
	return nil
}

// ownDir is the directory of the running terjime binary; "" when this is
// no terjime binary or one go run built, which goes with the run.
func ownDir() string {
	exe, err := os.Executable()
	if err != nil || strings.TrimSuffix(filepath.Base(exe), ".exe") != "terjime" || strings.Contains(exe, "go-build") {
		return ""
	}
	return filepath.Dir(exe)
}

// relTo names path relative to dir, for messages.
func relTo(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil {
		return r
	}
	return path
}

// InitGit is init --git: the project at dir (just written) goes into a git
// repository — a new one when it is in none, which it says — set up for
// terjime's drivers (GitSetup).
func InitGit(ctx context.Context, env *ui.Env, dir string) error {
	if _, err := git.TopLevel(ctx, dir); err != nil {
		if errors.Is(err, git.ErrNoGit) {
			return err
		}
		if _, err := git.Run(ctx, dir, "init", "--quiet"); err != nil {
			return err
		}
		env.Info("GitInit", map[string]any{"Dir": dir})
	}
	p, err := LoadProject(dir)
	if err != nil {
		return err
	}
	return GitSetup(ctx, env, p)
}

func hasLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.Join(strings.Fields(l), " ") == line {
			return true
		}
	}
	return false
}

// GitMergeDriver is git's merge driver for catalogs (git runs it as
// "terjime git merge-driver %O %A %B %P"): base, ours and theirs are the
// three versions, path the catalog's path in the repository. The merged
// catalog, in terjime's layout, replaces ours. Segments changed on one side
// merge cleanly; one changed differently on both sides keeps ours and
// stores theirs as an open conflict, and ErrFindings tells git the file
// still conflicts. A file terjime cannot read as a catalog, and a source
// catalog changed on both sides (terjime segment remakes it from the merged
// source document), are merged line by line as git would.
func GitMergeDriver(ctx context.Context, env *ui.Env, base, ours, theirs, path string) error {
	read := func(file string) (*catalog.Catalog, []byte, error) {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, err
		}
		if len(data) == 0 {
			return nil, data, nil // the file did not exist on that side
		}
		c, err := catalog.Parse(path, data)
		return c, data, err
	}
	b, bData, errB := read(base)
	o, oData, errO := read(ours)
	t, tData, errT := read(theirs)
	if errB != nil || errO != nil || errT != nil || o == nil || t == nil {
		// git gives the driver each side as a temporary file: a line of
		// one is named with its side and the commit that holds it.
		// git merge names the merged commit; a rebase or a cherry-pick
		// does not, and there ours is the branch rebased onto and theirs
		// the commit being applied, so the sides keep git's names.
		ourSide, theirSide := "GitMergeSideOurs", "GitMergeSideTheirs"
		commit, _ := gitHead()
		if commit == "" {
			ourSide, theirSide = "GitMergeSideOursApplied", "GitMergeSideTheirsApplied"
		}
		unreadable(env, path, "GitMergeSideBase", "", errB)
		unreadable(env, path, ourSide, "HEAD", errO)
		unreadable(env, path, theirSide, commit, errT)
		return mergeLines(ctx, env, base, ours, theirs, path)
	}
	switch {
	case string(oData) == string(tData), string(tData) == string(bData):
		return writeCatalog(ours, o)
	case string(oData) == string(bData):
		return writeCatalog(ours, t)
	case o.IsSource():
		env.Info("GitMergeSource", map[string]any{"Path": path})
		return mergeLines(ctx, env, base, ours, theirs, path)
	}
	res, conflicts := merge.Catalogs(b, o, t, mergeLabel())
	if err := writeCatalog(ours, res); err != nil {
		return err
	}
	if conflicts > 0 {
		return Findings(env.T("GitMergeConflicts", map[string]any{"Count": conflicts, "Path": path}))
	}
	return nil
}

func writeCatalog(path string, c *catalog.Catalog) error {
	return disk.WriteFile(path, c.Marshal())
}

// mergeLines merges as git's own driver does, conflict markers and all.
func mergeLines(ctx context.Context, env *ui.Env, base, ours, theirs, path string) error {
	_, err := git.Run(ctx, ".", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs)
	if err != nil {
		return Findings(env.T("GitMergeLinesConflict", map[string]any{"Path": path}))
	}
	return nil
}

// unreadable tells that one side's version of the catalog at path is not a
// catalog terjime can read (err; nothing when err is nil): which side,
// where in that version and why, how to see it (git show rev:path, when
// there is a commit), and what to do: the file is merged line by line, so
// the text is fixed in the merged file.
func unreadable(env *ui.Env, path, side, rev string, err error) {
	if err == nil {
		return
	}
	text, excerpt, _ := strings.Cut(env.ErrorText(err), "\n")
	var ie *input.Error
	if errors.As(err, &ie) {
		text = strings.TrimPrefix(text, ie.Where()+": ")
		if ie.Line > 0 {
			text = env.T("GitMergeAtLine", map[string]any{"Line": ie.Line, "Reason": text})
		}
	}
	data := map[string]any{"Path": path, "Side": env.T(side, nil), "Reason": text, "Rev": rev}
	if rev == "" {
		env.Info("GitMergeLinesNoCommit", data)
	} else {
		env.Info("GitMergeLines", data)
	}
	if excerpt != "" && !env.Quiet {
		fmt.Fprintln(env.Err, excerpt)
	}
}

// gitHead is what git merge names to its drivers of the merged branch,
// in a GITHEAD_<commit>=<branch> variable: the commit, short (and
// unambiguous in practice), and the branch; "" and "" in a rebase or a
// cherry-pick, which name none.
func gitHead() (commit, branch string) {
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok && strings.HasPrefix(k, "GITHEAD_") && len(k) > len("GITHEAD_") {
			c := strings.TrimPrefix(k, "GITHEAD_")
			return c[:min(len(c), 12)], v
		}
	}
	return "", ""
}

// mergeLabel says where the other side of a conflict came from: the
// branch being merged, as gitHead names it.
func mergeLabel() string {
	if _, branch := gitHead(); branch != "" {
		return "git merge of " + branch
	}
	return "git merge"
}

// gitMerged reports whether a conflict's other version came from the
// merge driver (mergeLabel's from): another branch's, not a file's.
func gitMerged(from string) bool {
	return from == "git merge" || strings.HasPrefix(from, "git merge of ")
}

// GitDiffDriver writes a catalog as git's diff shows it (a textconv
// driver: git runs "terjime git diff-driver FILE"): segment by segment,
// one line per field, so that a change reads as the segment it is in.
// A file that is not a catalog is written as it is.
func GitDiffDriver(env *ui.Env, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	c, err := catalog.Parse(path, data)
	if err != nil {
		_, err := env.Out.Write(data)
		return err
	}
	w := bufio.NewWriter(env.Out)
	fmt.Fprintf(w, "%s/%s\n", c.Locale, c.Document)
	for _, list := range []struct {
		label string
		segs  []catalog.Segment
	}{{"", c.Segments}, {"obsolete ", c.Obsolete}} {
		for i := range list.segs {
			writeSegmentText(w, list.label, &list.segs[i], c.IsSource())
		}
	}
	return w.Flush()
}

func writeSegmentText(w io.Writer, label string, s *catalog.Segment, src bool) {
	head := fmt.Sprintf("\n%s[%s] %s", label, s.ID, s.State)
	if src {
		head = fmt.Sprintf("\n%s[%s] %s", label, s.ID, s.Kind)
	}
	if s.ChangedBy != "" || s.ChangedAt != "" {
		head += " — " + strings.TrimSpace(s.ChangedBy+" "+s.ChangedAt)
	}
	fmt.Fprintln(w, head)
	field := func(name, text string) {
		if text != "" {
			fmt.Fprintf(w, "  %s: %s\n", name, strings.ReplaceAll(text, "\n", "\n  "+strings.Repeat(" ", len(name)+2)))
		}
	}
	field("source", s.Source)
	if src {
		return
	}
	field("target", s.Target)
	field("previous", s.PreviousSource)
	field("note", s.Note)
	for _, k := range s.Conflicts {
		field("conflict", fmt.Sprintf("%s (%s, %s)", k.Target, k.State, k.From))
	}
}
