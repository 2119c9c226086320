// Package input holds what every reader of an input file shares, so that
// each format's reader (catalogs, the project file, PO, CSV, go-i18n, XML,
// glossaries, articles) behaves the same on bad input.
//
// Error is a problem at a place in a file: "file:line:col: what is wrong",
// the form every input error takes (Errorf makes one). Like any
// operational error it ends the command with exit code 2; tests look for it
// with errors.As.
//
// Read and ReadFile read a whole file into memory within a Limit: a file
// larger than the limit is refused (ErrTooLarge) before it is read when its
// size is known, and as soon as the limit is passed when it is not, so a
// hostile or mistaken input never exhausts memory. The buffer is sized once
// from the file's size: readers take files of tens of MB, and growing a
// buffer by doubling would copy and clear them again and again. This is the
// one place where the bounds of a read are decided.
//
// Lines turns a byte offset into a line and column in constant time, for
// readers that learn where something is only as an offset.
//
// CheckUTF8 names the line and byte offset of the first byte that is not
// UTF-8, with advice on what to do about it.
//
// The package imports nothing of terjime's, so that leaf packages such as
// the XML reader can use it.
package input
