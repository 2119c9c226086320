// Package git runs the git command for terjime: the user's name for who
// changed a target, a file as it stood at a revision for --since, and the
// configuration of terjime's merge and diff drivers.
//
// It calls the git binary rather than reading the repository itself: the
// drivers are git's own extension points, and git's answer (with the
// user's configuration, worktrees and packed objects) is the one that
// counts. Errors carry git's own message.
package git
