//go:build !linux

package tm

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
