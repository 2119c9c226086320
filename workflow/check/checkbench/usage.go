package checkbench

import (
	"testing"
	"time"

	"github.com/terjime/terjime/internal/cputime"
)

// CPUTime is the processor time the process has used so far, user and
// system. Benchmarks on a shared machine report segments per CPU second
// next to wall-clock time, which other processes inflate.
func CPUTime() time.Duration {
	return time.Duration(cputime.Seconds() * float64(time.Second))
}

// Report adds what every check benchmark reports after b.N runs over segs
// segments that took cpu of processor time: segments per second of wall
// and of processor time, and the process's peak memory.
func Report(b *testing.B, segs int, cpu time.Duration) {
	n := float64(segs) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "segments/s")
	b.ReportMetric(n/cpu.Seconds(), "segments/cpu-s")
	b.ReportMetric(float64(PeakRSS())/(1<<20), "peak-MB")
}
