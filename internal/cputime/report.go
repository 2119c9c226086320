package cputime

import "testing"

// ReportRate reports, as cpu-MB/s, the bytes per operation a benchmark
// processed over the processor time since start (a Seconds reading); it
// reports nothing where the platform has no clock.
func ReportRate(b *testing.B, bytes int, start float64) {
	if cpu := Seconds() - start; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu, "cpu-MB/s")
	}
}
