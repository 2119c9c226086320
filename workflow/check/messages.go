package check

import (
	"fmt"
	"strconv"
	"strings"
)

// Messages are the English texts of the findings of this package, by UI
// message ID, in go-i18n's template syntax. locales/active.en.toml holds
// the same texts (a test keeps them equal); Russian and Turkmen are there
// too.
var Messages = map[string]string{
	"CheckUntranslated":            "the segment is not translated",
	"CheckUntranslatedTarget":      `the segment has a translation but its state is untranslated: set state = "translated" if the translation is done`,
	"CheckIncomplete":              "{{.Count}} of {{.Total}} segments are not done (untranslated: {{.Untranslated}}, outdated: {{.Outdated}}), {{.Lines}}; --list-missing lists them all",
	"CheckIncompleteUntranslated":  "{{.Count}} of {{.Total}} segments are not translated, {{.Lines}}; --list-missing lists them all",
	"CheckIncompleteOutdated":      "{{.Count}} of {{.Total}} translations are outdated, {{.Lines}}; --list-missing lists them all",
	"CheckIncompleteLines":         "at lines {{.Lines}}",
	"CheckOutdated":                `the translation was made for an earlier source: "{{.Previous}}"`,
	"CheckOutdatedFuzzy":           "the translation is marked outdated: review it and set its state",
	"CheckStale":                   "the segment is marked {{.State}} but its source changed after it was translated (source_hash {{.Hash}}, the source's is {{.Want}})",
	"CheckSourceChanged":           "the catalog's copy of the source differs from the source catalog; run terjime segment",
	"CheckIdentical":               "the translation is the source, unchanged",
	"CheckObsolete":                "obsolete entry: its sentence was removed from the article (terjime segment --purge-obsolete drops it)",
	"CheckUnknownID":               "segment {{.ID}} is not in the source catalog",
	"CheckMissingID":               "segment {{.ID}} of the source catalog is missing; run terjime segment",
	"CheckDuplicateID":             "the ID {{.ID}} is used twice (also at line {{.Line}})",
	"CheckNumberMissing":           `the number "{{.Number}}" is missing from the translation`,
	"CheckNumberAdded":             `the translation has the number "{{.Number}}", which is not in the source`,
	"CheckEndPunctuation":          `the source ends with "{{.Source}}" but the translation with "{{.Target}}"`,
	"CheckEndPunctuationMissing":   `the source ends with "{{.Source}}" but the translation has no end punctuation`,
	"CheckEndPunctuationAdded":     `the translation ends with "{{.Target}}" but the source has no end punctuation`,
	"CheckLeadingSpace":            "the translation's leading space differs from the source",
	"CheckTrailingSpace":           "the translation's trailing space differs from the source",
	"CheckSpaceBeforePunctuation":  `a space before "{{.Mark}}"`,
	"CheckDoubleSpace":             "two spaces in a row",
	"CheckRepeatedWord":            `the word "{{.Word}}" is repeated`,
	"CheckBrackets":                "the brackets of the translation do not balance",
	"CheckQuotes":                  "the quotation marks of the translation do not balance",
	"CheckQuoteStyle":              "quotation marks {{.Found}} where {{.Locale}} uses {{.Want}}",
	"CheckInconsistentTranslation": "the same source is translated differently in segment {{.Other}} ({{.Where}})",
	"CheckInconsistentSource":      "the same translation stands for a different source in segment {{.Other}} ({{.Where}})",
	"CheckURLMissing":              "the URL {{.URL}} is missing or changed in the translation",
	"CheckEmailMissing":            "the e-mail address {{.Address}} is missing or changed in the translation",
	"CheckPlaceholderMissing":      "the placeholder {{.Placeholder}} is missing from the translation",
	"CheckPlaceholderAdded":        "the translation has the placeholder {{.Placeholder}}, which is not in the source",
	"CheckTagMissing":              "the tag {{.Tag}} is missing from the translation",
	"CheckTagAdded":                "the translation has the tag {{.Tag}}, which is not in the source",
	"CheckCodeMissing":             "the code {{.Code}} of the source is missing from the translation",
	"CheckCodeDuplicated":          "the code {{.Code}} appears more than once in the translation",
	"CheckCodeUnknown":             "the translation has the code {{.Code}}, which is not in the source",
	"CheckCodeUnpaired":            "the code {{.Code}} closes before it opens",
	"CheckCodeMisnested":           "the code {{.Code}} closes out of order: paired codes must nest",
	"CheckLengthLong":              "the translation is {{.Ratio}} times as long as the source; {{.Locale}} translations are usually {{.Norm}} times",
	"CheckLengthShort":             "the translation is only {{.Ratio}} times as long as the source; {{.Locale}} translations are usually {{.Norm}} times",
}

// Msg is a message used as an argument of another: Localize translates
// it first, Render writes its English text.
type Msg struct {
	Key  string
	Args map[string]any
}

// English is the English text of the message key with args.
func English(key string, args map[string]any) string {
	return Render(Messages[key], args)
}

// Render fills a message template's {{.Name}} actions from args: floats
// with one decimal, everything else as fmt's %v would. It is all the
// template language the messages use.
func Render(tmpl string, args map[string]any) string {
	if !strings.Contains(tmpl, "{{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{.")
		if i < 0 {
			break
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			break
		}
		b.WriteString(tmpl[:i])
		switch v := args[tmpl[i+3:i+j]].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case float64:
			b.WriteString(strconv.FormatFloat(v, 'f', 1, 64))
		case Msg:
			b.WriteString(English(v.Key, v.Args))
		case nil:
		default:
			fmt.Fprint(&b, v)
		}
		tmpl = tmpl[i+j+2:]
	}
	b.WriteString(tmpl)
	return b.String()
}
