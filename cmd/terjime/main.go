package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() { os.Exit(runMain()) }

// runMain runs the command line of the process, interruptible.
func runMain() int {
	ctx, stop := interruptible(context.Background())
	defer stop()
	return run(ctx, os.Args, os.Getenv)
}

// interruptible returns a context that the first SIGINT (Ctrl-C) or
// SIGTERM cancels: the command stops at its next check of the context and
// leaves the project as it was. The handler goes with the first signal,
// so a second one ends the process at once, as it would any other.
func interruptible(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, stop := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	return ctx, stop
}
