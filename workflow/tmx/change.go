package tmx

import "github.com/terjime/terjime/workflow/catalog"

// propBase records, in a target variant, what the export wrote of the
// target ("<hash> <state>", catalog.Base), for the merge.
const propBase = "x-terjime-base"

// tmxDate is TMX's date format (ISO 8601 basic, UTC).
const tmxDate = "20060102T150405Z"

// changeAttrs writes a target variant's changeid and changedate: who last
// changed the translation and when.
func changeAttrs(o *out, t TU) {
	if t.ChangedBy != "" {
		o.attr("changeid", t.ChangedBy)
	}
	if tm, ok := catalog.ParseTime(t.ChangedAt); ok {
		o.attr("changedate", tm.UTC().Format(tmxDate))
	}
}

// changeOf reads a variant's changeid and changedate, the date as
// catalogs record it.
func changeOf(v *tuv, by, date string) {
	v.changedBy = by
	if date == "" {
		return
	}
	if t, ok := catalog.ParseTime(date); ok {
		v.changedAt = catalog.FormatTime(t)
	}
}
