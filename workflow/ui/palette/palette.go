package palette

// Palette paints text by its role; the zero value paints nothing.
type Palette struct{ on bool }

// New returns a palette that paints when on is true.
func New(on bool) Palette { return Palette{on} }

// On reports whether the palette paints.
func (p Palette) On() bool { return p.on }

// The scheme: SGR codes of ECMA-48, in the eight standard colours every
// terminal has, so the user's own terminal theme decides the exact shades.
const (
	reset    = "\x1b[0m"
	bold     = "\x1b[1m"
	faint    = "\x1b[2m"
	red      = "\x1b[31m"
	green    = "\x1b[32m"
	yellow   = "\x1b[33m"
	struckRd = "\x1b[9;31m"
	underGr  = "\x1b[4;32m"
)

func (p Palette) paint(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return code + s + reset
}

// Error paints an error's label: red.
func (p Palette) Error(s string) string { return p.paint(red, s) }

// Warning paints a warning's label: yellow.
func (p Palette) Warning(s string) string { return p.paint(yellow, s) }

// Done paints finished work, such as a locale's full progress bar: green.
func (p Palette) Done(s string) string { return p.paint(green, s) }

// Todo paints work still to do, such as a partial progress bar: yellow,
// the colour of a warning, because it is one.
func (p Palette) Todo(s string) string { return p.paint(yellow, s) }

// Heading paints what a group of lines belongs to, such as a file name:
// bold.
func (p Palette) Heading(s string) string { return p.paint(bold, s) }

// Detail paints what is there for reference, such as a check's name: faint.
func (p Palette) Detail(s string) string { return p.paint(faint, s) }

// Removed paints text a comparison lost: struck through in red.
func (p Palette) Removed(s string) string { return p.paint(struckRd, s) }

// Added paints text a comparison gained: underlined in green.
func (p Palette) Added(s string) string { return p.paint(underGr, s) }
