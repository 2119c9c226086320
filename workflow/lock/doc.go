// Package lock is the project lock. Every terjime command that writes a
// project's files (segment, merge, build, the translation memory's import
// and rebuild, glossary import) holds it from before it reads the catalogs
// until after its writes have landed, so two such commands never work from
// the same state and one never writes over the other's work: the second
// waits for the first, a bounded time.
//
// The lock is an advisory lock on the file .terjime/lock (flock on Unix,
// LockFileEx on Windows, through github.com/gofrs/flock): the system drops
// it when its holder ends, however it ends, so a killed command never
// leaves the project locked. Beside it, .terjime/lock.holder says who
// holds it (command, process, host, since when), for the message of a
// command that waits or gives up. The holder file of a command that was
// killed stays behind: the next command to take the lock finds it and
// reports the stale lock it took over, so that the project's journal is
// then recovered (see package disk).
package lock
