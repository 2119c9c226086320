//go:build !unix

package checkbench

// PeakRSS is 0 where the platform does not tell.
func PeakRSS() int64 { return 0 }
