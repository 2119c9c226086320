package check

import (
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/typo"
	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/markup"
)

// The checks of this package, in report order. A check of one translation
// against its source is a function of a *Translation below: registered
// here with its name, severity, what it finds and its messages, it runs.
func init() {
	Register(
		// completeness
		Check{Name: "untranslated", Severity: Error, Completeness: true,
			Doc: "a segment has no translation",
			Messages: map[string]string{
				"CheckUntranslated":           "the segment is not translated",
				"CheckIncomplete":             "{{.Count}} of {{.Total}} segments are not done (untranslated: {{.Untranslated}}, outdated: {{.Outdated}}), {{.Lines}}; --list-missing lists them all",
				"CheckIncompleteUntranslated": "{{.Count}} of {{.Total}} segments are not translated, {{.Lines}}; --list-missing lists them all",
				"CheckIncompleteLines":        "at lines {{.Lines}}",
			}},
		Check{Name: "untranslated-target", Severity: Error, Completeness: true,
			Doc: "a segment has a translation but its state is untranslated: set its state",
			Messages: map[string]string{
				"CheckUntranslatedTarget": `the segment has a translation but its state is untranslated: set state = "translated" if the translation is done`,
			}},
		Check{Name: "conflict", Severity: Error, Completeness: true,
			Doc: "a merge left a conflict open: another version of the segment waits in the catalog ([[segment.conflict]], or [[obsolete.conflict]] for an obsolete entry)",
			Messages: map[string]string{
				"CheckConflictFromMerge": "a merge",
				"CheckConflict":          `a conflict is open: another version of the translation (from {{.From}}) waits in the catalog ({{.Table}}); settle it with terjime merge --take file|catalog --segment {{.ID}} or terjime merge --interactive`,
			}},
		Check{Name: "outdated", Severity: Error, Completeness: true,
			Doc: "a translation was made for an earlier source, or came from a fuzzy match",
			Messages: map[string]string{
				"CheckOutdated":           `the translation was made for an earlier source: "{{.Previous}}"`,
				"CheckOutdatedFuzzy":      "the translation is marked outdated: review it and set its state",
				"CheckIncompleteOutdated": "{{.Count}} of {{.Total}} translations are outdated, {{.Lines}}; --list-missing lists them all",
			}},
		Check{Name: "stale", Severity: Error, Completeness: true,
			Doc: "a segment marked done whose source_hash is not the hash of its source: the source changed after it was translated",
			Messages: map[string]string{
				"CheckStale": "the segment is marked {{.State}} but its source changed after it was translated (source_hash {{.Hash}}, the source's is {{.Want}})",
			}},
		Check{Name: "source-changed", Severity: Error, Completeness: true,
			Doc: "the target catalog's copy of a source differs from the source catalog: run terjime segment",
			Messages: map[string]string{
				"CheckSourceChanged": "the catalog's copy of the source differs from the source catalog; run terjime segment",
			}},
		Check{Name: "identical", Severity: Warning, Text: checkIdentical,
			Doc: "the translation is the source, unchanged",
			Messages: map[string]string{
				"CheckIdentical": "the translation is the source, unchanged",
			}},
		Check{Name: "control-chars", Severity: Error, Text: checkControls,
			Doc: "a control character (ESC, NUL, BEL, a lone CR, C1…; tab and line breaks are text) in a source, or one a translation adds or drops",
			Messages: map[string]string{
				"CheckControlTarget": "the translation holds the control character {{.Char}}: remove it (text may hold tabs and line breaks, no other control character)",
				"CheckControlSource": "the source holds the control character {{.Char}}: remove it from the article and run terjime segment",
				"CheckControlCount":  "the translation does not keep the source's control characters {{.Char}} (the source has {{.Source}}, the translation {{.Target}})",
			}},
		Check{Name: "obsolete", Severity: Warning,
			Doc: "an obsolete entry (a removed sentence) is still in the catalog",
			Messages: map[string]string{
				"CheckObsolete": "obsolete entry: its sentence was removed from the article (terjime segment --purge-obsolete drops it)",
			}},
		Check{Name: "unknown-id", Severity: Error, Completeness: true,
			Doc: "a target catalog has a segment the source catalog does not",
			Messages: map[string]string{
				"CheckUnknownID": "segment {{.ID}} is not in the source catalog",
			}},
		Check{Name: "missing-id", Severity: Error, Completeness: true,
			Doc: "a source segment is missing from the target catalog: run terjime segment",
			Messages: map[string]string{
				"CheckMissingID": "segment {{.ID}} of the source catalog is missing; run terjime segment",
			}},
		Check{Name: "duplicate-id", Severity: Error, Completeness: true,
			Doc: "two entries of a catalog share an ID",
			Messages: map[string]string{
				"CheckDuplicateID": "the ID {{.ID}} is used twice (also at line {{.Line}})",
			}},
		// numbers and dates
		Check{Name: "numbers", Severity: Error, Text: checkNumbers,
			Doc: "a number or date of the source is missing or changed in the translation (four and 4, два and 2 are the same number)",
			Messages: map[string]string{
				"CheckNumberMissing":  `the number "{{.Number}}" is missing from the translation`,
				"CheckNumberAdded":    `the translation has the number "{{.Number}}", which is not in the source`,
				"CheckNumberChanged":  `the number "{{.Source}}" of the source is "{{.Target}}" in the translation`,
				"CheckNumbersMissing": "numbers of the source are missing from the translation: {{.Numbers}}",
				"CheckNumbersAdded":   "the translation has numbers that are not in the source: {{.Numbers}}",
			}},
		Check{Name: "number-added", Severity: Off,
			Doc: "a number a translation adds to a source that gives none, in digits or words («12 калибр», «от 1 до 7»), or beside every number of the source kept: as often the translator's explanation as not, so off unless [check] severity turns it on; found by numbers, on with it (its messages are numbers')"},
		Check{Name: "number-format", Severity: Warning,
			Doc: "a number written with the source language's separators, which the target language reads otherwise (32,000 is 32 in Russian); found by numbers, on with it",
			Messages: map[string]string{
				"CheckNumberGroupSpace":  `{{.Source}} → {{.Target}}: {{.Language}} digits are grouped with a space: {{.Want}}`,
				"CheckNumberGroupMark":   `{{.Source}} → {{.Target}}: {{.Language}} digits are grouped with "{{.Mark}}": {{.Want}}`,
				"CheckNumberDecimalMark": `{{.Source}} → {{.Target}}: {{.Language}} decimals are written with "{{.Mark}}": {{.Want}}`,
				"CheckInRussian":         "in Russian",
				"CheckInTurkmen":         "in Turkmen",
				"CheckInLocale":          "in {{.Locale}}",
			}},
		// punctuation and whitespace
		Check{Name: "end-punctuation", Severity: Warning, Text: checkEndPunctuation,
			Doc: "the translation ends with other punctuation than the source",
			Messages: map[string]string{
				"CheckEndPunctuation":        `the source ends with "{{.Source}}" but the translation with "{{.Target}}"`,
				"CheckEndPunctuationMissing": `the source ends with "{{.Source}}" but the translation has no end punctuation`,
				"CheckEndPunctuationAdded":   `the translation ends with "{{.Target}}" but the source has no end punctuation`,
			}},
		Check{Name: "whitespace", Severity: Warning, Text: checkWhitespace,
			Doc: "leading or trailing space differs from the source, or a space stands before punctuation",
			Messages: map[string]string{
				"CheckLeadingSpace":           "the translation's leading space differs from the source",
				"CheckTrailingSpace":          "the translation's trailing space differs from the source",
				"CheckSpaceBeforePunctuation": `a space before "{{.Mark}}"`,
			}},
		Check{Name: "double-space", Severity: Warning, Text: checkDoubleSpace,
			Doc: "two spaces in a row in the translation",
			Messages: map[string]string{
				"CheckDoubleSpace": "two spaces in a row",
			}},
		Check{Name: "repeated-word", Severity: Warning, Text: checkRepeatedWord,
			Doc: "a word repeated (\"воду воду\")",
			Messages: map[string]string{
				"CheckRepeatedWord": `the word "{{.Word}}" is repeated`,
			}},
		Check{Name: "brackets", Severity: Warning, Text: checkBrackets,
			Doc: "unbalanced brackets in the translation",
			Messages: map[string]string{
				"CheckBrackets": "the brackets of the translation do not balance",
			}},
		Check{Name: "quotes", Severity: Warning, Text: checkQuotes,
			Doc: "unbalanced quotation marks in the translation",
			Messages: map[string]string{
				"CheckQuotes": "the quotation marks of the translation do not balance",
			}},
		// language
		Check{Name: "mixed-language", Severity: Warning, Text: checkMixedLanguage,
			Doc: "English words left in a Russian or Turkmen translation (\"the\", \"and\", \"of\"… outside names, code and quotes)",
			Messages: map[string]string{
				"CheckMixedLanguage": "English left in the translation: {{.Words}}",
			}},
		Check{Name: "suffix-harmony", Severity: Warning, Text: checkSuffixHarmony,
			Doc: "a Turkmen ending after an acronym or number that breaks vowel harmony (MHG-nyň for MHG-niň: G is read «ge»)",
			Messages: map[string]string{
				"CheckSuffixHarmony": `"{{.Word}}" breaks vowel harmony: write "{{.Want}}" (the ending follows the last letter's or number's name as it is read)`,
			}},
		Check{Name: "quote-style", Severity: Warning, Text: checkQuoteStyle,
			Doc: "quotation marks that are not the locale's («…» in Russian and Turkmen)",
			Messages: map[string]string{
				"CheckQuoteStyle": "quotation marks {{.Found}} where {{.Locale}} uses {{.Want}}",
			}},
		// consistency
		Check{Name: "inconsistent-translation", Severity: Warning,
			Doc: "the same source translated differently",
			Messages: map[string]string{
				"CheckInconsistentTranslation": "the same source is translated differently in segment {{.Other}} ({{.Where}})",
			}},
		Check{Name: "inconsistent-source", Severity: Warning,
			Doc: "the same translation for sources one word apart, unless the document's other translations render the two words alike (words of opposite meaning, top and bottom, are reported then too)",
			Messages: map[string]string{
				"CheckInconsistentSource":         "the same translation stands for a different source in segment {{.Other}} ({{.Where}})",
				"CheckInconsistentSourceCopy":     "the translation seems copied from segment {{.Other}} ({{.Where}}), whose source differs in one word: elsewhere the document translates the two words differently",
				"CheckInconsistentSourceOpposite": "the same translation stands for segment {{.Other}} ({{.Where}}), whose source differs in a word of the opposite meaning",
			}},
		// URLs, placeholders, markup
		Check{Name: "urls", Severity: Error, Text: checkURLs,
			Doc: "a URL of the source is missing from the translation, or its scheme or host changed (a link to the page in the reader's language is no finding)",
			Messages: map[string]string{
				"CheckURLMissing": "the URL {{.URL}} is missing or changed in the translation",
			}},
		Check{Name: "url-path", Severity: Warning,
			Doc: "a URL of the translation keeps the source's scheme and host but changes its last path part (a translated placeholder?); found by urls, on with it",
			Messages: map[string]string{
				"CheckURLPath": "the URL {{.URL}} reads {{.Target}} in the translation: a translated placeholder in a URL?",
			}},
		Check{Name: "emails", Severity: Error, Text: checkEmails,
			Doc: "an e-mail address of the source is missing or changed in the translation (an example address of the reader's language is no finding)",
			Messages: map[string]string{
				"CheckEmailMissing": "the e-mail address {{.Address}} is missing or changed in the translation",
			}},
		Check{Name: "placeholders", Severity: Error, Text: checkPlaceholders,
			Doc: "placeholders ({{.Name}}, %s, {0}) differ from the source",
			Messages: map[string]string{
				"CheckPlaceholderMissing": "the placeholder {{.Placeholder}} is missing from the translation",
				"CheckPlaceholderAdded":   "the translation has the placeholder {{.Placeholder}}, which is not in the source",
			}},
		Check{Name: "placeholder-name", Severity: Warning,
			Doc: "a placeholder whose name the translation translated ({attribute} → {атрибут}), once per segment; found by placeholders, on with it",
			Messages: map[string]string{
				"CheckPlaceholderTranslated": "translated placeholder names: {{.Placeholders}}; only the source's names are filled in",
			}},
		Check{Name: "markup", Severity: Error, Text: checkMarkup,
			Doc: "markup tags (<b>, </a>) differ from the source beyond the translator's style (stress added or of another kind, lines broken elsewhere), or inline codes (<1>…</1>, <2/>) are missing, repeated, unpaired or wrongly nested",
			Messages: map[string]string{
				"CheckTagMissing":     "the tag {{.Tag}} is missing from the translation",
				"CheckTagAdded":       "the translation has the tag {{.Tag}}, which is not in the source",
				"CheckCodeMissing":    "the code {{.Code}} of the source is missing from the translation",
				"CheckCodeDuplicated": "the code {{.Code}} appears more than once in the translation",
				"CheckCodeUnknown":    "the translation has the code {{.Code}}, which is not in the source",
				"CheckCodeUnpaired":   "the code {{.Code}} closes before it opens",
				"CheckCodeMisnested":  "the code {{.Code}} closes out of order: paired codes must nest",
			}},
		// length
		Check{Name: "length", Severity: Warning,
			Doc: "the translation is far longer or shorter than the locale's usual ratio, or short of it and lacking a number, option, path or final stop of its source",
			Messages: map[string]string{
				"CheckLengthLong":      "the translation is {{.Ratio}} times as long as the source; {{.Locale}} translations are usually {{.Norm}} times",
				"CheckLengthShort":     "the translation is only {{.Ratio}} times as long as the source; {{.Locale}} translations are usually {{.Norm}} times",
				"CheckLengthShortLost": "the translation is only {{.Ratio}} times as long as the source and lacks its “{{.Lost}}”: a part may be missing; {{.Locale}} translations are usually {{.Norm}} times",
				"CheckLengthShortCut":  "the translation is only {{.Ratio}} times as long as the source and breaks off without the source's final “{{.End}}”: it may be cut short; {{.Locale}} translations are usually {{.Norm}} times",
			}},
	)
}

// Translation is a done translation and its source, as a check of one
// translation sees them.
type Translation struct {
	// Source and Target are the texts without their inline codes;
	// CodedSource and CodedTarget as the catalogs have them (<1>…</1>).
	Source, Target           string
	CodedSource, CodedTarget string
	// Locale is the target locale.
	Locale string

	src, tgt textInfo // what one pass over each text found
	codes    bool     // the source has inline codes
	addrs    bool     // r.strs[0] and [1] hold the source's URLs and addresses
	r        *localeRun
	pm       int32
	seg      *catalog.Segment
	note     string // the source segment's note
	kind     string // the source segment's role (item, heading…)
	sep      string // the skeleton text after the source segment
	name     string // the check that runs
}

// Report records a finding of the running check on the segment, with the
// message key and its data, unless the segment's notes silence the check.
func (t *Translation) Report(key string, args map[string]any) {
	t.r.emit(t.pm, t.seg, t.note, t.name, key, args)
}

// reportAs records a finding of another check than the running one, one
// whose findings the running check makes on its way (number-format, of
// numbers).
func (t *Translation) reportAs(name, key string, args map[string]any) {
	t.r.emit(t.pm, t.seg, t.note, name, key, args)
}

// addresses returns the URLs and e-mail addresses of the source, found
// once for both checks.
func (t *Translation) addresses() (urls, emails []string) {
	r := t.r
	if !t.addrs {
		t.addrs = true
		r.strs[0], r.strs[1] = r.strs[0][:0], r.strs[1][:0]
		if t.src.f&(fColon|fAt) != 0 || strings.Contains(t.Source, "www.") {
			r.strs[0], r.strs[1] = scanURLs(t.Source, r.strs[0], r.strs[1])
		}
	}
	return r.strs[0], r.strs[1]
}

// Each text check looks first at what the pass over the texts found, and
// runs only where it can find something.

func checkIdentical(t *Translation) {
	if t.Target == t.Source && prose(t.Source) {
		t.Report("CheckIdentical", nil)
	}
}

// checkControls finds control characters (ESC, NUL, BEL…) that a
// translation adds, which would be published and obeyed by a terminal
// that prints the text, or the source's that it does not keep. A control
// character the source has and the translation keeps is not the
// translator's doing: the source's are reported once, for the source
// (sourceControls), not in every translation.
func checkControls(t *Translation) {
	if (t.src.f|t.tgt.f)&fControl == 0 {
		return
	}
	for _, s := range [2]string{t.Target, t.Source} {
		for rest := s; ; {
			i, c := ctlchar.Find(rest)
			if i < 0 {
				break
			}
			rest = rest[i+1:]
			ns, nt := countControl(t.Source, c), countControl(t.Target, c)
			switch {
			case ns == nt:
				continue
			case ns == 0:
				t.Report("CheckControlTarget", map[string]any{"Char": ctlchar.Name(c)})
			default:
				t.Report("CheckControlCount", map[string]any{"Char": ctlchar.Name(c), "Source": ns, "Target": nt})
			}
			return
		}
	}
}

// countControl counts the control character c in s.
func countControl(s string, c rune) int {
	n := 0
	for {
		i, d := ctlchar.Find(s)
		if i < 0 {
			return n
		}
		if d == c {
			n++
		}
		s = s[i+1:]
	}
}

func checkNumbers(t *Translation) {
	if (t.src.f|t.tgt.f)&fDigit == 0 || t.src.setting {
		return
	}
	r := t.r
	r.num.groups, r.num.seps = r.num.groups[:0], r.num.seps[:0]
	r.nums[0], r.nums[1] = r.nums[0][:0], r.nums[1][:0]
	// The text up to its last digit, and the few bytes after it that
	// end a printf verb (%.50s).
	if t.src.firstDigit >= 0 {
		r.num.printf = printfText(t.Source)
		r.nums[0] = r.num.scanNumbersIn(t.Source[:min(len(t.Source), t.src.lastDigit+8)], t.src.firstDigit, r.nums[0])
	}
	if t.tgt.firstDigit >= 0 {
		r.num.printf = printfText(t.Target)
		r.nums[1] = r.num.scanNumbersIn(t.Target[:min(len(t.Target), t.tgt.lastDigit+8)], t.tgt.firstDigit, r.nums[1])
	}
	sc := &r.num
	sc.numberDiff(r.nums[0], r.nums[1], r.srcSym, r.tgtSym)
	left := false
	for i := range sc.src {
		left = left || !sc.src[i].used
	}
	for i := range sc.tgt {
		left = left || !sc.tgt[i].used
		if sc.tgt[i].viaSource {
			t.numberFormat(nil, &sc.tgt[i])
		}
	}
	if !left {
		return
	}
	// A date or time given as its format (12/31/99 → дд/мм/гг).
	patterned(sc.src, formatPatterns(t.Target, sc.pats[:0]))
	patterned(sc.tgt, formatPatterns(t.Source, sc.pats[:0]))
	// A name with digits (EXPR1) said fewer times in the translation,
	// once "both expressions": the name is there.
	for i := range sc.src {
		a := &sc.src[i]
		if a.used || !a.tok.glued {
			continue
		}
		for j := range sc.tgt {
			if sc.tgt[j].tok.glued && sc.tgt[j].canon == a.canon {
				a.used = true
				break
			}
		}
	}
	// The same digits written with other separators: one finding that
	// says how the locale writes the number, not a missing and an added.
	for i := range sc.src {
		for j := range sc.tgt {
			a, b := &sc.src[i], &sc.tgt[j]
			if !a.used && !b.used && len(a.tok.groups) > 1 && a.tok.half == b.tok.half && slices.Equal(a.tok.groups, b.tok.groups) {
				a.used, b.used = true, true
				t.numberFormat(a, b)
			}
		}
	}
	// A number in digits on one side, in words on the other.
	// A word the translator adds in brackets after a number says it
	// once more: «10 (десять)» is one ten.
	srcLang, tgtLang := numWordsLang(r.srcLocale), numWordsLang(t.Locale)
	aside := asides(t.Source, t.Target, srcLang)
	tgt := t.Target
	if w := wordAsides(tgt, aside); w != nil {
		tgt = blankSpans(tgt, w)
	}
	sc.words[0] = restated(sc.src, t.Source, t.Target, srcLang, numberWords(t.Source, srcLang, sc.words[0][:0]))
	sc.words[1] = restated(sc.tgt, tgt, t.Source, tgtLang, numberWords(tgt, tgtLang, sc.words[1][:0]))
	if srcLang != tgtLang {
		// the source language's words the translation keeps, in code
		// or a name (--first-line-number, FIRST_PAGE)
		sc.words[1] = numberWords(tgt, srcLang, sc.words[1])
	}
	// A label without any number rendered as one word with digits: the
	// translator's way to say it (AM / PM → «12-часовой»), or keys
	// (GnuPG's answer keys SsEeAaQq → 11223300).
	keyed := t.src.firstDigit < 0 && len(sc.words[0]) == 0 && oneToken(t.Target)
	// And the reverse: a one-word name with digits rendered as one word
	// of the target's own letters (BIN2DEC → «ДВ.В.ДЕС», 3_D → «Объём»):
	// a name translated, its digits with it.
	renamed := t.tgt.firstDigit < 0 && oneToken(t.Source) && oneToken(t.Target) && hasLetter(t.Source) && hasLetter(t.Target) && !hasASCIILetter(t.Target) && !ordinal(t.Source)
	// A word on both sides ("two or more" → «двух или более») is a
	// number of its own, none left over in digits.
	sc.said[0] = append(sc.said[0][:0], sc.words[0]...)
	sc.said[1] = append(sc.said[1][:0], sc.words[1]...)
	sc.words[0], sc.words[1] = cancelWords(sc.words[0], sc.words[1])
	sc.words[1] = decades(sc.src, sc.tgt, t.Source, t.Target, sc.words[1])
	spell(sc.src, t.Source, sc.words[1])
	// The source's number words the translation does not say; "one" and
	// "once" are as often a pronoun or "formerly" as a number.
	var unsaid []uint64
	for _, w := range spell(sc.tgt, t.Target, sc.words[0]) {
		if w != 1 {
			unsaid = append(unsaid, w)
		}
	}
	fractions(sc.src, t.Source, sc.words[1])
	fractions(sc.tgt, t.Target, sc.words[0])
	listMarkers(sc.src, t.Source)
	listMarkers(sc.tgt, t.Target)
	sizes(sc.src, sc.tgt, t.Source, t.Target)
	decimalFractions(sc.src, sc.tgt, t.Source)
	decimalFractions(sc.tgt, sc.src, t.Target)
	centuryYears(sc.src, sc.tgt, t.Source, t.Target, tgtLang)
	centuryOfYears(sc.src, sc.tgt, t.Source)
	// Each number is reported once.
	var lost, added []*numItem
	for i := range sc.src {
		it := &sc.src[i]
		if !it.used && !renamed && !t.givenOtherwise(it, sc.tgt) && !hasText(lost, it) {
			lost = append(lost, it)
		}
	}
	label, roman := labelLetter(t.Source)
	heading := 0
	if headingLabel(t.Source) == 0 {
		heading = headingLabel(t.Target)
	}
	for i := range sc.tgt {
		it := &sc.tgt[i]
		if it.used || keyed || it.tok.glued || glued(t.Target, it.tok, t.Source) || idiom(t.Target, it.tok, t.Source) || hasText(added, it) {
			continue
		}
		if unitFraction(t.Target, it.tok, sc.tgt) {
			continue // «1/20 секунды» for "20ths of seconds": one twentieth
		}
		if manSection(t.Target, it.tok, t.Source) || it.canon.kind == kindInt && it.canon.a != 0 && (it.canon.a == label || it.canon.a == roman) {
			continue
		}
		if it.tok.at < heading {
			continue // «F.1. Preamble»: the heading's number
		}
		// An aside or a range's start the translator adds explains the
		// text, unless the source lost a number: then it may be the
		// lost number restated ("between 1 and 10" → «(0-10)»).
		if len(lost) == 0 && (inSpans(aside, it.tok.at) || rangeStart(t.Target, it.tok, sc.tgt)) {
			continue
		}
		added = append(added, it)
	}
	// A number said once more or once less than in the source, its value
	// there on the other side ("0 (lossless) to 51" → «от 0 до 51, 0 —
	// без потерь»), is a number restated, not a number lost or added —
	// unless nothing else changed: then it is what changed (2008-2013 and
	// 2008-2013 → 2009-2013 and 2008-2013).
	lost, added = clockHours(lost, added)
	lost, added = t.convertedUnits(lost, added, sc.src, sc.tgt)
	lost, added = scaledExample(lost, added)
	lost, added = localisedExample(t.Source, t.Target, sc.src, sc.tgt, lost, added)
	l, a := absent(lost, sc.tgt, sc.said), absent(added, sc.src, [2][]uint64{sc.said[1], sc.said[0]})
	said := lost // the source's numbers not found as they were, said elsewhere or not
	if len(l)+len(a) > 0 || len(lost) == 0 || len(added) == 0 {
		lost, added = l, a
	}
	// One number in place of another is one change (RFC 5322 → RFC-2822).
	if len(lost) == 1 && len(added) == 1 {
		t.Report("CheckNumberChanged", map[string]any{"Source": lost[0].tok.text, "Target": added[0].tok.text})
		return
	}
	// Many numbers lost or added are one change: a list of values given
	// for its description ("the day (01 to 31)" → «01, 02, 03, … 31»), a
	// table left out.
	if len(lost) > maxNumbersApart {
		t.Report("CheckNumbersMissing", map[string]any{"Numbers": numberList(lost)})
		lost = nil
	}
	for _, it := range lost {
		t.Report("CheckNumberMissing", map[string]any{"Number": it.tok.text})
	}
	// A number the translation adds is its own addition (number-added):
	// an explanation, a list of values, a history retold with more years,
	// and all a source that gives no number adds; the numbers the source
	// lost, if any, are findings of their own. It is a number changed
	// (numbers') when it is a slip away from a number of the source not
	// found as it was (clock_gettime(2) → clock_gettime(3), 2 said
	// elsewhere too), or the source has a number word of its size that the
	// translation does not say ("three people" → «2 человека»; a retold
	// hint's "three bricks" is no «40—70-е годы» it adds).
	var changed, own []*numItem
	for _, it := range added {
		if partNumber(t.Target, it.tok) < 0 && (wordOfSize(it, unsaid) || slipOf(it, said)) {
			changed = append(changed, it)
		} else {
			own = append(own, it)
		}
	}
	t.reportAdded("numbers", changed)
	t.reportAdded("number-added", own)
}

// reportAdded reports the numbers a translation adds as findings of
// check name: each its own, or more than maxNumbersApart as one.
func (t *Translation) reportAdded(name string, added []*numItem) {
	if len(added) > maxNumbersApart {
		t.reportAs(name, "CheckNumbersAdded", map[string]any{"Numbers": numberList(added)})
		return
	}
	for _, it := range added {
		t.reportAs(name, "CheckNumberAdded", map[string]any{"Number": it.tok.text})
	}
}

// wordOfSize reports whether one of words, the values of number words,
// has as many digits as integer a, or a is no integer.
func wordOfSize(a *numItem, words []uint64) bool {
	if len(words) == 0 {
		return false
	}
	if a.canon.kind != kindInt {
		return true
	}
	return slices.ContainsFunc(words, func(w uint64) bool {
		return w&(fractionWord|halfWord) != 0 || len(strconv.FormatUint(w, 10)) == len(strconv.FormatUint(a.canon.a, 10))
	})
}

// slipOf reports whether the number a is one keystroke away from one of
// lost, as written (3 for 2, 52 for 53, 92.168.1.5 for 192.168.1.5).
func slipOf(a *numItem, lost []*numItem) bool {
	for _, l := range lost {
		if levenshtein.ComputeDistance(a.tok.text, l.tok.text) == 1 {
			return true
		}
	}
	return false
}

// maxNumbersApart is how many numbers lost (or added) a translation's
// findings name one by one; more are one finding with a list.
const maxNumbersApart = 3

// numberList lists numbers as written, the first eight of them.
func numberList(items []*numItem) string {
	var b strings.Builder
	for i, it := range items {
		if i == 8 {
			b.WriteString(" …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(it.tok.text)
	}
	return b.String()
}

// absent returns the numbers of items that the other side does not
// write anywhere as they are written, a decimal in either notation (7.62,
// 7,62), nor say in a word where their own side gives them in digits only
// (words: the number words of items' side and of the other, as read):
// "8-ball" twice, «восьмёрка» once is said once less; "0 (zero)" →
// «(ноль)» lost its digit. 0000 lost where the other side has 00 is a
// number lost, not one restated.
func absent(items []*numItem, other []numItem, words [2][]uint64) []*numItem {
	var out []*numItem
	for _, it := range items {
		if !slices.ContainsFunc(other, func(o numItem) bool {
			return bareText(o.tok) == bareText(it.tok) || it.canon.kind == kindDecimal && o.matches(it.canon)
		}) && (it.canon.kind != kindInt || slices.Contains(words[0], it.canon.a) || !slices.Contains(words[1], it.canon.a)) {
			out = append(out, it)
		}
	}
	return out
}

// bareText is a number as written, a bare decimal's point left out: .300
// and 300 are one caliber written two ways.
func bareText(t numToken) string {
	if t.bare {
		return t.text[1:]
	}
	return t.text
}

// hasText reports whether one of items is written as it is.
func hasText(items []*numItem, it *numItem) bool {
	for _, x := range items {
		if x.tok.text == it.tok.text {
			return true
		}
	}
	return false
}

// timesAfter reports whether a "times" word follows number tok of s: «в
// 2 раза», "3 times", «2 esse».
func timesAfter(s string, tok numToken) bool {
	rest := strings.TrimLeft(s[tok.at+len(tok.text):], " \u00a0")
	for _, w := range []string{"раз", "times", "esse"} {
		if after, ok := strings.CutPrefix(rest, w); ok && (after == "" || !isLetter(firstRune(after)) || w == "раз" && strings.HasPrefix(after, "а")) {
			return true
		}
	}
	return false
}

// fractions marks as used the two numbers of a fraction (1/2, 1/4, 2/3
// with its numerator said: «две трети»), and a percentage of 25, 50 or
// 75, for which the other side has a word ("half", «полстраницы»,
// «четверть»: "25% less likely" is «на четверть меньший шанс», 75 % «три
// четверти»), and a number of times less for a fraction's word ("half
// speed" is «в 2 раза медленнее», "a third of the level" «в 3 раза
// меньше»): each word for one fraction.
func fractions(items []numItem, s string, words []uint64) {
	for i := range items {
		it := &items[i]
		if !it.used && it.canon.kind == kindInt && it.canon.a >= 2 && it.canon.a <= 10 && timesAfter(s, it.tok) {
			if k := slices.Index(words, fractionWord|it.canon.a); k >= 0 {
				it.used = true
				words[k] = fractionWord
				continue
			}
		}
		if it.used || !it.tok.isInt(25) && !it.tok.isInt(50) && !it.tok.isInt(75) || !percentAfter(s, it.tok) {
			continue
		}
		if it.canon.a == 75 {
			// «три четверти»: three and a quarter's word
			k3, kq := slices.Index(words, 3), slices.Index(words, fractionWord|4)
			if k3 >= 0 && kq >= 0 {
				it.used = true
				words[k3], words[kq] = fractionWord, fractionWord
			}
			continue
		}
		if k := slices.Index(words, fractionWord|100/it.canon.a); k >= 0 {
			it.used = true
			words[k] = fractionWord
		}
	}
	for i := 0; i+1 < len(items); i++ {
		a, b := &items[i], &items[i+1]
		if !overBar(s, a.tok, b.tok) || b.used && a.used {
			continue
		}
		one := a.tok.text == "1"
		// "1/1000ths of a second": the denominator's ordinal says it,
		// «в тысячных долях секунды» (and spell has matched it)
		nths := one && strings.HasPrefix(s[b.tok.at+len(b.tok.text):], "th")
		if b.used {
			a.used = nths
			continue
		}
		den := digitsValue(0, b.tok.text)
		// three halves, «полтора»: a number and a half
		if num := digitsValue(0, a.tok.text); den == 2 && num%2 == 1 && !a.used {
			if k := slices.Index(words, halfWord|num/2); k >= 0 {
				a.used, b.used = true, true
				words[k] = fractionWord
				continue
			}
		}
		// one half, a quarter: the word says both numbers; two thirds,
		// «две трети»: the numerator is a number word of its own
		if !one && !a.used {
			continue
		}
		for k, w := range words {
			if w == fractionWord|den || nths && w == den {
				a.used, b.used = true, true
				words[k] = fractionWord
				break
			}
		}
	}
}

// glued reports whether a number that follows a word and a hyphen
// ("base-64", "UTF-8") stands glued to that word on the other side
// ("base64", "UTF8"): a name spelt two ways, not a number lost.
func glued(s string, tok numToken, other string) bool {
	if tok.at < 2 || s[tok.at-1] != '-' {
		return false
	}
	w := tok.at - 1
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:w])
		if !isLetter(r) {
			break
		}
		w -= size
	}
	if w == tok.at-1 {
		return false
	}
	return strings.Contains(strings.ToLower(other), strings.ToLower(s[w:tok.at-1]+tok.text))
}

// cancelWords drops the values that both lists have, each once.
func cancelWords(a, b []uint64) ([]uint64, []uint64) {
	for i := 0; i < len(a); {
		k := slices.Index(b, a[i])
		if k < 0 {
			i++
			continue
		}
		b = slices.Delete(b, k, k+1)
		a = slices.Delete(a, i, i+1)
	}
	return a, b
}

// restated drops from words, the number words of s, each word's number
// that s gives again in brackets after it ("Hexagon (6)", «шесть (6)»):
// one number, which the other side must give, in digits or in words.
// Unless the other side keeps the brackets empty ("May (05)" → «Май
// ()»): then it lost the digits it meant to give.
func restated(items []numItem, s, other, lang string, words []uint64) []uint64 {
	if strings.Contains(other, "()") {
		return words
	}
	for i := range items {
		it := &items[i]
		at, end := it.tok.at, it.tok.at+len(it.tok.text)
		if len(words) == 0 {
			break
		}
		if it.canon.kind != kindInt || at < 3 || end >= len(s) || s[at-1] != '(' || s[end] != ')' {
			continue
		}
		before := strings.TrimRight(s[:at-1], " ")
		w := before[strings.LastIndexFunc(before, func(r rune) bool { return !isLetter(r) })+1:]
		if v := numberWords(w, lang, nil); len(v) == 1 && v[0] == it.canon.a {
			if k := slices.Index(words, v[0]); k >= 0 {
				words = slices.Delete(words, k, k+1)
			}
		}
	}
	return words
}

// spell marks as used the integers of items, numbers of s, that a number
// word of the other side stands for, each word for one number, and
// returns the words left. A number and the scale word after it («15
// тысяч», "1.2 million") stand for their product ("fifteen thousand").
func spell(items []numItem, s string, words []uint64) []uint64 {
	for i := range items {
		if len(words) == 0 {
			return words
		}
		it := &items[i]
		if it.used {
			continue
		}
		val, scaledVal := it.canon.a, uint64(0)
		if k := scaleAfter(s, it.tok); k != 0 {
			if f := it.canon.float() * float64(k); f == math.Trunc(f) && f < 1<<53 {
				scaledVal = uint64(f)
			}
		}
		switch {
		case it.canon.kind == kindDecimal && it.canon.b == 0:
			val = it.canon.a // $0.00 said as «нулевой», 1.0 frame as «один кадр»
		case it.canon.kind == kindDecimal && it.canon.fracN == 1 && it.canon.b == 5:
			val = halfWord | it.canon.a // 1.5 as «полтора», 2.5 as «два с половиной»
			if it.canon.a == 0 {
				val = fractionWord | 2 // 0.5 as «полтонны», «полчаса»
			}
		case it.canon.kind != kindInt:
			if scaledVal == 0 {
				continue
			}
			val = scaledVal // "1.2 million" is no 1
		}
		for k, v := range words {
			if v == val || v == scaledVal && scaledVal != 0 {
				it.used = true
				words[k] = words[len(words)-1]
				words = words[:len(words)-1]
				break
			}
		}
	}
	return words
}

// onTheHour reports whether a source number is a time on the hour
// (08:00) whose translation gives the hour alone and says it is one:
// «в 8 часов», «sagat 8-de». The hour is then used.
func (t *Translation) onTheHour(it *numItem, tgt []numItem) bool {
	g := it.tok.groups
	if len(g) != 2 || g[1] != "00" || it.tok.seps[0] != ':' || len(g[0]) > 2 {
		return false
	}
	if !strings.Contains(t.Target, "час") && !strings.Contains(t.Target, "sagat") {
		return false
	}
	h := digitsValue(0, g[0])
	for i := range tgt {
		if !tgt[i].used && tgt[i].canon == (numKey{kind: kindInt, a: h}) {
			tgt[i].used = true
			return true
		}
	}
	return false
}

// givenOtherwise reports whether a source number left over is in the
// translation all the same, not in digits of its own value: on the hour,
// as a part of the day, in thousands, in words, a third party's, glued to
// a name, an idiom, a name's habit, a numeronym spelled out, a
// superscript, scaled, UTC, a year in full. Some mark the translation's
// number they match as used (tgt).
func (t *Translation) givenOtherwise(it *numItem, tgt []numItem) bool {
	s, tok, other := t.Source, it.tok, t.Target
	return t.onTheHour(it, tgt) || t.dayPart(it, tgt) || thousands(s, it, tgt) || t.saidInWords(it) ||
		thirdParty(s, it) || course101(s, it, other) || glued(s, tok, other) || idiom(s, tok, other) || t.keptName(s, tok, other) ||
		spelledNumeronym(s, tok, other) || superscript(s, tok, other) || scaled(s, it, other, tgt) ||
		utcOffset(s, tok, other) || shortYear(s, tok, tgt) || yearsAsPeriod(s, tok, other) || nthsDecimal(s, tok, tgt) ||
		percentTimes(s, tok, other, tgt) || sectionRef(s, tok, other)
}

// partWords are a manual's parts as the source names them before their
// number ("Section 6.6, “Indexed mode”") and the stems a translation
// names them with («раздел», «глава»…, Turkmen «bölüm»…; a section may
// be a «глава» and a chapter a «раздел»).
var partWords = []struct {
	en    string
	stems []string
}{
	{"section", []string{"раздел", "глав", "bölüm"}}, {"chapter", []string{"глав", "раздел", "bap"}},
	{"appendix", []string{"приложени", "goşundy"}}, {"figure", []string{"рисун", "surat"}},
	{"table", []string{"таблиц", "tablisa"}}, {"example", []string{"пример", "mysal"}},
}

// sectionRef reports whether a number is that of a cross-reference to a
// part of the manual that gives the part's title too ("Section 6.6,
// “Indexed mode”", "Chapter 3, “Undoing”"), which the translation names
// by its title: the number a link's text, which the translation's
// manual numbers its own way. A reference dropped with its part's word
// stays a finding.
func sectionRef(s string, tok numToken, other string) bool {
	k := partNumber(s, tok)
	if k < 0 {
		return false
	}
	// The translation names the part by its title: its word at a word's
	// start, followed by a title, never by a number or by the comma a
	// lost number leaves («Раздел , «Общие свойства»»).
	low := strings.ToLower(other)
	named := false
	for _, w := range partWords[k].stems {
		for i := 0; ; {
			at := strings.Index(low[i:], w)
			if at < 0 {
				break
			}
			at += i
			if r, _ := utf8.DecodeLastRuneInString(low[:at]); at > 0 && isLetter(r) {
				i = at + len(w) // inside a word: «например»
				continue
			}
			end := lettersEnd(low, at)
			next := strings.TrimLeft(low[end:], " \u00a0")
			if next != "" && (isDigit(next[0]) || next[0] == ',' || next[0] == '.') {
				return false
			}
			named, i = true, end
		}
	}
	return named
}

// partNumber returns which of partWords names the part whose number tok
// of s is, when the part is named with its title too: a part's word
// before the number (Section, «Раздел», «в разделе») and a comma and the
// quoted title after it; else -1. A translation that adds such a
// reference adds no fact (number-added's).
func partNumber(s string, tok numToken) int {
	after := s[tok.at+len(tok.text):]
	if !strings.HasPrefix(after, ", “") && !strings.HasPrefix(after, ", \"") && !strings.HasPrefix(after, ", «") {
		return -1
	}
	before := strings.ToLower(strings.TrimRight(s[:tok.at], " \u00a0"))
	last := before[strings.LastIndexFunc(before, func(r rune) bool { return !isLetter(r) })+1:]
	for k, p := range partWords {
		if last == p.en || slices.ContainsFunc(p.stems, func(w string) bool { return strings.HasPrefix(last, w) }) {
			return k
		}
	}
	return -1
}

// nthsDecimal reports whether a power of ten is the denominator of a
// fraction said as an ordinal ("10th seconds", "100ths of a second") that
// the other side writes as a decimal (0,1 секунды, 0,01). The other side's
// number is then used.
func nthsDecimal(s string, tok numToken, items []numItem) bool {
	if len(tok.text) < 2 || tok.text[0] != '1' || strings.Trim(tok.text[1:], "0") != "" || !strings.HasPrefix(s[tok.at+len(tok.text):], "th") {
		return false
	}
	for i := range items {
		x := &items[i]
		if !x.used && x.canon.kind == kindDecimal && x.canon.a == 0 && x.canon.b == 1 && int(x.canon.fracN) == len(tok.text)-1 {
			x.used = true
			return true
		}
	}
	return false
}

// idiom reports whether a number of s is part of a term the other side
// may say in words or leave out: 3D, 1:1, 100%.
func idiom(s string, tok numToken, other string) bool {
	return dimensions(s, tok, other) || oneToOne(s, tok, other) || whole(s, tok, other) || digitRange(s, tok, other) || power(s, tok, other) ||
		rightAngle(s, tok, other)
}

// percentTimes reports whether a number is a percentage in hundreds that
// the other side gives as so many times: a zoom "by 800 percent" as «в 8
// раз», a growth "by 100%" as twice as much («вдвое», «в два раза», «iki
// esse»). The other side's number, where it gives one, is then used.
func percentTimes(s string, tok numToken, other string, items []numItem) bool {
	if len(tok.text) < 3 || !strings.HasSuffix(tok.text, "00") || tok.text[0] == '0' {
		return false
	}
	rest := strings.ToLower(strings.TrimLeft(s[tok.at+len(tok.text):], " \u00a0"))
	if !strings.HasPrefix(rest, "%") && !strings.HasPrefix(rest, "percent") && !strings.HasPrefix(rest, "процент") {
		return false
	}
	n := digitsValue(0, tok.text) / 100 // times as much as a zoom; one more as a growth
	for i := range items {
		if x := &items[i]; !x.used && x.canon.kind == kindInt && (x.canon.a == n || x.canon.a == n+1) && timesAfter(other, x.tok) {
			x.used = true
			return true
		}
	}
	return saysAny(other, timesWords[n]...) || saysAny(other, timesWords[n+1]...)
}

// timesWords say so many times as much in a word or two.
var timesWords = map[uint64][]string{
	2: {"вдвое", "в два раза", "iki esse"},
	3: {"втрое", "в три раза", "üç esse"},
	4: {"вчетверо", "в четыре раза", "dört esse"},
}

// saysAny reports whether text s says one of words, lower-case stems or
// phrases: the other side's words for what a number says («квадрат» for
// an exponent 2, «вдвое» for a growth by 100 %).
func saysAny(s string, words ...string) bool {
	if len(words) == 0 {
		return false
	}
	low := strings.ToLower(s)
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(low, w) })
}

// rightAngle reports whether a number is the 90 of "90 degrees" that the
// other side calls a right angle: «кратный прямому углу», «göni burç».
func rightAngle(s string, tok numToken, other string) bool {
	if tok.text != "90" {
		return false
	}
	rest := strings.ToLower(strings.TrimLeft(s[tok.at+len(tok.text):], " -\u00a0"))
	if !strings.HasPrefix(rest, "°") && !strings.HasPrefix(rest, "degree") && !strings.HasPrefix(rest, "градус") && !strings.HasPrefix(rest, "gradus") {
		return false
	}
	return saysAny(other, "прям") && saysAny(other, "угол", "угл") || saysAny(other, "göni burç")
}

// power reports whether a number is the exponent 2 or 3 of a power
// written with a caret (chi^2, x^3) that the other side says in a word:
// «Хи-квадрат», «в кубе».
func power(s string, tok numToken, other string) bool {
	if tok.at == 0 || s[tok.at-1] != '^' {
		return false
	}
	switch tok.text {
	case "2":
		return saysAny(other, "квадрат", "square", "kwadrat")
	case "3":
		return saysAny(other, "куб", "cube", "kub")
	}
	return false
}

// digitRange reports whether a number is an end of a range of digits
// (0-9, 0..9, "1 to 0" along a keyboard) that the other side calls
// digits: "may only contain a-Z, 0-9" → «буквы, цифры», "arrows digits"
// → «стрелки 0-9».
func digitRange(s string, tok numToken, other string) bool {
	if len(tok.text) != 1 || !digitWord(other) {
		return false
	}
	single := func(at int) bool {
		return at >= 0 && at < len(s) && isDigit(s[at]) && (at == 0 || !isDigit(s[at-1])) && (at+1 == len(s) || !isDigit(s[at+1]))
	}
	for _, dash := range []string{"-", "–", "..", " to ", " - ", " – "} {
		if strings.HasPrefix(s[tok.at+1:], dash) && single(tok.at+1+len(dash)) ||
			strings.HasSuffix(s[:tok.at], dash) && single(tok.at-len(dash)-1) {
			return true
		}
	}
	return false
}

// digitWord reports whether s names digits: "digits", «цифры», «цифровые
// клавиши», "sifrler".
func digitWord(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "digit") || strings.Contains(low, "цифр") || strings.Contains(low, "sifr")
}

// ordinal reports whether s is a number with an English ordinal's ending
// (6th, 2nd): a number, not a name («6-ое»).
func ordinal(s string) bool {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	switch strings.ToLower(s[i:]) {
	case "st", "nd", "rd", "th":
		return i > 0
	}
	return false
}

// dayParts are the words for a part of the day that give a time of the
// 12-hour clock its half: «6 вечера» is 6 p.m., «sagat 6-da agşam» too.
var dayParts = [...]string{"утра", "дня", "вечера", "ночи", "irden", "öýlän", "agşam", "gije"}

// dayPart reports whether a source time of the 12-hour clock (6 p.m.,
// 2:35 PM) is given in the translation as the same time of the clock
// and a word for the part of the day («6 вечера», «2:35 дня»). The
// target's number is then used.
func (t *Translation) dayPart(it *numItem, tgt []numItem) bool {
	c, ok := it.tok.clock()
	if it.tok.half == 0 || !ok || !slices.ContainsFunc(dayParts[:], func(w string) bool { return strings.Contains(t.Target, w) }) {
		return false
	}
	const half = 12 * 3600
	for i := range tgt {
		x := &tgt[i]
		v, ok := x.tok.clock()
		if len(x.tok.groups) == 1 && len(x.tok.groups[0]) <= 2 {
			v, ok = digitsValue(0, x.tok.groups[0])*3600, true
		}
		if !x.used && ok && v%half == c%half {
			x.used = true
			return true
		}
	}
	return false
}

// unitFraction reports whether number tok of s is the 1 over a fraction
// bar whose denominator, among items, matched the source: "20ths" given
// as «1/20».
func unitFraction(s string, tok numToken, items []numItem) bool {
	return tok.text == "1" && slices.ContainsFunc(items, func(x numItem) bool { return x.used && overBar(s, tok, x.tok) })
}

// overBar reports whether numbers a and b of s are a fraction's numerator
// and denominator: b follows a and a slash (1/20, 3/4).
func overBar(s string, a, b numToken) bool {
	end := a.at + len(a.text)
	return end < len(s) && s[end] == '/' && b.at == end+1
}

// course101 reports whether a source number is the 101 of a title that
// says "the basics" ("Computer Science 101", "101 Home Repairs"), which a
// translation says in words («Информатика для начинающих», «Основы
// домашнего ремонта»).
func course101(s string, it *numItem, other string) bool {
	if it.tok.text != "101" {
		return false
	}
	return saysAny(other, "основ", "начинающ", "введение")
}

// thirdParty reports whether a source number is the 3 of "3rd party"
// ("3rd-party extensions", "3rd parties"): an idiom for someone else's,
// «сторонний», no count or rank.
func thirdParty(s string, it *numItem) bool {
	end := it.tok.at + len(it.tok.text)
	if it.tok.text != "3" || end+8 > len(s) || s[end:end+2] != "rd" || s[end+2] != ' ' && s[end+2] != '-' {
		return false
	}
	return indexASCIIFold(s[end+3:], "part") == 0
}

// thousands reports whether a source number written with a K for
// thousand ("more than 100K items") is in the translation written out
// («более 100 000 элементов»). The target's number is then used.
func thousands(s string, it *numItem, tgt []numItem) bool {
	end := it.tok.at + len(it.tok.text)
	if it.canon.kind != kindInt || end >= len(s) || s[end]|0x20 != 'k' || letterAt(s, end+1) {
		return false
	}
	want := numKey{kind: kindInt, a: it.canon.a * 1000}
	for i := range tgt {
		if x := &tgt[i]; !x.used && x.matches(want) {
			x.used = true
			return true
		}
	}
	return false
}

// saidInWords reports whether a source number that no single number
// word stands for is said in the translation's words: ">0" as
// «положительное», "0 items" as «ничего», 1.5 as «полуторный».
func (t *Translation) saidInWords(it *numItem) bool {
	switch c := it.canon; {
	case c == numKey{kind: kindInt, a: 0}:
		before := strings.TrimRight(t.Source[:it.tok.at], " ")
		return strings.HasSuffix(before, ">") && strings.Contains(t.Target, "положительн") || saidAsNone(t.Source, it.tok, t.Target)
	case c == numKey{kind: kindInt, a: 1} && it.tok.text == "1" && t.r.russian:
		// "up 1 page" → «на страницу», "over 1 year" → «больше года»:
		// in Russian one of a thing is the noun alone
		return singularAfter(t.Source[it.tok.at+1:])
	case c == numKey{kind: kindDecimal, a: 1, b: 5, fracN: 1}:
		return strings.Contains(strings.ToLower(t.Target), "полутор")
	case c == numKey{kind: kindDecimal, a: 0, b: 5, fracN: 1}:
		// half a unit said as one word: «поллитровый», «полметра»
		low := strings.ToLower(t.Target)
		return strings.Contains(low, "поллитр") || strings.Contains(low, "полметр") || strings.Contains(low, "полкило")
	}
	return t.period(it)
}

// periods are spans of time a text may give as a count of a smaller unit
// or as one word: "12 months" is «год», "24 hours" «сутки».
var periods = []struct {
	count uint64
	unit  string // the English unit after the count
	words []string
}{
	{12, "month", []string{"год", "годов", "ýyl"}},
	{7, "day", []string{"недел", "hepde"}},
	{24, "hour", []string{"сутк", "суточ", "gije-gündiz"}},
	{60, "minute", []string{"час", "sagat"}},
	{60, "second", []string{"минут", "minut"}},
	{100, "year", []string{"век", "столет", "asyr"}},
}

// period reports whether a source count of a unit of time that makes a
// larger one ("on 12 last months") is said in the translation as that
// larger one («за год»).
func (t *Translation) period(it *numItem) bool {
	if it.canon.kind != kindInt {
		return false
	}
	after := strings.Fields(strings.TrimPrefix(t.Source[it.tok.at+len(it.tok.text):], "-")) // "12-month"
	if len(after) > 2 {
		after = after[:2] // the unit, or a word and the unit ("12 last months")
	}
	var low string
	for _, p := range periods {
		if p.count != it.canon.a || !slices.ContainsFunc(after, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), p.unit) }) {
			continue
		}
		if low == "" {
			low = strings.ToLower(t.Target)
		}
		if slices.ContainsFunc(p.words, func(w string) bool { return strings.Contains(low, w) }) {
			return true
		}
	}
	return false
}

// singularAfter reports whether s starts with a space and an English
// noun in the singular: a word of small letters a–z that does not end
// in "s" and is no function word (page, year; not "pages", "of").
func singularAfter(s string) bool {
	if len(s) < 2 || s[0] != ' ' {
		return false
	}
	n := 1
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	w := s[1:n]
	return len(w) >= 3 && w[len(w)-1] != 's' && !englishFunctionWords[w] &&
		(n == len(s) || !isASCIILetter(s[n]) && !isDigit(s[n]))
}

// numberFormat reports a target number written with the source locale's
// separators where the target locale reads them otherwise: 32,000 is 32
// in Russian, which writes 32 000. src is the source number when the two
// were not matched otherwise.
//
// A pair in brackets, (100,100), is a point's coordinates or an interval,
// not one number; a text about how digits are grouped or separated shows
// its examples in the notation it speaks of ("grouping of digits, e.g.
// 1,000,000").
func (t *Translation) numberFormat(src, tgt *numItem) {
	if t.Target == t.Source {
		return // not translated at all: "identical" says so
	}
	r := t.r
	key, mark := "", r.tgtSym.group
	v := tgt.tok.canonical(r.srcSym)
	if src != nil {
		v = src.tok.canonical(r.srcSym)
	}
	switch {
	case v.kind == kindInt && len(tgt.tok.groups) > 1:
		key = "CheckNumberGroupMark"
		if isGroupSpace(mark) || mark == ' ' {
			key = "CheckNumberGroupSpace"
		}
	case v.kind == kindDecimal && (src != nil || percentAfter(t.Target, tgt.tok)):
		// 3.5 for 3,5 is left alone unless it is a share (42.9 %): a
		// version (GTK 3.0) keeps its full stop in any language.
		key, mark = "CheckNumberDecimalMark", r.tgtSym.decimal
	default:
		return
	}
	if bracketPair(t.Target, tgt.tok) || aboutNotation(t.Source) {
		return
	}
	from := tgt.tok.text
	if src != nil {
		from = src.tok.text
	}
	t.reportAs("number-format", key, map[string]any{
		"Source": from, "Target": tgt.tok.text, "Want": r.formatNumber(v),
		"Language": inLanguage(r.locale), "Mark": string(mark),
	})
}

// bracketPair reports whether number tok of s is numbers joined by commas
// that fill a pair of brackets: two, a point's coordinates or an interval,
// (100,100), [0,255]; or any in braces, a shell's alternatives,
// SHA{224,256,384,512}.
func bracketPair(s string, tok numToken) bool {
	end := tok.at + len(tok.text)
	if tok.at == 0 || end >= len(s) || len(tok.seps) == 0 || slices.ContainsFunc(tok.seps, func(r rune) bool { return r != ',' }) {
		return false
	}
	switch open, close := s[tok.at-1], s[end]; {
	case open == '{' && close == '}':
		return true
	case open == '(' && close == ')', open == '[' && close == ']':
		return len(tok.groups) == 2
	}
	return false
}

// notationWords are what an English text says when it speaks of the
// separators of numbers.
var notationWords = []string{"grouping of digits", "digit grouping", "thousands separator", "thousands' separator",
	"thousand separator", "thousands grouping", "thousands' grouping", "group separator", "grouping separator",
	"decimal point", "decimal separator", "decimal mark", "decimal comma", "radix character"}

// aboutNotation reports whether English text s speaks of how numbers are
// grouped or separated.
func aboutNotation(s string) bool {
	for _, w := range notationWords {
		if indexASCIIFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// inLanguage is "in Russian", as a message of its own: each UI language
// says it its way (в русском языке, rus dilinde).
func inLanguage(loc string) Msg {
	switch locale.Base(loc) {
	case "ru":
		return Msg{"CheckInRussian", nil}
	case "tk":
		return Msg{"CheckInTurkmen", nil}
	}
	return Msg{"CheckInLocale", map[string]any{"Locale": loc}}
}

// percentAfter reports whether a percent sign follows the number.
func percentAfter(s string, tok numToken) bool {
	rest := strings.TrimLeft(s[tok.at+len(tok.text):], " \u00a0\u202f")
	return strings.HasPrefix(rest, "%")
}

func checkEndPunctuation(t *Translation) {
	a, b := endPunct(t.Source), endPunct(t.Target)
	switch {
	case a == b:
	case (a == ":" || b == ":") && (a == "." || b == "." || a == "" || b == "") && (codeFollows(t.sep) || listFollows(t.sep)):
		// A sentence that introduces a code block or a list may end with
		// a colon in one language and a stop or nothing in the other
		// ("The package includes" → «Пакет включает:»).
	case b == ";" && (a == "." || a == "" || a == ",") && t.r.russian && (t.kind == "item" || listItemEnd(t.Source) || bulleted(t.Source)):
		// Russian list items end with a semicolon (and start in lower
		// case), the last one with a stop.
	case b == "" && a == "." && (t.kind == "link-title" || t.kind == "attribute" || t.kind == "title" || t.kind == "heading"):
		// A link's title or a tag's attribute is a tooltip or a label,
		// not a sentence of the text: its stop is a choice of style. A
		// headline ends with none in Russian and Turkmen.
	case a == "." && b == ":" && abbreviationEnd(t.Source):
		// "…has many features, e.g." → «…среди которых:»: both lead to
		// what follows.
	case b == "":
		if listItemEnd(t.Source) {
			return // the last item of an indented list need not end with a stop
		}
		if a == "." && abbreviationEnd(t.Source) && !abbreviationEnd(t.Target+".") || valueEnd(t.Target) {
			return
		}
		t.Report("CheckEndPunctuationMissing", map[string]any{"Source": a})
	case (a == "." || a == "…") && (b == "." || b == "…") && (fourDots(t.Source) || fourDots(t.Target)):
		// "Click Details... to view them." → «…нажмите кнопку
		// Подробности....»: which of the two a fourth dot ends is a guess.
	case a == "…" && b == "." && (abbreviationEnd(t.Target) || openList(t.Source)):
		// "similar to rbenv, pyenv, phpenv, ..." → «…, phpenv и т. д.»:
		// a list left open, closed.
	case a == "." && b == "…" && (abbreviationEnd(t.Source) || progressive(t.Source)):
		// "…, 50, 59.94, etc.)" → «…, 50, 59,94, ...)»: an ellipsis for
		// etc.; "Refreshing." → «Обновление…»: a process going on.
	case a == "" && (b == "." || b == "…"):
		// The translation closes a sentence, or ends with an abbreviation
		// (и т.д.): a choice of style.
	case a == "":
		t.Report("CheckEndPunctuationAdded", map[string]any{"Target": b})
	case (a == "!" || a == "?") && strings.Contains(t.Target, a+" "):
		// The translation says the source's last sentence, then one of
		// its own ("… могут быть разными! Список переводчиков…").
	default:
		t.Report("CheckEndPunctuation", map[string]any{"Source": a, "Target": b})
	}
}

// bulleted reports whether s starts with a list's bullet and a space
// ("- aux2bib extracts…", "* item", "• item"): an item on its own.
func bulleted(s string) bool {
	return len(s) >= 2 && strings.IndexByte("-*+", s[0]) >= 0 && s[1] == ' ' || strings.HasPrefix(s, "• ")
}

// openList reports whether s ends with a list left open: a comma right
// before its closing dots ("rbenv, pyenv, phpenv, ..."), or three items
// or more ("PNG, JPEG, PS, EPS and SVG(Z)..."), not a clause ("Reading
// folder permissions, please wait…").
func openList(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".…")
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ",") || strings.Count(s[max(0, len(s)-60):], ", ") >= 2
}

// progressive reports whether s is one short sentence that starts with
// a verb in -ing ("Refreshing.", "Updating system configuration."): the
// status of a process going on, which a translation may end with an
// ellipsis.
func progressive(s string) bool {
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	return n > 4 && strings.HasSuffix(s[:n], "ing") && len(s) < 60 && !strings.Contains(s[:len(s)-1], ". ")
}

// abbreviationEnd reports whether s ends with an abbreviation whose full
// stop is also the sentence's ("… 1K 234M 2G etc."): a translation that
// spells it out, or puts the list in brackets, needs no stop of its own;
// one that ends with an abbreviation too ("и т. д") does.
func abbreviationEnd(s string) bool {
	s = strings.TrimRight(s, ")]}»”\"' ") // "…, 59.94, etc.)"
	for _, a := range [...]string{"etc.", "e.g.", "i.e.", "Inc.", "Ltd.", "Co.", "vs.", "т. д.", "т.д.", "т. п.", "т.п.", "др.", "ş. m.", "ş.m."} {
		if strings.HasSuffix(s, a) && !isLetter(lastRune(s[:len(s)-len(a)])) {
			return true
		}
	}
	return false
}

// valueEnd reports whether s ends with a placeholder after a colon, a
// label and its value ("Метки изменены: %d"), which takes no stop.
func valueEnd(s string) bool {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(s[i+1:])
	return rest != "" && !strings.ContainsAny(rest, " ") && (rest[0] == '%' && printfVerb(rest) == len(rest) || rest[0] == '{' && rest[len(rest)-1] == '}')
}

func checkWhitespace(t *Translation) {
	if (t.src.f|t.tgt.f)&(fSpaceAtEdge|fNonASCIISpace) != 0 {
		// A fragment that joins the text before it (", and ") is « и »
		// in Russian: the space after its comma is its leading space.
		joins := strings.HasPrefix(t.Source, ", ") || strings.HasPrefix(t.Source, "; ")
		if leadingSpace(t.Source) != leadingSpace(t.Target) && !(joins && leadingSpace(t.Target)) {
			t.Report("CheckLeadingSpace", nil)
		}
		if trailingSpace(t.Source) != trailingSpace(t.Target) {
			t.Report("CheckTrailingSpace", nil)
		}
	}
	if t.tgt.f&fSpacePunct != 0 {
		if m := spaceBeforePunct(t.Target); m != 0 && spaceBeforePunct(t.Source) != m {
			t.Report("CheckSpaceBeforePunctuation", map[string]any{"Mark": string(m)})
		}
	}
}

func checkDoubleSpace(t *Translation) {
	if t.tgt.f&fDoubleSpace != 0 && t.src.f&fDoubleSpace == 0 && typoDoubleSpace(t.Target) {
		t.Report("CheckDoubleSpace", nil)
	}
}

func checkRepeatedWord(t *Translation) {
	w := repeatedWord(t.Target)
	if w == "" {
		return
	}
	if sw := repeatedWord(t.Source); sw != "" && (!slipWord(sw) || strings.EqualFold(sw, w)) || possessiveChain(t.Source) || strings.Count(t.Source, w) >= 2 {
		// the source says it twice too: "its children's children" →
		// «потомков потомков», "Delay Plugins Delay Munge" → «Модули
		// Delay Delay Munge»; its own slip, "mark the the episodes",
		// is no reason for the translation's
		return
	}
	if _, ok := numWords["tk"][strings.ToLower(w)]; ok && t.r.turkmen {
		// A Turkmen number word said twice is meant: Turkmen doubles
		// words to distribute or stress them, and interface strings
		// render "binary (base 2)" as «iki iki».
		return
	}
	t.Report("CheckRepeatedWord", map[string]any{"Word": w})
}

// slipWord reports whether an English word said twice in a row is a
// slip: an article, a preposition or a conjunction ("the the", "to to"),
// where "this this" ("if you read this this is Clara") and "had had"
// may be meant.
func slipWord(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "to", "of", "in", "on", "for", "with", "and", "or", "from", "by", "at":
		return true
	}
	return false
}

// possessiveChain reports whether English s says a word's own one
// ("its children's children", "the owner's owner").
func possessiveChain(s string) bool {
	for i := strings.Index(s, "'s "); i > 0; {
		w := s[strings.LastIndexFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) })+1 : i]
		if len(w) >= 3 && strings.HasPrefix(s[i+3:], w) {
			return true
		}
		k := strings.Index(s[i+3:], "'s ")
		if k < 0 {
			break
		}
		i += 3 + k
	}
	return false
}

func checkBrackets(t *Translation) {
	if t.tgt.f&fBracket != 0 && !bracketsBalanced(t.Target) && bracketsBalanced(t.Source) {
		t.Report("CheckBrackets", nil)
	}
}

func checkQuotes(t *Translation) {
	const quoteChars = fStraightQuote | fGuillemet | fCurlyQuote
	if t.tgt.f&quoteChars != 0 && !quotesBalanced(t.Target) && quotesBalanced(t.Source) &&
		!asciiQuotes(t.Source) {
		// A source with ` or ' has its own quotation marks (`…', '…'),
		// which a translation renders as «…»: a lone one is a translated
		// lone one.
		t.Report("CheckQuotes", nil)
	}
}

// codeFollows reports whether the skeleton text after a segment opens a
// code block: a fence (``` or ~~~), an indented block after a blank line,
// or <pre>.
func codeFollows(sep string) bool {
	if sep == "" {
		return false
	}
	l, i := blockAfter(sep)
	if i == 0 {
		first, _, _ := strings.Cut(sep, "\n")
		return strings.Contains(first, "<pre")
	}
	t := strings.TrimLeft(l, " ")
	return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") ||
		strings.HasPrefix(t, "<pre") || i > 1 && (len(l)-len(t) >= 4 || strings.HasPrefix(l, "\t"))
}

// blockAfter returns the first line with text of the skeleton after a
// segment, past the rest of the segment's own line and blank lines, and
// its place among sep's lines (0: there is none).
func blockAfter(sep string) (string, int) {
	rest := sep
	for i := 0; ; i++ {
		l, more, ok := strings.Cut(rest, "\n")
		if i > 0 && strings.TrimSpace(l) != "" {
			return l, i
		}
		if !ok {
			return "", 0
		}
		rest = more
	}
}

// listFollows reports whether the skeleton text after a segment opens a
// list: a bullet or a number on the next line with text ("\n\n- "), or
// an HTML list, after the paragraph's closing tags ("</p>\n<ul>").
func listFollows(sep string) bool {
	first, _, _ := strings.Cut(sep, "\n")
	l, _ := blockAfter(sep)
	for _, t := range [2]string{first, strings.TrimLeft(l, " \t")} {
		for strings.HasPrefix(t, "</") && strings.IndexByte(t, '>') > 0 {
			t = strings.TrimLeft(t[strings.IndexByte(t, '>')+1:], " \t")
		}
		n := 0
		for n < len(t) && isDigit(t[n]) {
			n++
		}
		if strings.HasPrefix(t, "<ul") || strings.HasPrefix(t, "<ol") || strings.HasPrefix(t, "<li") || bulleted(t) ||
			n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
			return true
		}
	}
	return false
}

// listItemEnd reports whether s ends with an item of a list over several
// lines (a command's help: "  --root <dir>  use <dir>.", "  * item"): the
// last line is indented and starts with a bullet or an option, or sets its
// text in a column after two spaces. An indented closing sentence ("    Returns
// success unless…") is no item.
func listItemEnd(s string) bool {
	s = strings.TrimRight(s, "\n")
	i := strings.LastIndexByte(s, '\n')
	if i < 0 {
		return false
	}
	last := s[i+1:]
	item := strings.TrimLeft(last, " \t")
	if len(item) == len(last) && !strings.HasPrefix(last, "-") && !strings.HasPrefix(last, "*") {
		return false // not indented
	}
	return strings.HasPrefix(item, "-") || strings.HasPrefix(item, "*") || strings.HasPrefix(item, "•") ||
		strings.Contains(item, "  ") || strings.Contains(item, "\t")
}

// asciiQuotes reports whether s has a lone ` or ' quotation mark (a
// source that is just "'", or "keyword `"), or closes a quotation with '
// before it opens one with ` (a piece of a message cut between two
// quotations: "f' and `c"): an apostrophe inside a word (can't) does not
// count, nor does a plural's possessive outside a quotation (the users'
// `config' file), and pairs (`…', '…') balance.
func asciiQuotes(s string) bool {
	n, ticks, open := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`':
			if ticks == 0 && n%2 == 1 {
				return true // an odd ' before the first `: it closed one
			}
			n++
			ticks++
			open++
		case '\'':
			switch {
			case i > 0 && i < len(s)-1 && isLetter(rune(s[i-1])) && isLetter(rune(s[i+1])):
				// an apostrophe inside a word
			case open == 0 && pluralPossessive(s, i):
			case i == 0 || isSpaceByte(s[i-1]) || s[i-1] == '(' || s[i-1] == '[':
				n++
				open++
			default:
				n++
				if open > 0 {
					open--
				}
			}
		}
	}
	return n%2 == 1
}

// pluralPossessive reports whether the ' at s[i] ends a plural's
// possessive: after the s of a word of three letters or more, before no
// letter (the users' files).
func pluralPossessive(s string, i int) bool {
	return i >= 3 && (s[i-1] == 's' || s[i-1] == 'S') && isLetter(rune(s[i-2])) && isLetter(rune(s[i-3])) &&
		(i+1 == len(s) || !isLetter(rune(s[i+1])))
}

func checkMixedLanguage(t *Translation) {
	r := t.r
	if !r.english || t.Target == t.Source || !r.turkmen && !hasASCIILetter(t.Target) {
		return
	}
	if synopsis(t.Source, t.Target) {
		return // a command's synopsis: its keywords stay (if COMMANDS; then…)
	}
	lang := "ru"
	if r.turkmen {
		lang = "tk"
	}
	if ws := englishLeft(lang, t.Source, t.Target, &r.toks); ws != nil {
		t.Report("CheckMixedLanguage", map[string]any{"Words": quoteList(ws)})
	}
}

func checkSuffixHarmony(t *Translation) {
	if !t.r.turkmen || strings.IndexByte(t.Target, '-') < 0 {
		return
	}
	words, fixes := suffixBreaks(t.Target)
	for k := range words {
		t.Report("CheckSuffixHarmony", map[string]any{"Word": words[k], "Want": fixes[k]})
	}
}

func checkQuoteStyle(t *Translation) {
	r := t.r
	if r.hasStyle && t.tgt.f&(fStraightQuote|fCurlyQuote) != 0 && !keptFrame(t.Source, t.Target) {
		if q := foreignQuotes(proseQuotes(t.Target, t.Source), r.quotes[0], r.quotes[1]); q != "" {
			t.Report("CheckQuoteStyle", map[string]any{"Found": q, "Locale": r.locale, "Want": string(r.quotes[0]) + "…" + string(r.quotes[1])})
		}
	}
}

// keptFrame reports whether a translation keeps its source's text outside
// quotation marks as it is and translates only what they quote: code
// whose strings are translated (SF-COLOR "label" → SF-COLOR "название",
// " of " & #PAGECOUNT# → " из " & #PAGECOUNT#). Its quotation marks are
// the code's, not the translation's prose. A text left as it is keeps
// its findings, and a text that is all quotation, a sentence ("We are
// ready") rather than a token ("fontname"), is prose.
func keptFrame(src, tgt string) bool {
	if src == tgt {
		return false
	}
	// most translations differ before their first quotation mark: no
	// need to build the frames
	i, j := strings.IndexAny(src, "\"“"), strings.IndexAny(tgt, "\"“")
	if i < 0 || j < 0 || strings.TrimSpace(src[:i]) != strings.TrimSpace(tgt[:j]) {
		return false
	}
	outside := func(s string) (string, bool) {
		var b strings.Builder
		token := true
		for {
			i := strings.IndexAny(s, "\"“")
			if i < 0 {
				b.WriteString(s)
				break
			}
			closeQ := "\""
			if strings.HasPrefix(s[i:], "“") {
				closeQ = "”"
			}
			open := s[i:]
			_, n := utf8.DecodeRuneInString(open)
			j := strings.Index(open[n:], closeQ)
			if j < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			b.WriteByte(0) // where a quotation stood
			if strings.ContainsRune(open[n:n+j], ' ') {
				token = false
			}
			s = open[n+j+len(closeQ):]
		}
		return collapse(b.String()), token
	}
	so, stok := outside(src)
	to, _ := outside(tgt)
	if so != to || !strings.ContainsRune(so, 0) {
		return false
	}
	return strings.Trim(so, "\x00 .,:;") != "" || stok
}

// proseQuotes returns tgt with the quotation marks that are not the
// text's own blanked out: those inside markup tags and their attributes
// (<a href="…">) or declarations (<!DOCTYPE HTML PUBLIC "…">), inside
// `code`, around an option or attribute value (--sep="…", x="1"), around
// a quoted character or symbol ("<", "\""), around a function's argument
// in code (printf("…")), around code the source quotes the same way
// ("\[ha]", "dir/new"), and, when the source has a lone straight quote
// (it speaks of the character), every straight quote.
func proseQuotes(tgt, src string) string {
	if !strings.ContainsAny(tgt, "<`=\"“”") {
		return tgt
	}
	b := []byte(tgt)
	blank := func(i, j int) {
		for k := i; k < j; k++ {
			if b[k] == '"' {
				b[k] = ' '
			} else if b[k] == 0xE2 && k+2 < len(b) && b[k+1] == 0x80 && (b[k+2] == 0x9C || b[k+2] == 0x9D) {
				b[k], b[k+1], b[k+2] = ' ', ' ', ' '
				k += 2
			}
		}
	}
	if strings.Count(src, "\"")%2 == 1 && strings.Count(tgt, "\"")%2 == 1 {
		blank(0, len(b))
		return string(b)
	}
	for i := 0; i < len(tgt); i++ {
		switch c := tgt[i]; {
		case c == '<' && i+1 < len(tgt) && (isLetter(rune(tgt[i+1])) || strings.IndexByte("/!?", tgt[i+1]) >= 0):
			if j := strings.IndexByte(tgt[i:], '>'); j > 0 {
				blank(i, i+j)
				i += j
			}
		case c == '`':
			if j := strings.IndexByte(tgt[i+1:], '`'); j >= 0 {
				blank(i, i+j+2)
				i += j + 1
			}
		case c == '"':
			j := strings.IndexByte(tgt[i+1:], '"')
			if j < 0 {
				break
			}
			inner := tgt[i+1 : i+1+j]
			if i > 0 && tgt[i-1] == '=' || !hasLetter(inner) && !strings.Contains(inner, "%") ||
				i > 1 && tgt[i-1] == '(' && isIdentByte(tgt[i-2]) ||
				strings.ContainsAny(inner, "\\/[]{}<>=;$|&") && !strings.Contains(inner, " ") && strings.Contains(src, tgt[i:i+j+2]) {
				blank(i, i+j+2)
			}
			i += j + 1
		}
	}
	return string(b)
}

// checkURLs wants each URL of the source in the translation. A URL of the
// translation with the same scheme, host and path but its last part is a
// warning of url-path (a translated name: https://iom.int/news →
// https://iom.int/новости); any other change, of scheme or host, is the
// error of a missing URL.
//
// A URL of the translation that is the source's in the target's language
// stands for it (https://en.wikipedia.org/wiki/JPEG →
// https://ru.wikipedia.org/wiki/JPEG, https://icq.com/linux/en →
// https://icq.com/desktop/ru), as does one that asks for https where the
// source has http: the translator chose them; each stands for one URL of
// the source. So do the page at its new address on the same host
// (https://www.kde.org/download/distributions.php →
// https://kde.org/distributions), the service's site in the reader's
// country domain (http://www.last.fm/join/ → http://www.lastfm.ru/join)
// and an e-mail address of the site in place of its page
// (www.digikam.org/support → digikam-devel@kde.org).
//
// An address the source writes out twice is wanted once: the translation
// may refer back to it («с этого сервера»). A link's target (href='…') is
// wanted as often as the source links to it: a link the reader follows is
// gone.
func checkURLs(t *Translation) {
	urls, emails := t.addresses()
	var others, mails []string
	lang, looked := "", false
	for i, u := range urls {
		if slices.Contains(urls[:i], u) {
			continue // counted at its first place
		}
		if countURL(t.Target, u) > 0 && linkTargets(t.Target, u) >= linkTargets(t.Source, u) || urlPattern(u) {
			continue
		}
		if !looked {
			looked = true
			lang = locale.Base(t.Locale)
			others = without(targetURLs(t.Target), urls)
			_, mails = scanURLs(t.Target, nil, nil)
			mails = without(mails, emails)
		}
		if k := slices.IndexFunc(others, func(v string) bool {
			return localised(u, v, lang, t.Source) || moved(u, v) || countrySite(u, v, lang)
		}); k >= 0 {
			others = slices.Delete(others, k, k+1)
			continue
		}
		if k := slices.IndexFunc(mails, func(a string) bool { return siteAddress(u, a) }); k >= 0 {
			mails = slices.Delete(mails, k, k+1)
			continue
		}
		if v := sameButLast(u, others); v != "" {
			if !metaPhrase(v[strings.LastIndexByte(strings.TrimSuffix(u, "/"), '/')+1:]) {
				t.reportAs("url-path", "CheckURLPath", map[string]any{"URL": u, "Target": v})
			}
			continue
		}
		t.Report("CheckURLMissing", map[string]any{"URL": u})
	}
}

// localised reports whether URL v of a translation into language lang is
// URL u of its source made for the translation's readers: u with https for
// http, u without the part of its path that names English (the site then
// serves the reader's language), or a page of u's site (its host without
// www. and a language label: en.wikipedia.org is wikipedia.org) whose host
// or path names lang where u does not. A page of the site's edition in
// lang (ru.wikipedia.org) under another title is u's page when its title
// is in lang's script or percent-encoded (Криптосистема_с_открытым_ключом)
// or is a name the source says (Portable_Network_Graphics → PNG beside
// "PNG format"): a Latin title the source does not say is the page of
// something else (…/Extensible_Metadata_Platform → …/ASCII), a link the
// translator added, not the one the source gives.
func localised(u, v, lang, src string) bool {
	us, uh, up := splitURL(u)
	vs, vh, vp := splitURL(v)
	if uh == vh && strings.TrimSuffix(up, "/") == strings.TrimSuffix(vp, "/") {
		return us == vs || us == "http" && vs == "https" // the same page, its slash left out
	}
	if lang == "" || site(uh) != site(vh) {
		return false
	}
	if uh == vh && strings.TrimSuffix(vp, "/") == strings.TrimSuffix(withoutEnglish(up), "/") {
		return true // the site picks the reader's language
	}
	names := func(host, path string) bool {
		for _, w := range strings.FieldsFunc(host+"/"+path, func(r rune) bool { return strings.ContainsRune("/._-?=&#", r) }) {
			if w == lang {
				return true
			}
		}
		return false
	}
	if !names(vh, vp) || names(uh, up) {
		return false
	}
	return uh == vh || sameTitle(up, vp, src)
}

// sameTitle reports whether path vp of a language edition of a site names
// the page path up names: the same last part, one in another script than
// Latin or percent-encoded, or one the source text src says.
func sameTitle(up, vp, src string) bool {
	a, b := lastPart(up), lastPart(vp)
	if strings.EqualFold(a, b) || !isASCII(b) || strings.Contains(b, "%") {
		return true
	}
	title := strings.ReplaceAll(b, "_", " ")
	return title != "" && indexASCIIFold(src, strings.ToLower(title)) >= 0
}

// lastPart is the last part of a URL's path, without its query, fragment
// and the underscores and slashes around it: /wiki/DNG_ → DNG.
func lastPart(path string) string {
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.TrimRight(path, "/")
	return strings.Trim(path[strings.LastIndexByte(path, '/')+1:], "_")
}

// moved reports whether URL v of a translation is URL u of its source at
// the address its site gives the page now: the same scheme (or https for
// http) and host (www. or not), the page's name without the extension of
// the file that served it (…/download/distributions.php → …/distributions).
func moved(u, v string) bool {
	us, uh, up := splitURL(u)
	vs, vh, vp := splitURL(v)
	if !keptScheme(us, vs) || strings.TrimPrefix(uh, "www.") != strings.TrimPrefix(vh, "www.") {
		return false
	}
	page, ext := lastPart(up), ""
	if i := strings.LastIndexByte(page, '.'); i > 0 {
		page, ext = page[:i], page[i+1:]
	}
	switch strings.ToLower(ext) {
	case "php", "html", "htm", "shtml", "asp", "aspx", "jsp":
		return page == lastPart(vp)
	}
	return false
}

// countrySite reports whether URL v of a translation into language lang is
// URL u of its source on the service's site in the reader's country: the
// same path on a host that spells u's whole host name, its top-level
// domain included, under the country's domain (www.last.fm →
// www.lastfm.ru). The same name under another domain (iom.int → iom.ru)
// is another registration, maybe another owner's: a finding.
func countrySite(u, v, lang string) bool {
	cc := countryDomain(lang)
	if cc == "" {
		return false
	}
	us, uh, up := splitURL(u)
	vs, vh, vp := splitURL(v)
	if !keptScheme(us, vs) || strings.TrimSuffix(up, "/") != strings.TrimSuffix(vp, "/") {
		return false
	}
	name := strings.ReplaceAll(strings.TrimPrefix(uh, "www."), ".", "")
	return strings.TrimPrefix(vh, "www.") == name+"."+cc
}

// keptScheme reports whether a translation's URL of scheme vs keeps the
// source's scheme us, or asks for https where the source has http.
func keptScheme(us, vs string) bool {
	return us == vs || us == "http" && vs == "https"
}

// countryDomain is the top-level domain of the country whose language is
// lang, where the two differ; "" for a language of no one country.
func countryDomain(lang string) string {
	switch lang {
	case "", "en", "es", "fr", "pt", "ar", "zh", "eo":
		return ""
	case "tk":
		return "tm"
	case "uk":
		return "ua"
	case "kk":
		return "kz"
	case "be":
		return "by"
	case "ja":
		return "jp"
	case "ky":
		return "kg"
	}
	return lang
}

// siteAddress reports whether e-mail address a of a translation is the
// address of URL u's site, which the translator gives in place of the page
// that lists it (www.digikam.org/support → digikam-devel@kde.org): the
// site's name (digikam of www.digikam.org) is in the address.
func siteAddress(u, a string) bool {
	_, host, _ := splitURL(u)
	labels := strings.Split(strings.TrimPrefix(host, "www."), ".")
	if len(labels) < 2 {
		return false
	}
	name := labels[len(labels)-2]
	return len(name) >= 3 && strings.Contains(strings.ToLower(a), name)
}

// linkTargets is how many times s links to URL u (href="u" or href='u'):
// a translation links to it as often as its source, the address written
// out in the link's text is no link (<a href="">https://…</a>).
func linkTargets(s, u string) int {
	n := 0
	for i := range places(s, u) {
		end := i + len(u)
		if i > 0 && end < len(s) && (s[end] == '"' || s[end] == '\'') && s[i-1] == s[end] && strings.HasSuffix(s[:i-1], "href=") {
			n++
		}
	}
	return n
}

// withoutEnglish is a URL's path without a part that names English ("en",
// "en-US", "en_GB"): /en/learn/ → /learn/.
func withoutEnglish(path string) string {
	for i := 0; i < len(path); i++ {
		if path[i] != '/' || !strings.HasPrefix(path[i+1:], "en") {
			continue
		}
		j := i + 3
		if j+3 <= len(path) && (path[j] == '-' || path[j] == '_') && isASCIILetter(path[j+1]) && isASCIILetter(path[j+2]) {
			j += 3
		}
		if j == len(path) || path[j] == '/' {
			return path[:i] + path[j:]
		}
	}
	return path
}

// splitURL splits a URL into its scheme ("" for www.…), host and the rest.
func splitURL(u string) (scheme, host, rest string) {
	if s, r, ok := strings.Cut(u, "://"); ok {
		scheme, u = s, r
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		return scheme, strings.ToLower(u[:i]), u[i:]
	}
	return scheme, strings.ToLower(u), ""
}

// site is a host without "www." and a first label that names a language
// (en.wikipedia.org, de.example.org): the site the host serves.
func site(host string) string {
	host = strings.TrimPrefix(host, "www.")
	if i := strings.IndexByte(host, '.'); i == 2 && strings.Count(host, ".") >= 2 && isASCIILetter(host[0]) && isASCIILetter(host[1]) {
		return host[3:]
	}
	return host
}

// countURL is how many times URL u is in s as a whole URL, not the start
// of a longer one (https://example.com/freebusy/ of
// https://example.com/freebusy/user.xfb).
func countURL(s, u string) int {
	n := 0
	for i := range places(s, u) {
		rest := strings.TrimLeft(s[i+len(u):], ".,;:!?)'")
		if rest == "" || !isURLChar(rest[0]) {
			n++
		}
	}
	return n
}

// places yields the offsets of sub in s, each after the end of the one
// before it. sub is not empty.
func places(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			j := strings.Index(s[i:], sub)
			if j < 0 || !yield(i+j) {
				return
			}
			i += j + len(sub)
		}
	}
}

// urlPattern reports whether a URL of the source is the pattern of an
// address rather than an address — http://host[:port]/file,
// http://[user@]proxy:port/, http://location —, which a translator
// translates: it has brackets, or a host without a dot other than
// localhost.
func urlPattern(u string) bool {
	if strings.ContainsAny(u, "[]") {
		return true
	}
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return false // www.…
	}
	host := rest
	if i := strings.IndexAny(host, "/:?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	return host != "" && host != "localhost" && !strings.Contains(host, ".")
}

// without returns list without the strings of drop, in list's memory.
func without(list, drop []string) []string {
	return slices.DeleteFunc(list, func(s string) bool { return slices.Contains(drop, s) })
}

// targetURLs lists the URLs of a translation: as scanURLs, with letters of
// any script in their path.
func targetURLs(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if i > 0 && !urlStart(s[i-1]) && s[i-1] < 0x80 {
			continue
		}
		if !strings.HasPrefix(s[i:], "http://") && !strings.HasPrefix(s[i:], "https://") && !strings.HasPrefix(s[i:], "www.") {
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r < utf8.RuneSelf && !isURLChar(byte(r)) || r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		u := strings.TrimRight(s[i:j], ".,;:!?)'")
		out = append(out, u)
		i += len(u) - 1
	}
	return out
}

// metaPhrase reports whether the last part of a translation's URL is a
// phrase of its language joined by hyphens, a letter outside ASCII among
// them: the name a reader replaces, as a manual writes it
// (https://bugs.debian.org/package-name → …/имя-пакета), translated as it
// should be, not a placeholder a program fills in.
func metaPhrase(s string) bool {
	hyphen, other := false, false
	prev := ' '
	for _, r := range s {
		if r == '-' && unicode.IsLetter(prev) {
			hyphen = true
		}
		other = other || r >= utf8.RuneSelf && unicode.IsLetter(r)
		prev = r
	}
	return hyphen && other
}

// sameButLast returns the URL of tgt that is u with another last path
// part, or "".
func sameButLast(u string, tgt []string) string {
	u = strings.TrimSuffix(u, "/")
	k := strings.LastIndexByte(u, '/')
	if k < 0 || k > 0 && u[k-1] == '/' {
		return "" // no path: a changed host
	}
	for _, v := range tgt {
		v2 := strings.TrimSuffix(v, "/")
		if strings.HasPrefix(v2, u[:k+1]) && !strings.Contains(v2[k+1:], "/") && len(v2) > k+1 {
			return v
		}
	}
	return ""
}

// checkEmails wants each e-mail address of the source in the translation.
// One the translation replaces with an address of its own, not a slip of
// the source's (a typo.Closest one), is the translator's choice: an example
// in the reader's language (john@example.net → ivanov@example.net) or the
// translation team's address; one whose pattern it translates
// (username@domain.com → имя@домен, package@packages.debian.org →
// пакет@packages.debian.org) is translated as it should be. Each stands
// for one address of the source.
func checkEmails(t *Translation) {
	_, emails := t.addresses()
	var others []string
	translated := -1
	for _, e := range emails {
		if strings.Contains(t.Target, e) {
			continue
		}
		if translated < 0 {
			_, others = scanURLs(t.Target, nil, nil)
			others = without(others, emails)
			translated = translatedAddresses(t.Target)
		}
		switch {
		case typo.Closest(e, others) != "":
		case len(others) > 0:
			others = others[1:]
			continue
		case translated > 0:
			translated--
			continue
		}
		t.Report("CheckEmailMissing", map[string]any{"Address": e})
	}
}

// translatedAddresses counts the at signs of s in a word with a letter of
// another script than Latin: addresses whose names were translated
// (пакет@packages.debian.org, имя@домен, {пользователь}@{домен}.ifb).
func translatedAddresses(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		a := strings.LastIndexFunc(s[:i], unicode.IsSpace) + 1
		b := strings.IndexFunc(s[i:], unicode.IsSpace)
		if b < 0 {
			b = len(s) - i
		}
		if strings.ContainsFunc(s[a:i+b], func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsLetter(r) }) {
			n++
		}
	}
	return n
}

func checkPlaceholders(t *Translation) {
	if (t.src.f|t.tgt.f)&(fBrace|fPercent) == 0 && !(t.src.f&fBracket != 0 && strings.Contains(t.Source, "$(")) {
		return
	}
	if dateFormat(t.Source) || dateFormat(t.Target) {
		return // a strftime format: each language orders and pads its own
	}
	r := t.r
	qt := qtPlaceholders(t.Source) || qtPlaceholders(t.Target)
	r.strs[2] = scanPlaceholders(t.Source, r.strs[2][:0], qt)
	if len(r.strs[2]) == 1 && r.strs[2][0] == t.Source && !strings.HasPrefix(t.Source, "{{") && hasLetter(t.Source) {
		return // a label in braces ("{internal}"), nothing fills it in
	}
	first, second := undoForms(t.Source, kdeShown(t.Target))
	r.strs[3] = scanPlaceholders(first, r.strs[3][:0], qt)
	missing, added := multisetDiff(r.strs[2], r.strs[3])
	if second != "" {
		// each form is a translation of the source
		m2, a2 := multisetDiff(r.strs[2], scanPlaceholders(second, nil, qt))
		merge := func(dst, xs []string) []string {
			for _, x := range xs {
				if !slices.Contains(dst, x) {
					dst = append(dst, x)
				}
			}
			return dst
		}
		missing, added = merge(missing, m2), merge(added, a2)
	}
	missing, added = accessedPlaceholders(missing, added)
	missing, added = columnWidths(missing, added)
	if qt {
		// Qt fills in every %1 with the same value: a translation may
		// say it fewer times ("%1 … folder %1" → «%1 …»).
		missing = slices.DeleteFunc(missing, func(m string) bool { return qtNumber(m) == len(m) && slices.Contains(r.strs[3], m) })
	}
	var pairs []string
	if strings.IndexByte(t.Target, '{') >= 0 {
		pairs, missing, added = translatedPlaceholders(missing, added, t.Source, t.Target)
	}
	if pairs != nil {
		t.reportAs("placeholder-name", "CheckPlaceholderTranslated", map[string]any{"Placeholders": strings.Join(pairs, ", ")})
	}
	for _, x := range missing {
		t.Report("CheckPlaceholderMissing", map[string]any{"Placeholder": x})
	}
	for _, x := range added {
		t.Report("CheckPlaceholderAdded", map[string]any{"Placeholder": x})
	}
}

// undoForms splits the two forms a KDE translation of an undo command's
// name may give, one a line ("Вставка %1 кадров\nвставку %1 кадров", as
// KUndo2MagicString reads it: the command's name, then its name in the
// undo history, in lower case): each is a translation of src. A
// translation of one form is first, with second "".
func undoForms(src, tgt string) (first, second string) {
	a, b, ok := strings.Cut(tgt, "\n")
	if !ok || strings.IndexByte(src, '\n') >= 0 || strings.IndexByte(b, '\n') >= 0 {
		return tgt, ""
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(ra) || rb != unicode.ToLower(ra) {
		return tgt, ""
	}
	return a, b
}

// kdeShown is the text of a KDE translation that is shown: the part before
// "|/|", after which a Transcript script ("$[replace-pairs %1 …]")
// computes another form of it at run time.
func kdeShown(tgt string) string {
	if i := strings.Index(tgt, "|/|"); i >= 0 {
		return tgt[:i]
	}
	return tgt
}

// accessedPlaceholders drops each brace placeholder of the source that the
// translation fills in with an attribute or item of its value, and that
// one: Gramps' {long_month} written {long_month.f[Р]}, the month's name in
// the case the sentence wants. It filters both lists in place.
func accessedPlaceholders(missing, added []string) ([]string, []string) {
	return dropPaired(missing, added, func(m, a string) bool {
		if len(m) <= 2 || m[0] != '{' || m[1] == '{' {
			return false
		}
		name := m[:len(m)-1]
		return strings.HasPrefix(a, name) && len(a) > len(name) && (a[len(name)] == '.' || a[len(name)] == '[')
	})
}

// dropPaired drops each placeholder of missing that paired reports the
// translation gives as one of added, and that one, in order. It filters
// both lists in place.
func dropPaired(missing, added []string, paired func(m, a string) bool) ([]string, []string) {
	if len(missing) == 0 || len(added) == 0 {
		return missing, added
	}
	keep := missing[:0]
	for _, m := range missing {
		k := slices.IndexFunc(added, func(a string) bool { return paired(m, a) })
		if k < 0 {
			keep = append(keep, m)
			continue
		}
		added = slices.Delete(added, k, k+1)
	}
	return keep, added
}

// columnWidths drops each printf verb of the source that the translation
// gives with another width, or with a width it lacks, and that one: %-10s
// → %-15s, a table's column widened for the longer words of its language;
// %.0f → %5.0f, a number padded. It filters both lists in place.
func columnWidths(missing, added []string) ([]string, []string) {
	return dropPaired(missing, added, func(m, a string) bool {
		w := withoutWidth(m)
		return (w != m || withoutWidth(a) != a) && withoutWidth(a) == w
	})
}

// withoutWidth is printf verb v without its field width: %-10s → %-s.
func withoutWidth(v string) string {
	i := 1
	for i < len(v) && strings.IndexByte("+-#0' ", v[i]) >= 0 {
		i++
	}
	j := i
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	if len(v) < 3 || v[0] != '%' || j == i {
		return v
	}
	return v[:i] + v[j:]
}

// dateFormat reports whether s is a strftime date format ("%b %e, %Y",
// "%-d %B"): it has a conversion printf has not (%Y %B %H %M %R %T %z…)
// or a GNU no-padding flag (%-d). A name in capitals is none:
// LibreOffice's variables (%PRODUCTNAME, %MODULE, %VERSION).
func dateFormat(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		c := s[i+1]
		if c == '-' && i+2 < len(s) && strings.IndexByte("dmHIMSejkl", s[i+2]) >= 0 ||
			strings.IndexByte("YBHMRTzjAkPCDVWZ", c) >= 0 && !(i+2 < len(s) && 'A' <= s[i+2] && s[i+2] <= 'Z') {
			return true
		}
		i++ // "%%Y" is a percent sign and a Y
	}
	return false
}

// translatedPlaceholders pairs each brace placeholder of the source that
// the translation lacks with a placeholder of the translation whose name is
// in another script, in order: {attribute} → {атрибут}, {{.Name}} →
// {{.Имя}}. It returns the pairs ("{attribute} → {атрибут}") and what is
// left missing and added. A metavariable of a command's help in capitals
// translated in capitals ({FORE} → {ТЕКСТ}, as KEYWORD → КЛЮЧЕВОЕ_СЛОВО
// beside it) is the reader's to replace, translated as it should be: paired
// but not returned. So is a name in braces glued to the text around it in
// the source (notation), the argument of a command's option
// (--gui-dialog-file {fname} → {файл}) and a key's name ({Tab} → {Таб}).
func translatedPlaceholders(missing, added []string, src, tgt string) (pairs, miss, add []string) {
	var names []string
	for i := 0; i < len(tgt); i++ {
		if tgt[i] != '{' {
			continue
		}
		if i+1 < len(tgt) && tgt[i+1] == '{' {
			if end := strings.Index(tgt[i:], "}}"); end > 0 {
				i += end + 1 // a template action: among added
			}
			continue
		}
		j := strings.IndexByte(tgt[i:], '}')
		if j < 2 {
			continue
		}
		if name := tgt[i+1 : i+j]; !isASCII(name) && placeholderName(name) {
			names = append(names, tgt[i:i+j+1])
		}
		i += j
	}
	for _, a := range added {
		if strings.HasPrefix(a, "{{") && !isASCII(a) {
			names = append(names, a)
		}
	}
	if names == nil {
		return nil, missing, added
	}
	for _, m := range missing {
		k := -1
		for n, v := range names {
			if v != "" && strings.HasPrefix(m, "{{") == strings.HasPrefix(v, "{{") {
				k = n
				break
			}
		}
		if k < 0 || strings.Trim(m, "{}0123456789") == "" {
			miss = append(miss, m)
			continue
		}
		if (!allCaps(m) || !allCaps(names[k])) && !notation(src, m) && !optionArgument(src, m) && !synopsisOperand(src, m) && !keyName(m) {
			pairs = append(pairs, m+" → "+names[k])
		}
		if a := slices.Index(added, names[k]); a >= 0 {
			added = slices.Delete(added, a, a+1)
		}
		names[k] = ""
	}
	return pairs, miss, added
}

// notation reports whether each brace group m of src is glued to a word,
// a $ or a % before it or to a word after it, or is an argument of a TeX
// command: part of a syntax the text shows the reader, its name the
// reader's to replace (udev's ATTRS{attribute}, ${key}, %s{attribute},
// as's "{dis}able" for "able" or "disable", \chapter*{title},
// \multicolumn{cols}{pos}{text}), not a placeholder a program fills in,
// which stands apart.
func notation(src, m string) bool {
	if strings.HasPrefix(m, "{{") {
		return false
	}
	n := 0
	for i := range places(src, m) {
		end := i + len(m)
		before, _ := utf8.DecodeLastRuneInString(src[:i])
		after, _ := utf8.DecodeRuneInString(src[end:])
		if !(i > 0 && (before == '$' || before == '%' || unicode.IsLetter(before) || unicode.IsDigit(before)) ||
			end < len(src) && (unicode.IsLetter(after) || unicode.IsDigit(after)) || texArgument(src[:i])) {
			return false
		}
		n++
	}
	return n > 0
}

// texArgument reports whether a brace group after text s is an argument of
// a TeX command: s ends in a word that starts with a backslash and ends
// in its command's star or in another argument, optional or not
// (\chapter*, \begin{tabular*}{width}[pos]).
func texArgument(s string) bool {
	if s == "" || strings.IndexByte("*]}", s[len(s)-1]) < 0 {
		return false
	}
	word := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	return len(word) > 1 && word[0] == '\\' && isASCIILetter(word[1])
}

// synopsisOperand reports whether each brace group m of src stands in a
// command's synopsis, a line that starts with "Usage:" or has an option in
// brackets ("quilt add [-P patch] {file} ..."): an operand the reader
// replaces, translated as the rest of the synopsis's names are.
func synopsisOperand(src, m string) bool {
	n := 0
	for i := range places(src, m) {
		start := strings.LastIndexByte(src[:i], '\n') + 1
		end := strings.IndexByte(src[i:], '\n')
		if end < 0 {
			end = len(src) - i
		}
		line := src[start : i+end]
		if indexASCIIFold(strings.TrimLeft(line, " \t"), "usage:") != 0 && !strings.Contains(line, "[-") {
			return false
		}
		n++
	}
	return n > 0
}

// optionArgument reports whether each brace group m of src follows a
// command-line option, after a space or "=" (--gui-dialog-file {fname},
// -o {file}, --output={file}): the option's argument as a command's help
// names it, the reader's to replace.
func optionArgument(src, m string) bool {
	n := 0
	for i := range places(src, m) {
		before := src[:i]
		if !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "=") {
			return false
		}
		before = before[:len(before)-1]
		k := len(before)
		for k > 0 && (isASCIILetter(before[k-1]) || isDigit(before[k-1]) || before[k-1] == '-') {
			k--
		}
		opt := before[k:]
		if name := strings.TrimLeft(opt, "-"); len(opt) == len(name) || name == "" || !isASCIILetter(name[0]) {
			return false
		}
		n++
	}
	return n > 0
}

// keyName reports whether brace group m names a key of the keyboard as
// key notation writes it, capitalised: {Tab}, {Enter}, {PgUp}.
func keyName(m string) bool {
	name := strings.Trim(m, "{}")
	if name == "" || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	switch strings.ToLower(name) {
	case "tab", "space", "enter", "return", "esc", "escape", "backspace", "bs", "del", "delete", "ins", "insert",
		"pgup", "pgdn", "pageup", "pagedown", "ctrl", "shift", "alt", "capslock", "numlock", "printscreen":
		return true
	}
	return false
}

// placeholderName reports whether s reads as one name: letters, digits, _
// or . and no space.
func placeholderName(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' {
			return false
		}
	}
	return true
}

// codeMessages are the message IDs of markup.Check's problems.
var codeMessages = map[string]string{
	"missing": "CheckCodeMissing", "duplicated": "CheckCodeDuplicated", "unknown": "CheckCodeUnknown",
	"unpaired": "CheckCodeUnpaired", "misnested": "CheckCodeMisnested",
}

// prose reports whether s reads as a sentence to translate: three words
// or more, two of them in lower case, one an English function word (the,
// of, in…), and no code (: = [ _ % /). Names, codes, key names, partition
// types and copyright lines ("Pause", "SGI volume", "logout [n]",
// "Copyright (C) … Inc.") stay as they are.
func prose(s string) bool {
	if strings.ContainsAny(s, ":=[_%/") {
		return false
	}
	words, lower, function := 0, 0, false
	for _, w := range strings.Fields(s) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && len(w) > 1 {
			lower++
		}
		function = function || englishFunctionWords[strings.ToLower(strings.Trim(w, ".,;!?"))]
	}
	return words >= 3 && lower >= 2 && function
}

// translatedNames drops a missing <name> of the source for each <имя> of
// the translation: a metavariable of a command's help (<file>, <size>)
// that the translation translates, as it should, is no markup.
func translatedNames(missing, added []string, tgt string) ([]string, []string) {
	n := 0
	for i := 0; i < len(tgt); i++ {
		if tgt[i] != '<' {
			continue
		}
		j := strings.IndexByte(tgt[i:], '>')
		if j < 2 {
			continue
		}
		if name := tgt[i+1 : i+j]; !isASCII(name) && !strings.ContainsAny(name, "=/\"<") {
			n++
		}
		i += j
	}
	if n == 0 {
		return missing, added
	}
	var keep []string
	for _, m := range missing {
		if n > 0 && len(m) > 2 && !strings.ContainsAny(m[1:len(m)-1], "=/\"") {
			n--
			continue
		}
		keep = append(keep, m)
	}
	return keep, added
}

// isIdentByte reports whether c may end an identifier of code: a–z, A–Z,
// 0–9 or _.
func isIdentByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '_'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// checkMarkup checks the inline codes, each of the source's exactly once in
// the translation and properly nested, and the markup tags of the texts.
func checkMarkup(t *Translation) {
	if t.codes {
		for _, p := range markup.Check(t.CodedSource, t.CodedTarget) {
			t.Report(codeMessages[p.Kind], map[string]any{"Code": p.Code})
		}
	}
	if (t.src.f|t.tgt.f)&fAngle == 0 {
		return
	}
	r := t.r
	r.strs[2] = scanTags(t.Source, r.strs[2][:0])
	r.strs[3] = scanTags(kdeShown(t.Target), r.strs[3][:0])
	missing, added := multisetDiff(r.strs[2], r.strs[3])
	missing, added = translatedNames(missing, added, t.Target)
	missing, added = styleChanges(missing, added, r.strs[2], r.strs[3], t.Source)
	for _, x := range missing {
		if !metavariable(x, r.strs[2], r.strs[3]) {
			t.Report("CheckTagMissing", map[string]any{"Tag": x})
		}
	}
	for _, x := range added {
		if !metavariable(x, r.strs[2], r.strs[3]) {
			t.Report("CheckTagAdded", map[string]any{"Tag": x})
		}
	}
}

// styleChanges drops from the tags a translation lacks or adds those that
// change its style but not its structure, where the source is rich text
// (it has a tag) and the translation's tags of that element still pair
// up: stress it adds, or another kind of it (<b>NO_PROXY</b> →
// <tt>NO_PROXY</tt>, <filename>%1</filename> → <b>%1</b>: as many stressed
// phrases); lines broken elsewhere, more or less often, where the
// translation breaks some (even where the source breaks none), or broken
// into paragraphs where the other text breaks lines (<br> ↔ <p>); a <qt> or
// <html> wrapper or a link (to the site's page in its language) it adds.
// All line breaks dropped, stress dropped with its words, a dropped
// wrapper (Qt wraps a <qt> tooltip's lines), paragraphs, lists, tables, a
// link of the source, an element wrapping the whole source (a bold label)
// and every tag of a translation whose source is plain text stay.
func styleChanges(missing, added, src, tgt []string, source string) ([]string, []string) {
	if len(src) == 0 || len(missing)+len(added) == 0 {
		return missing, added
	}
	wrap := wholeElement(source)
	var breaks, paragraphs, stress [2]int // of src and tgt, each tag once
	for k, tags := range [2][]string{src, tgt} {
		for _, x := range tags {
			switch name, closing := tagName(x); {
			case x == "<br/>" || x == "<nl/>":
				breaks[k]++
			case closing:
			case name == "p":
				paragraphs[k]++
			case phrase[name]:
				stress[k]++
			}
		}
	}
	keep := func(x string, isMissing bool) bool {
		n, _ := tagName(x)
		switch {
		case x == "<br/>" || x == "<nl/>":
			return breaks[1] == 0 && paragraphs[1] <= paragraphs[0]
		case n == "p" && isMissing:
			return breaks[1] <= breaks[0] // not given as a line break
		case n == "p":
			return breaks[0] <= breaks[1] // not a line break given as one
		case !isMissing && (wrappers[n] || phrase[n] || n == "a"):
			return !paired(tgt, n)
		case isMissing && phrase[n] && n != wrap:
			// stressed otherwise, not dropped with its words
			return !paired(tgt, n) || stress[1] < stress[0]
		}
		return true
	}
	var m, a []string
	for _, x := range missing {
		if keep(x, true) {
			m = append(m, x)
		}
	}
	for _, x := range added {
		if keep(x, false) {
			a = append(a, x)
		}
	}
	return m, a
}

// paired reports whether the tags of element n pair up in order: each
// closes one open before it, and none is left open.
func paired(tags []string, n string) bool {
	depth := 0
	for _, x := range tags {
		name, closing := tagName(x)
		if name != n || strings.HasSuffix(x, "/>") {
			continue
		}
		if closing {
			depth--
		} else {
			depth++
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

// wholeElement is the name of the element that wraps the whole of s
// ("<b>Skip Images</b>"), or "".
func wholeElement(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "<") || !strings.HasSuffix(s, ">") {
		return ""
	}
	n, closing := tagName(s[:strings.IndexByte(s, '>')+1])
	if closing || !strings.HasSuffix(s, "</"+n+">") || strings.Count(s, "</"+n+">") != 1 {
		return ""
	}
	return n
}

// wrappers are the elements that wrap a whole rich text (Qt's <qt>,
// <html><head/><body>) and say only that it is rich text.
var wrappers = map[string]bool{"qt": true, "html": true, "head": true, "body": true}

// phrase are the elements that style a phrase inline: HTML's and Pango's
// and KDE's semantic ones (<filename>, <application>, <interface>…).
var phrase = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`b i em strong u span big small tt s strike sub sup font code kbd var samp cite q
		application filename resource command interface emphasis icode envar message numid shortcut placeholder email`) {
		phrase[n] = true
	}
}

// tagName is the element name of a tag (<b>, </b>, <span weight="bold">)
// and whether it closes one.
func tagName(tag string) (name string, closing bool) {
	name = strings.TrimSuffix(strings.TrimPrefix(tag, "<"), ">")
	name, closing = strings.CutPrefix(name, "/")
	if i := strings.IndexAny(name, " \t\n/"); i >= 0 {
		name = name[:i]
	}
	return strings.ToLower(name), closing
}

// metavariable reports whether a tag <x> is a name in angle brackets
// rather than markup: no HTML or Pango element, and closed in neither
// text ("Press <enter>", "-t <type>", "separator <TAB>").
func metavariable(tag string, src, tgt []string) bool {
	if strings.HasPrefix(tag, "</") || strings.HasSuffix(tag, "/>") {
		return false
	}
	name := tag[1 : len(tag)-1]
	if htmlElements[name] {
		return false
	}
	closing := "</" + name + ">"
	return !slices.Contains(src, closing) && !slices.Contains(tgt, closing)
}

// htmlElements are the element names of HTML and of Pango markup (GTK's
// <b>, <tt>, <span>): tags of those names are markup.
var htmlElements = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`a abbr address article aside audio b bdi bdo big blockquote body br
		button caption cite code col colgroup dd del details dfn div dl dt em embed fieldset figcaption
		figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label
		legend li link main mark meta nav object ol option p param picture pre q s samp script section
		select small source span strike strong style sub summary sup table tbody td template textarea
		tfoot th thead time title tr track tt u ul var video wbr`) {
		htmlElements[n] = true
	}
}
