// Package glossarycheck checks translations against the glossary and
// reports what it finds as check.Findings, so that they join the findings
// of terjime check, are configured by the same [check] table and print in
// the same formats.
//
// The glossary package finds the problems of one segment pair (a concept of
// the source without an approved term in the translation, a forbidden term,
// a changed do-not-translate name, a forbidden form in the source) and the
// terms each translation uses; this package walks the catalogs' pairs,
// turns the problems into findings with their message IDs and where they
// are (file, line, segment), honours a segment's note flags
// ("no-glossary-forbidden-check"), reports a source's forbidden forms once
// per source catalog, and, at the end, the concepts rendered in more than
// one way across every document of a locale.
//
// A Pass takes a project's pairs a document at a time (Add) and keeps of
// them only small references for the consistency check, never the
// catalogs; Findings ends it. The checks (Missing, Forbidden, …) are
// registered with package check, with their severities and the English
// texts of their messages, so that [check], note flags and check --help
// know them like check's own.
package glossarycheck
