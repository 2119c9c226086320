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

// ReportSeconds reports, as cpu-s/op, the processor time per operation
// since start (a Seconds reading): on a machine shared with other work it
// varies far less than the wall time.
func ReportSeconds(b *testing.B, start float64) {
	if cpu := Seconds() - start; cpu > 0 {
		b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	}
}
