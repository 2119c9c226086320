// Package palette is terjime's one colour scheme. Output that colours
// something names its role — an error, a warning, work done, work to do, a
// heading, a detail, text removed or added — and the palette decides the
// terminal's escape codes for it, so a finding's red in check and a removed
// word's red in tm lookup are the same red, and a change of scheme is one
// edit here.
//
// A Palette is off unless the caller turns it on; whether colour is wanted
// (a terminal, no --no-color, no NO_COLOR) is the ui package's decision
// (ui.Env.Palette). An off palette returns its text unchanged, so printing
// code has one path for both.
package palette
