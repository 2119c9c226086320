package csvsafe

import "strings"

// Column is the name of the column that lists a row's escaped cells.
const Column = "escaped"

// triggers are the first characters that make a spreadsheet read a cell
// as a formula (OWASP, CSV Injection).
const triggers = "=+-@\t\r"

// Escape returns cell with an apostrophe before it when a spreadsheet
// would take it for a formula, and whether it did.
func Escape(cell string) (string, bool) {
	if cell != "" && strings.IndexByte(triggers, cell[0]) >= 0 {
		return "'" + cell, true
	}
	return cell, false
}

// Mark escapes the cells of row in place and returns the value of the
// Column cell: the names (from header, parallel to row) of the cells it
// escaped, separated by spaces.
func Mark(row, header []string) string {
	var names []string
	for i, cell := range row {
		if e, ok := Escape(cell); ok {
			row[i] = e
			names = append(names, header[i])
		}
	}
	return strings.Join(names, " ")
}

// Unmark returns the set of column names a Column cell lists.
func Unmark(marker string) map[string]bool {
	fields := strings.Fields(marker)
	if len(fields) == 0 {
		return nil
	}
	set := make(map[string]bool, len(fields))
	for _, f := range fields {
		set[strings.ToLower(f)] = true
	}
	return set
}

// Unescape removes the apostrophe Escape put before cell. A cell that no
// longer starts with one and a trigger (the translator replaced it) is
// returned as it is. A line feed counts as a trigger: CSV readers turn a
// quoted field's CR LF into LF.
func Unescape(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.IndexByte(triggers+"\n", cell[1]) >= 0 {
		return cell[1:]
	}
	return cell
}
