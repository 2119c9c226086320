// Package check finds problems in translations: a source catalog and a
// target catalog of the same document go in, Findings come out.
//
// A Finding names the check that raised it, its severity (error or
// warning), where it is (locale, document, segment, file and line) and what
// is wrong.
//
// Every check is registered once (Register, checks.go): its name, its
// severity, what it finds, the English texts of its messages and, for a
// check of one translation against its source (numbers, punctuation,
// placeholders, …), its function of a *Translation. The checks over a
// whole catalog (completeness, IDs) run in the walk over it, those across
// documents (consistency, length outliers) at the end of a run. Other
// packages register the checks whose findings they make (the glossary's).
// Config, from the [check] table of terjime.toml, says which checks are on
// and how severe each is (a check registered Off, number-added, runs only
// when it gives it a severity), and knows every registered check by name;
// New makes a Checker of it, whose Run applies the enabled ones to a set
// of pairs. A Session (Checker.NewSession) runs them over a project a
// document at a time: of each checked document it keeps only what the
// checks across documents need (text hashes, IDs and lines), so the
// catalogs need not all be in memory at once. A translator switches a
// check off for one segment with a note flag in the style of gettext's
// "no-c-format": "no-numbers-check".
//
// Missing work is progress, not a problem to read line by line: unless
// Checker.ListMissing is set, a catalog's untranslated and outdated
// segments are one Finding (with Count, the numbers of each kind and the
// first lines), under the name of the check that [check] configures for
// them, so that they do not bury the other findings. A segment with a
// translation whose state still says untranslated is a finding of its own
// (untranslated-target), with the fix: set the state.
//
// A Report gathers the findings of a run with their summary; Write prints it
// as text for people (grouped by file, coloured on a terminal), JSON for
// programs, JUnit XML for CI dashboards, or GitHub Actions workflow
// commands (::error file=…,line=…::…) that annotate a pull request.
//
// Every message has an English text (Finding.Message) and, for the CLI, a
// message ID with template data (Finding.Key, Finding.Args) that the UI
// localizes; the English text is the en message with the same data.
//
// Some checks read data generated from outside sources into the package:
// inconsistent-source reads WordNet 3.0's antonyms and related words
// (gen_wordnet.go, from Debian's wordnet-base; wordnet_LICENSE), and the
// number words of English, Russian and Turkmen are the package's own
// (numwords.go).
//
// The package knows the catalog model and nothing else of terjime's: the
// glossary's and the go-i18n checks make Findings of their own and share
// the report formats.
package check
