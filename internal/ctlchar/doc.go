// Package ctlchar finds the control characters that must not reach a
// catalog, a published edition or a terminal: the C0 controls but tab and
// line feed (NUL, BEL, ESC, a CR that does not end a line…), DEL, and the
// C1 controls U+0080–U+009F (CSI, OSC…). A CR before a line feed is the
// line break of a Windows text and stays. An ESC or CSI in a translation
// would be published as is and make a terminal that prints it obey: change
// colours, move the cursor, rewrite the title, even answer back.
//
// Find locates the first one and Name names it ("U+001B ESC"), for errors
// and findings; Visible writes text for a terminal with each one shown as
// an escape (\x1b) instead.
package ctlchar
