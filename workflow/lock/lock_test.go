package lock

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestSecondHolderWaitsThenFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".terjime", "lock")
	first, err := Acquire(context.Background(), path, Holder{Command: "terjime segment", PID: 4711, Host: "desk", Since: time.Now()}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if first.Stale != nil {
		t.Errorf("a fresh lock reports a stale holder %+v", first.Stale)
	}
	var told Holder
	start := time.Now()
	_, err = Acquire(context.Background(), path, Me("terjime merge"), Options{Wait: 200 * time.Millisecond, Waiting: func(h Holder) { told = h }})
	var busy *BusyError
	if !errors.As(err, &busy) {
		t.Fatalf("second Acquire = %v, want a BusyError", err)
	}
	if waited := time.Since(start); waited < 200*time.Millisecond {
		t.Errorf("gave up after %v, before the wait ran out", waited)
	}
	if busy.Holder.PID != 4711 || busy.Holder.Command != "terjime segment" || told.PID != 4711 {
		t.Errorf("holder named %+v, told %+v; want terjime segment, 4711", busy.Holder, told)
	}

	// Released, it is free at once, and not stale.
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	second, err := Acquire(context.Background(), path, Me("terjime merge"), Options{})
	if err != nil || second.Stale != nil {
		t.Fatalf("after release: %v, stale %+v", err, second.Stale)
	}
	second.Release()
}

// A waiting command gets the lock as soon as the holder releases it.
func TestWaiterGetsLockOnRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	first, err := Acquire(context.Background(), path, Me("terjime segment"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		first.Release()
	}()
	second, err := Acquire(context.Background(), path, Me("terjime merge"), Options{Wait: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	second.Release()
}

// The attack: a command holding the lock is killed. The lock is free at
// once, and the next holder learns who left it stale.
func TestKilledHolderLeavesStaleLock(t *testing.T) {
	if dir := os.Getenv("TERJIME_LOCK_HELPER"); dir != "" {
		l, err := Acquire(context.Background(), filepath.Join(dir, "lock"), Me("terjime merge"), Options{})
		if err != nil {
			os.Exit(3)
		}
		_ = l
		os.Stdout.WriteString("locked\n")
		time.Sleep(time.Minute)
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledHolderLeavesStaleLock$")
	cmd.Env = append(os.Environ(), "TERJIME_LOCK_HELPER="+dir)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("helper said %q", line)
	}
	if _, err := Acquire(context.Background(), filepath.Join(dir, "lock"), Me("terjime build"), Options{}); err == nil {
		t.Fatal("the lock was taken while its holder lives")
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := Acquire(context.Background(), filepath.Join(dir, "lock"), Me("terjime build"), Options{Wait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.Stale == nil || l.Stale.PID != cmd.Process.Pid || l.Stale.Command != "terjime merge" {
		t.Errorf("stale holder %+v, want terjime merge, process %d", l.Stale, cmd.Process.Pid)
	}
}

func TestAcquireHonoursContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	first, _ := Acquire(context.Background(), path, Me("terjime segment"), Options{})
	defer first.Release()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := Acquire(ctx, path, Me("terjime merge"), Options{Wait: time.Hour})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Acquire = %v, want the context's error", err)
	}
}
