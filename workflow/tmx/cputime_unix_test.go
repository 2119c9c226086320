//go:build unix

package tmx

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, all threads: on a
// shared machine it measures a benchmark's work where the wall clock also
// counts the time other processes held the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
