package checkbench

import "testing"

// Report adds what every check benchmark reports after b.N runs over segs
// segments that took cpu seconds of processor time (cputime.Seconds
// differences): segments per second of wall and of processor time, and
// the process's peak memory.
func Report(b *testing.B, segs int, cpu float64) {
	n := float64(segs) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "segments/s")
	if cpu > 0 {
		b.ReportMetric(n/cpu, "segments/cpu-s")
	}
	b.ReportMetric(float64(PeakRSS())/(1<<20), "peak-MB")
}
