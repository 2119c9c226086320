// Package ui is what a run function needs to talk to a person: the standard
// streams, whether they are terminals, whether to use colour, and the
// localizer that turns message IDs into English, Russian or Turkmen with
// CLDR plural forms.
//
// Commands receive one *Env. Tests build one with NewTest, which returns
// buffers instead of the process's streams, so every run function can be
// tested without a terminal.
package ui
