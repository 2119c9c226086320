package cputime

import "testing"

func TestSecondsGrow(t *testing.T) {
	start := Seconds()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if Seconds() <= start && start != 0 {
		t.Errorf("no processor time counted for a busy loop (%d)", x)
	}
	if System() > Seconds() {
		t.Errorf("system time %v above the total %v", System(), Seconds())
	}
}
