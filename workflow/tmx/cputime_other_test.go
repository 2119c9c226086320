//go:build !unix

package tmx

import "time"

// cpuTime is not measured here; the benchmarks then omit cpu-MB/s.
func cpuTime() time.Duration { return 0 }
