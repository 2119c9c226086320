// Package typo finds the name a mistyped one meant, for the "did you mean"
// of an error: a flag or command of the command line (--locle, stauts), a
// key of a catalog or of terjime.toml (targte). Closest takes the known
// name nearest to the typed one by edit distance, or one the typed name
// begins (--loc for --locale), and only when it is near enough to be a slip
// of the fingers rather than another word.
package typo
