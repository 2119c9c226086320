package xmlsafe

import "github.com/terjime/terjime/internal/input"

// Error is a problem in an XML file at a position: input.Error, whose
// message reads "file:line:col: what is wrong", so that the readers built
// on a Decoder return its errors as they are.
type Error = input.Error
