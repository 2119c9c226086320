// Package workflow is terjime's orchestration: it loads the project file,
// reads and writes catalogs, and runs each command's job (segment, status,
// check, glossary, export, merge, build, tm) on them. Each command has a run
// function taking a context, a *ui.Env and an options struct; the CLI in
// cmd/terjime only turns flags into those options.
//
// The context is the interrupt: the CLI cancels it on SIGINT or SIGTERM.
// A run checks it between documents and files, and disk.Plan.Apply checks
// it last, before the first rename, so an interrupted run returns
// context.Canceled with every file as it was.
//
// Commands that write take the project lock first (Project.Lock, package
// lock) and write through journaled plans (package disk), so that two
// commands at once serialise and a killed one is finished or undone by the
// next command (Project.Recover).
//
// Errors are returned, never printed here: ErrFindings marks a run that
// worked but found problems (exit code 1); any other error is an operational
// error (exit code 2).
package workflow
