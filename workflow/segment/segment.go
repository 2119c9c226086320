package segment

// Kind is the role a segment plays in an article.
type Kind string

// The kinds of segment an article has.
const (
	Date      Kind = "date"      // the date of the header line, kept verbatim
	Title     Kind = "title"     // the title of the header line
	Heading   Kind = "heading"   // a one-line block that is not a sentence ("More related articles")
	Paragraph Kind = "paragraph" // a sentence of a paragraph
	Item      Kind = "item"      // one line of a list (the related-articles titles)
)

// Segment is one translation unit cut from an article.
type Segment struct {
	// Text is the segment exactly as it stands in the input.
	Text string
	// Sep is the exact text between this segment and the next one, or the
	// end of the input.
	Sep   string
	Kind  Kind
	Block int // index of the block (blank-line separated) the segment is in, from 0
	// Verbatim segments are not translated (the date).
	Verbatim bool
}

// Document is an article cut into segments. Lead + Σ(Text+Sep) == the input.
type Document struct {
	Lead     string
	Segments []Segment
}

// Options select the language rules.
type Options struct {
	// Lang is a base language: "en", "ru" or "tk". Others get the
	// language-independent rules.
	Lang string
	// Abbreviations are extra abbreviations (with their final dot, e.g.
	// "Inc.") on top of the language's built-in list (data/<lang>.txt). Like
	// "U.S." they end a sentence only when a common sentence opener ("The",
	// "В", "Bu") follows; a built-in entry keeps its own rule. An entry in
	// lower case also matches its capitalised form.
	Abbreviations []string
}

// Span is a stretch [Start, End) of a text.
type Span struct{ Start, End int }

// Sentences cuts one paragraph of running text into sentences, with the
// same rules Split applies to a paragraph: line breaks are spaces here (a
// Markdown or HTML paragraph's lines are not list items or headlines), and
// nothing is a date line or a list. The spans are trimmed of white space,
// in order, and never empty.
func Sentences(text string, opt Options) []Span {
	return NewSentencer(opt).Sentences(text)
}

// A Sentencer cuts paragraphs into sentences as Sentences does, with its
// rules made once and its memory reused: for a reader that cuts the
// hundred thousand paragraphs of a long document.
type Sentencer struct {
	r     *rules
	spans []Span
}

// NewSentencer returns a Sentencer with the rules opt selects.
func NewSentencer(opt Options) *Sentencer { return &Sentencer{r: rulesFor(opt)} }

// Sentences returns the sentences of text, as Sentences does; the slice
// is valid until the next call.
func (z *Sentencer) Sentences(text string) []Span {
	s := splitter{t: text, r: z.r, spans: z.spans[:0], direct: true}
	s.sentences(0, len(text), 0, Paragraph)
	z.spans = s.spans
	return s.spans
}
