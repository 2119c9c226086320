package xmlsafe

import "github.com/terjime/terjime/workflow/catalog"

// Error is a problem in an XML file at a position: the catalog's
// ParseError, whose message reads "file:line:col: what is wrong", so that
// the readers built on a Decoder return its errors as they are.
type Error = catalog.ParseError
