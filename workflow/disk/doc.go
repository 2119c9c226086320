// Package disk writes files the way terjime promises: atomically (a
// temporary file in the same directory, synced, then renamed over the
// target) and, for a set of files, all or nothing (Plan): every temporary
// file is written before the first rename, so a full disk or a bad path
// leaves every target as it was.
package disk
