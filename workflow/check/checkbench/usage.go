package checkbench

import (
	"time"

	"github.com/terjime/terjime/internal/cputime"
)

// CPUTime is the processor time the process has used so far, user and
// system. Benchmarks on a shared machine report segments per CPU second
// next to wall-clock time, which other processes inflate.
func CPUTime() time.Duration {
	return time.Duration(cputime.Seconds() * float64(time.Second))
}
