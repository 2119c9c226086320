//go:build unix

package workflow

import "syscall"

// cpuSeconds is the processor time the process has used so far, user and
// system: benchmarks report it per operation, which a machine busy with
// other work inflates far less than wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// sysSeconds is the part of cpuSeconds spent in the kernel (reading and
// writing files, and faulting in fresh memory).
func sysSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Stime.Sec) + float64(ru.Stime.Usec)/1e6
}
