// Package cputime tells the processor time the process has used, for
// benchmarks to report per operation: on a shared machine other processes
// stretch wall time far more than they inflate processor time.
package cputime
