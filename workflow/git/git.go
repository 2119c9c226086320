package git

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// ErrNoGit is returned when the git command is not installed.
var ErrNoGit = errors.New("git is not installed")

// ErrNoRevision is Show's error for a revision the repository lacks.
var ErrNoRevision = errors.New("is not a revision of this repository")

// Run runs git with args in dir and returns its standard output; an error
// carries what git printed on standard error.
func Run(ctx context.Context, dir string, args ...string) ([]byte, error) {
	path, err := exec.LookPath("git")
	if err != nil {
		return nil, ErrNoGit
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = dir
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out.Bytes(), nil
}

// UserName is git's user.name for the repository at dir, "" when git or
// the setting is missing.
func UserName(ctx context.Context, dir string) string {
	out, err := Run(ctx, dir, "config", "user.name")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// TopLevel returns the root of the working tree dir is in.
func TopLevel(ctx context.Context, dir string) (string, error) {
	out, err := Run(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// Show returns the file at path (relative to the repository's root) as it
// stood at revision rev; ok is false when the file did not exist there.
// An unknown revision is an error.
func Show(ctx context.Context, dir, rev, path string) (data []byte, ok bool, err error) {
	if _, err := Run(ctx, dir, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, false, fmt.Errorf("%s %w", rev, ErrNoRevision)
	}
	if _, err := Run(ctx, dir, "cat-file", "-e", rev+":"+path); err != nil {
		return nil, false, nil
	}
	data, err = Run(ctx, dir, "show", rev+":"+path)
	return data, err == nil, err
}

// SetConfig sets key to value in the repository's own configuration
// (.git/config).
func SetConfig(ctx context.Context, dir, key, value string) error {
	_, err := Run(ctx, dir, "config", "--local", key, value)
	return err
}
