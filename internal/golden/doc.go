// Package golden compares test output with golden files under testdata,
// and rewrites them when the tests run with -update. Every package's
// golden tests share the one flag and the one comparison.
package golden
