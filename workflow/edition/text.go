package edition

// Text renders the edition in the layout of the source file: the text
// before the first segment, then every segment followed by the separator
// the source has after it. The source locale's text edition is the source
// file byte for byte (a byte-order mark included); a target edition shows
// the date in the locale's long form and each segment's translation.
// The bytes are UTF-8; the source edition of an article read in a legacy
// encoding (--encoding windows-1251) is written back in it (Encoding).
func (e *Edition) Text(o Options) []byte {
	e = e.with(o)
	n := len(e.lead) + 3
	for _, p := range e.Parts {
		n += len(p.Text) + len(p.Sep) + 8
	}
	b := make([]byte, 0, n)
	if e.bom {
		b = append(b, "\uFEFF"...)
	}
	b = append(b, e.lead...)
	for _, p := range e.Parts {
		switch {
		case p.Kind == "date" && !e.IsSource():
			b = append(b, e.dateText(p.Text)...)
		case p.Untranslated && e.opts.Fallback == FallbackMark:
			b = append(b, e.marker()...)
			b = append(b, p.Text...)
		default:
			b = append(b, p.Text...)
		}
		b = append(b, p.Sep...)
	}
	return b
}

// marker is the visible mark of an untranslated segment in text and
// Markdown: the source language in brackets.
func (e *Edition) marker() string { return "[" + e.SourceLocale + "] " }
