package workflow

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/terjime/terjime/workflow/disk"
	"github.com/terjime/terjime/workflow/lock"
	"github.com/terjime/terjime/workflow/ui"
)

// DefaultLockWait is how long a command waits for another one that holds
// the project lock before it gives up.
const DefaultLockWait = 30 * time.Second

// stateDir is the project's own working directory: the translation
// memory, the lock and the journal.
const stateDir = ".terjime"

// JournalPath is the journal that makes the project's multi-file writes
// recoverable (see package disk).
func (p *Project) JournalPath() string { return p.Path(filepath.Join(stateDir, "journal")) }

func (p *Project) lockPath() string { return p.Path(filepath.Join(stateDir, "lock")) }

// newPlan returns a journaled plan for the project's files, labelled with
// the command that applies it; apply it while holding the project lock.
func (p *Project) newPlan(label string) *disk.Plan {
	return &disk.Plan{Journal: p.JournalPath(), Label: label}
}

// Lock takes the project lock for command ("merge"), waiting up to
// p.LockWait for another holder, and then finishes or undoes a run that
// was interrupted (Recover). The returned function releases the lock.
// Lock is reentrant on one Project: a run that calls another holds it
// once.
func (p *Project) Lock(ctx context.Context, env *ui.Env, command string) (release func(), err error) {
	if p.locks > 0 {
		p.locks++
		return p.unlock, nil
	}
	wait := p.LockWait
	if wait < 0 {
		wait = DefaultLockWait
	}
	l, err := lock.Acquire(ctx, p.lockPath(), lock.Me("terjime "+command), lock.Options{
		Wait: wait,
		Waiting: func(h lock.Holder) {
			if wait > 0 {
				env.Info("LockWaiting", map[string]any{"Holder": describeHolder(env, h), "Count": seconds(wait)})
			}
		},
	})
	var busy *lock.BusyError
	if errors.As(err, &busy) {
		return nil, errors.New(env.T("LockBusy", map[string]any{"Holder": describeHolder(env, busy.Holder), "Count": seconds(wait), "Path": p.Rel(p.lockPath())}))
	}
	if err != nil {
		return nil, err
	}
	p.held, p.locks = l, 1
	if l.Stale != nil {
		warn(env, "LockStale", map[string]any{"Holder": describeHolder(env, *l.Stale)})
	}
	if err := p.recoverJournal(env); err != nil {
		p.unlock()
		return nil, err
	}
	return p.unlock, nil
}

func (p *Project) unlock() {
	if p.locks--; p.locks == 0 {
		p.held.Release()
		p.held = nil
	}
}

// warn prints the localized message id on standard error even under
// --quiet: what it says changed the project, or may.
func warn(env *ui.Env, id string, data map[string]any) {
	fmt.Fprintln(env.Err, env.T(id, data))
}

// seconds rounds d up to whole seconds, for messages.
func seconds(d time.Duration) int { return int((d + time.Second - 1) / time.Second) }

// describeHolder names a lock's holder in the UI language.
func describeHolder(env *ui.Env, h lock.Holder) string {
	if h.PID == 0 {
		return env.T("LockHolderUnknown", nil)
	}
	return env.T("LockHolder", map[string]any{
		"Command": h.Command, "PID": strconv.Itoa(h.PID), "Host": h.Host,
		"Since": h.Since.Local().Format(time.DateTime),
	})
}

// Recover finishes or undoes a run of a command that was interrupted (it
// was killed, or the machine stopped) when one left its journal, taking
// the project lock for that. Commands that only read call it first, so
// that they never see half of a run; commands that write get it with Lock.
func (p *Project) Recover(ctx context.Context, env *ui.Env) error {
	if _, err := os.Lstat(p.JournalPath()); err != nil {
		return nil
	}
	release, err := p.Lock(ctx, env, "recover")
	if err != nil {
		return err
	}
	release()
	return nil
}

// recoverJournal applies disk.Recover to the project's journal and says
// what it did; the lock is held.
func (p *Project) recoverJournal(env *ui.Env) error {
	r, err := disk.Recover(p.JournalPath())
	if err != nil || r == nil {
		return err
	}
	cmd := "terjime " + r.Label
	if r.RolledBack {
		warn(env, "RecoveredUndone", map[string]any{"Command": cmd, "Count": r.Removed})
		return nil
	}
	warn(env, "RecoveredCompleted", map[string]any{"Command": cmd, "Count": len(r.Completed)})
	for _, k := range r.Kept {
		warn(env, "RecoveredKept", map[string]any{"Path": p.Rel(strings.TrimSuffix(k, ".recovered")), "Kept": p.Rel(k)})
	}
	return nil
}
