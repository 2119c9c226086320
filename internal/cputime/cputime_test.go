//go:build unix

package cputime

import "testing"

// A busy loop shows as processor time; the kernel's share is part of it.
func TestSecondsGrow(t *testing.T) {
	start := Seconds()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if end := Seconds(); end <= start {
		t.Errorf("processor time went from %v to %v over a busy loop (%d)", start, end, x)
	}
	if sys, all := System(), Seconds(); sys <= 0 || sys > all {
		t.Errorf("system time %v, total %v", sys, all)
	}
}
