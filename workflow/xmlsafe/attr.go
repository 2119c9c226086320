package xmlsafe

import "encoding/xml"

// Attr returns the value of the unqualified attribute name of an element,
// "" when it has none.
func Attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}
