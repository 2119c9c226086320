//go:build !unix

package workflow

// cpuSeconds is not measured here: benchmarks report wall time only.
func cpuSeconds() float64 { return 0 }

func sysSeconds() float64 { return 0 }
