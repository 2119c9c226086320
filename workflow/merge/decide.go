package merge

import (
	"strings"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/interchange"
)

// outcome is what the merge does with one side of a unit (its target and
// state, or its note).
type outcome int

const (
	keep     outcome = iota // the catalog already says it, or the file says nothing new
	apply                   // the file's version goes in
	conflict                // both sides changed it differently: kept open for somebody to decide
)

// settle turns a conflict into the outcome a --take chose.
func settle(o, to outcome) outcome {
	if o == conflict {
		return to
	}
	return o
}

// decision is what becomes of a segment's target and state.
type decision struct {
	what   outcome
	reason string // the conflict's message ID
	// target and state are the file's version, as the segment would hold
	// it: applied, or kept with the segment as the other side of a
	// conflict.
	target string
	state  catalog.State
	// outdated: the file's translation is of a source that changed since;
	// it goes in as outdated, with that source as previous_source.
	outdated bool
}

// twoWay decides for a file that does not record what it was exported
// from (another tool's, or hand-made): the file against the catalog only.
// Done work is never lowered or replaced without a conflict; untranslated
// and outdated segments take what the file brings.
func twoWay(s *catalog.Segment, u *catalog.Unit, fst catalog.State, sameSource bool) decision {
	file := decision{what: apply, target: u.Target, state: fst}
	if !sameSource {
		file.state, file.outdated = catalog.Outdated, true
		switch {
		case u.Target == s.Target:
			return decision{what: keep}
		case s.Target != "" && !(s.State == catalog.Outdated && u.Source != "" && catalog.SameNormal(u.Source, s.PreviousSource)):
			// The catalog holds another translation; the file's was made
			// for a source that no longer stands.
			file.what, file.reason = conflict, "MergeConflictStale"
		}
		return file
	}
	switch {
	case u.Target == s.Target && fst == s.State:
		return decision{what: keep}
	case u.Target == s.Target && fst > s.State:
	case u.Target == s.Target && fst.Done():
		// A lower done state with the same text: PO, CSV and goi18n cannot
		// say reviewed or final, so this is no news.
		return decision{what: keep}
	case u.Target == s.Target && s.State >= catalog.Reviewed:
		file.what, file.reason = conflict, "MergeConflictDowngrade"
	case u.Target == s.Target:
		// a translator flagged a translated segment as needing work
	case s.Target == "" || s.State == catalog.Outdated || s.State == catalog.Untranslated:
	default:
		file.what, file.reason = conflict, "MergeConflictTarget"
	}
	return file
}

// threeWay decides for a file that records its base: what the export
// wrote. Each side changed the segment if its target or state differs
// from the base:
//
//	file unchanged                 nothing to do (a text not done in the
//	                               base and the file is unchanged too)
//	file changed, catalog not      the file's version goes in, whatever the state
//	both changed, to the same text the text stands, in the higher state
//	both changed, differently      a conflict
//
// A format that cannot name the done states (PO, go-i18n, a file without
// states) gives back a done state as the base's: a reviewer's correction of
// reviewed work stays reviewed. The same text in a lower done state is no
// change. The file's state rules otherwise (a lower one is reported),
// except that a final segment is never lowered without a conflict. When the
// catalog's source changed since the export, the file's work goes in as
// outdated if the catalog's target is still the exported one.
func threeWay(s *catalog.Segment, u *catalog.Unit, fst catalog.State, sameSource bool, format interchange.Format) decision {
	b := u.Base
	theirText := !b.Matches(u.Target)
	theirState := fst
	switch {
	case !theirText && fst.Done() && fst < b.State:
		theirState = b.State
	case !exactStates(u, format) && fst.Done() && b.State.Done():
		theirState = max(fst, b.State)
	}
	if !theirText && (theirState == b.State || !theirState.Done() && !b.State.Done()) {
		// Not done either way: a file cannot tell a draft (outdated) from
		// a target kept in state untranslated, so the export's text in
		// either is no news.
		return decision{what: keep}
	}
	sameText := catalog.SameTarget(u.Target, s.Target)
	oursText := theirText // the same text needs no second hash
	if u.Target != s.Target {
		oursText = !b.Matches(s.Target)
	}
	file := decision{what: apply, target: u.Target, state: theirState}
	if !sameSource {
		file.state, file.outdated = catalog.Outdated, true
		switch {
		case sameText:
			return decision{what: keep}
		case oursText:
			file.what, file.reason = conflict, "MergeConflictStale"
		}
		return file
	}
	switch {
	case !oursText && s.State == b.State:
		if theirState < s.State && s.State == catalog.Final {
			file.what, file.reason = conflict, "MergeConflictFinal"
		}
		return file
	case sameText:
		// Both changed it to the same text: the catalog's spelling stands,
		// in the higher of the two states.
		if st := max(s.State, theirState); st != s.State {
			return decision{what: apply, target: s.Target, state: st}
		}
		return decision{what: keep}
	}
	file.what, file.reason = conflict, "MergeConflictBoth"
	return file
}

// exactStates reports whether a unit's state says which done state it is:
// PO and go-i18n have only "translated", and a file may say nothing.
func exactStates(u *catalog.Unit, format interchange.Format) bool {
	return u.StateSet && !format.OnlyTranslated
}

// noteDecision decides for the note: a file may add a note or add to one,
// never remove one; another note is a conflict. Line breaks compare alike
// however they are written (LF, CRLF, CR): a format may carry only one kind
// (a PO comment ends at any of them), and a note that came back with other
// line breaks is the same note.
func noteDecision(s *catalog.Segment, u *catalog.Unit) decision {
	file, cat := catalog.LF(u.Note), catalog.LF(s.Note)
	switch {
	case file == "" || file == cat:
		return decision{what: keep}
	case cat == "" || strings.Contains(file, cat):
		return decision{what: apply}
	}
	return decision{what: conflict, reason: "MergeConflictNote"}
}

// addConflict keeps k with s unless s already holds the same version; it
// reports whether it added it.
func addConflict(s *catalog.Segment, k catalog.Conflict) bool {
	for _, o := range s.Conflicts {
		if o.Target == k.Target && o.State == k.State && o.Note == k.Note {
			return false
		}
	}
	s.Conflicts = append(s.Conflicts, k)
	return true
}
