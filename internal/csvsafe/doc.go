// Package csvsafe keeps the CSV files terjime writes from running as
// formulas when a spreadsheet opens them (CSV injection): a cell that
// starts with =, +, -, @, a tab or a carriage return gets an apostrophe
// before it, as OWASP recommends, and the spreadsheet shows it as text.
//
// The apostrophe must come off again when the file is read back, and only
// the one terjime put there: a translator's own leading apostrophe
// ('Tis…) is text. So the writer records, in a column of its own, which
// cells of the row it escaped (Mark), and the reader unescapes those cells
// only (Unmark, Unescape). A cell that a spreadsheet saved back unchanged
// comes back exactly as it was exported; a file from elsewhere, without
// the column, is read as it is.
package csvsafe
