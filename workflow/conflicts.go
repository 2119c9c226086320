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
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/merge"
	"github.com/terjime/terjime/workflow/tm"
	"github.com/terjime/terjime/workflow/ui"
	"github.com/terjime/terjime/workflow/ui/palette"
)

// walkConflicts asks, conflict after conflict, what to do with the open
// conflicts of cats (their obsolete entries' too; of opts.Segments only,
// when given): keep the catalog's version, take the other one, edit
// the text, skip, or quit (what was decided so far is kept). It returns the
// catalogs it changed, and cats' other changes stay as they are.
func walkConflicts(ctx context.Context, env *ui.Env, p *Project, cats []*catalog.Catalog, opts MergeOptions) ([]*catalog.Catalog, error) {
	in := bufio.NewReader(env.In)
	pal := palette.New(env.Color && env.ErrTTY)
	total := 0
	for _, c := range cats {
		total += merge.OpenConflicts(c, opts.Segments)
	}
	n := 0
	for _, c := range cats {
		for s := range merge.WithConflicts(c, opts.Segments) {
			if err := ctx.Err(); err != nil {
				return cats, err
			}
			n++
			quit, err := askConflict(env, in, pal, c, s, n, total, opts)
			if err != nil {
				return nil, err
			}
			if quit {
				return cats, nil
			}
		}
	}
	return cats, nil
}

// askConflict shows one conflict and settles it as the user says.
func askConflict(env *ui.Env, in *bufio.Reader, pal palette.Palette, c *catalog.Catalog, s *catalog.Segment, n, total int, opts MergeOptions) (quit bool, err error) {
	fmt.Fprintln(env.Err)
	fmt.Fprintln(env.Err, pal.Heading(env.T("MergeAskConflict", map[string]any{
		"Locale": c.Locale, "Document": c.Document, "ID": s.ID, "N": n, "Total": total})))
	// The source, labelled with its locale and aligned with the texts
	// under it, so that the versions can be judged against it.
	width := utf8.RuneCountInString(env.T("MergeCatalogText", map[string]any{"Text": ""}))
	fmt.Fprintln(env.Err, indent(fmt.Sprintf("%-*s%s", width, c.SourceLocale+":", s.Source)))
	if obsolete(c, s) {
		fmt.Fprintln(env.Err, indent(pal.Detail(env.T("MergeObsoleteEntry", nil))))
	}
	fmt.Fprintln(env.Err, indent(env.T("MergeCatalogText", map[string]any{"Text": s.Target})))
	fmt.Fprintln(env.Err, indent(pal.Detail(version(s.State, s.ChangedBy, s.ChangedAt, ""))))
	for k, o := range s.Conflicts {
		label := env.T("MergeFileText", map[string]any{"Text": o.Target})
		if gitMerged(o.From) {
			label = env.T("MergeBranchText", map[string]any{"Text": o.Target})
		}
		if len(s.Conflicts) > 1 {
			label = fmt.Sprintf("%d: %s", k+1, o.Target)
		}
		fmt.Fprintln(env.Err, indent(label))
		fmt.Fprintln(env.Err, indent(pal.Detail(version(o.State, o.ChangedBy, o.ChangedAt, o.From))))
		fmt.Fprintln(env.Err, indent(env.T("MergeDiffText", map[string]any{"Text": highlight(tm.Diff(o.Target, s.Target), pal)})))
		if o.Note != s.Note {
			fmt.Fprintln(env.Err, indent(env.T("MergeNotes", map[string]any{"Catalog": s.Note, "File": o.Note})))
		}
	}
	ask := env.T("MergeAsk", map[string]any{"Count": len(s.Conflicts)})
	if len(s.Conflicts) == 1 && gitMerged(s.Conflicts[0].From) {
		ask = env.T("MergeAskBranch", nil) // no file was merged
	}
	for {
		fmt.Fprint(env.Err, ask)
		line, err := in.ReadString('\n')
		if err != nil && (err != io.EOF || line == "") {
			if err == io.EOF {
				return true, nil // the input ended: stop, keeping what was decided
			}
			return false, err
		}
		answer := strings.ToLower(strings.TrimSpace(line))
		k := versionNumber(answer, len(s.Conflicts))
		switch {
		case answer == "k":
			s.Conflicts = nil
			return false, nil
		case answer == "t":
			merge.TakeConflict(s, len(s.Conflicts)-1, opts.Who, opts.Now)
			return false, nil
		case k > 0:
			merge.TakeConflict(s, k-1, opts.Who, opts.Now)
			return false, nil
		case answer == "e":
			text, err := editText(env, in, s, opts.Editor)
			var failed *editorError
			if errors.As(err, &failed) {
				// An editor that exits with an error (vim's :cq) leaves
				// this conflict open; the ones settled so far stay so.
				env.Info("MergeEditFailed", map[string]any{"Editor": opts.Editor, "Reason": failed.err.Error()})
				continue
			}
			if err != nil {
				return false, err
			}
			if strings.TrimSpace(text) == "" {
				env.Info("MergeEditEmpty", nil)
				continue
			}
			state := s.State
			if !state.Done() {
				state = catalog.Translated
			}
			merge.EditConflict(s, text, state, opts.Who, opts.Now)
			return false, nil
		case answer == "s":
			return false, nil
		case answer == "q":
			return true, nil
		}
	}
}

// obsolete reports whether s is one of c's obsolete entries.
func obsolete(c *catalog.Catalog, s *catalog.Segment) bool {
	for i := range c.Obsolete {
		if &c.Obsolete[i] == s {
			return true
		}
	}
	return false
}

// version describes one side of a conflict: its state, who changed it and
// when, and where it came from.
func version(st catalog.State, by, at, from string) string {
	parts := []string{st.String()}
	for _, p := range []string{by, at, from} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// editText gets the settled text: from the user's editor (VISUAL or
// EDITOR) on a file holding the catalog's text and the other versions as
// comments, or else as one line typed on the terminal.
func editText(env *ui.Env, in *bufio.Reader, s *catalog.Segment, editor string) (string, error) {
	if editor == "" {
		fmt.Fprint(env.Err, env.T("MergeEditPrompt", nil))
		line, err := in.ReadString('\n')
		if err != nil && err != io.EOF {
			return "", err
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	dir, err := os.MkdirTemp("", "terjime-edit-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, s.ID+".txt")
	var b strings.Builder
	b.WriteString(s.Target + "\n")
	b.WriteString("# " + env.T("MergeEditHelp", nil) + "\n")
	for _, o := range s.Conflicts {
		b.WriteString("# " + strings.ReplaceAll(o.Target, "\n", "\n# ") + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return "", err
	}
	cmd := editorCommand(editor, path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", &editorError{editor, err}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return editedText(string(data), "# "+env.T("MergeEditHelp", nil)), nil
}

// editorError is the editor's failure to run or its exit with an error.
type editorError struct {
	editor string
	err    error
}

func (e *editorError) Error() string { return fmt.Sprintf("editor %s: %v", e.editor, e.err) }

func (e *editorError) Unwrap() error { return e.err }

// versionNumber is the version of a conflict the answer names by its
// number, 1 to count (there may be more than nine), or 0.
func versionNumber(answer string, count int) int {
	k, err := strconv.Atoi(answer)
	if err != nil || k < 1 || k > count || answer[0] == '+' {
		return 0
	}
	return k
}

// shellChars are the characters that make git hand its editor to the
// shell (run-command.c's prepare_shell_cmd); without them the editor is
// one program's name or path.
const shellChars = "|&;<>()$`\\\"' \t\n*?[#~=%"

// editorCommand runs the editor on path as git runs GIT_EDITOR: a value
// with a space, a quote or any other shell character goes to sh -c
// "$EDITOR \"$@\"", so EDITOR="code --wait" passes --wait and
// EDITOR="'/opt/my editor/ed'" quotes a path with spaces; a plain name or
// path runs as it is. A path with spaces, unquoted, that names a program
// is run as that program too (git would fail on it). Windows has no sh:
// there the value is split at spaces.
func editorCommand(editor, path string) *exec.Cmd {
	if !strings.ContainsAny(editor, shellChars) || isProgram(editor) {
		return exec.Command(editor, path)
	}
	if runtime.GOOS == "windows" {
		args := strings.Fields(editor)
		return exec.Command(args[0], append(args[1:], path)...)
	}
	return exec.Command("sh", "-c", editor+` "$@"`, editor, path)
}

// isProgram reports whether editor is a path (it has a slash or a
// backslash) to a file: a program's, its spaces and all.
func isProgram(editor string) bool {
	fi, err := os.Stat(editor)
	return err == nil && fi.Mode().IsRegular() && strings.ContainsAny(editor, `/\`)
}

// editedText is the translation in the file editText opened, as the editor
// left it: the text above the help line whole (a line of it may start
// with #: "#1 in the ranking"), then any line below that is not one of
// the other versions, a comment. Without the help line every comment line
// is left out. Line ends are LF, whatever the editor wrote.
func editedText(data, help string) string {
	all := strings.Split(strings.TrimRight(strings.ReplaceAll(data, "\r\n", "\n"), "\n"), "\n")
	var lines []string
	if i := slices.Index(all, help); i >= 0 {
		lines, all = all[:i], all[i+1:]
	}
	for _, l := range all {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
