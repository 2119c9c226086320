//go:build !unix

package cputime

// Seconds is 0 where the platform does not tell; benchmarks then report
// no processor time.
func Seconds() float64 { return 0 }

// System is 0 where the platform does not tell.
func System() float64 { return 0 }
