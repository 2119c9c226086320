// Package disk writes files the way terjime promises: atomically (a
// temporary file in the same directory, synced, then renamed over the
// target) and, for a set of files, all or nothing (Plan): every temporary
// file is written before the first rename, so a full disk or a bad path
// leaves every target as it was.
//
// A plan takes a file's content in one of three ways. Write keeps the
// bytes until Apply. Stage writes them to the temporary file at once, so
// that the caller can reuse the memory (a merge writes tens of MB of
// catalogs). StageFrom hands the temporary file to a function that writes
// the content a piece at a time, for a file never whole in memory (a
// catalog streamed as it is made). Staged files that already hold the same
// bytes are left alone, as Apply leaves unchanged files; Discard removes
// the temporary files of a plan given up. Delete schedules a removal, and
// Changed lists what Apply would change. A plan's methods may be called
// from several goroutines. WriteFile is a plan of one file.
//
// A kill between two renames would still leave some files new and others
// old, and temporary files behind. A Plan with a Journal closes that gap:
// it logs each temporary file before making it, then records the renames
// in one atomic write before the first one. Recover, run by the next
// command, reads the journal and either removes the temporary files of a
// run that had not recorded its renames (it changed nothing) or makes the
// renames that did not happen; see journal.go for the format. Plans that
// share a journal must not run at once: the project lock (package lock)
// serialises the commands that apply them.
//
// A file the plan replaces is resolved first: a symbolic link is written
// through (the file it points to is replaced, the link stays), a file
// nobody may write is refused, and anything but a regular file is an
// error. Errors name the file, never its temporary file.
package disk
