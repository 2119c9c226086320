package lock

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"
)

// Holder describes the command that holds a lock.
type Holder struct {
	Command string    `json:"command"` // "terjime merge"
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Since   time.Time `json:"since"`
}

// Me is the Holder for the running process, doing command.
func Me(command string) Holder {
	host, _ := os.Hostname()
	return Holder{Command: command, PID: os.Getpid(), Host: host, Since: time.Now().Truncate(time.Second)}
}

// Options tune Acquire.
type Options struct {
	// Wait bounds how long Acquire waits for another holder; zero fails at
	// once.
	Wait time.Duration
	// Waiting, when set, is told the holder once, when Acquire starts to
	// wait. The holder is zero when its file is not there (yet).
	Waiting func(Holder)
	// Poll is the pause between attempts; 50 ms when zero.
	Poll time.Duration
}

// Lock is a held lock.
type Lock struct {
	fl     *flock.Flock
	holder string
	// Stale is the holder a previous command recorded and never removed:
	// it ended without releasing the lock (it was killed), and this lock
	// took over. Nil when the lock was released properly.
	Stale *Holder
}

// BusyError is Acquire's error when another command held the lock for the
// whole wait.
type BusyError struct {
	Holder Holder // zero when unknown
	Waited time.Duration
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("the project is locked by %s; waited %s", e.Holder, e.Waited)
}

// String describes the holder for messages: "terjime merge (process 4711
// on host, since 2026-01-02 15:04:05)".
func (h Holder) String() string {
	if h.PID == 0 {
		return "another terjime command"
	}
	return fmt.Sprintf("%s (process %d on %s, since %s)", h.Command, h.PID, h.Host, h.Since.Local().Format(time.DateTime))
}

// Acquire takes the lock whose file is path, waiting up to opts.Wait for a
// holder to release it. It fails with a *BusyError when the wait runs out,
// and with ctx's error when ctx ends first.
func Acquire(ctx context.Context, path string, me Holder, opts Options) (*Lock, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	fl := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o644))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !ok {
		holderPath := path + ".holder"
		if opts.Waiting != nil {
			h, _ := readHolder(holderPath)
			opts.Waiting(h)
		}
		poll := opts.Poll
		if poll == 0 {
			poll = 50 * time.Millisecond
		}
		wctx, cancel := context.WithTimeout(ctx, opts.Wait)
		ok, err = fl.TryLockContext(wctx, poll)
		cancel()
		if !ok {
			fl.Close()
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if err != nil && !errors.Is(err, context.DeadlineExceeded) {
				return nil, fmt.Errorf("lock %s: %w", path, err)
			}
			h, _ := readHolder(holderPath)
			return nil, &BusyError{Holder: h, Waited: opts.Wait}
		}
	}
	l := &Lock{fl: fl, holder: path + ".holder"}
	if h, err := readHolder(l.holder); err == nil {
		l.Stale = &h
	} else if !errors.Is(err, fs.ErrNotExist) {
		// A holder file cut short by a crash: stale all the same.
		l.Stale = &Holder{}
	}
	data, _ := json.Marshal(me)
	if err := writeHolder(l.holder, data); err != nil {
		fl.Unlock()
		fl.Close()
		return nil, fmt.Errorf("lock: %w", err)
	}
	return l, nil
}

// Release removes the holder file and releases the lock. The lock file
// itself stays: removing it would let a command that opened it a moment
// before lock a file nobody else sees.
func (l *Lock) Release() error {
	err := os.Remove(l.holder)
	if uerr := l.fl.Unlock(); err == nil {
		err = uerr
	}
	l.fl.Close()
	return err
}

func readHolder(path string) (Holder, error) {
	var h Holder
	data, err := os.ReadFile(path)
	if err != nil {
		return h, err
	}
	if err := json.Unmarshal(data, &h); err != nil {
		return Holder{}, err
	}
	return h, nil
}

// writeHolder replaces the holder file in one rename, so that a waiting
// command never reads half of it.
func writeHolder(path string, data []byte) error {
	tmp := path + ".new"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
