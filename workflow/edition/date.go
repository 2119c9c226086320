package edition

import (
	"strconv"
	"strings"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/internal/turkmen"
)

//go:generate go run gen_dates.go

// Date is a calendar date read from the date line of an article.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d == Date{} }

// ISO returns the date as ISO 8601, 2019-08-07.
func (d Date) ISO() string {
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	b = append(b, '-')
	return string(appendPadded(b, d.Day, 2))
}

// ParseDate reads the dates the segmenter recognises on a date line:
// day first with dots, slashes or hyphens (07.08.2019, 7/8/2019,
// 07-08-2019) and ISO 8601 (2019-08-07). It reports false for anything
// else and for dates that do not exist (31.02.2019).
func ParseDate(s string) (Date, bool) {
	var d Date
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := number(s[:4])
		m, ok2 := number(s[5:7])
		dd, ok3 := number(s[8:])
		if !ok1 || !ok2 || !ok3 {
			return Date{}, false
		}
		d = Date{y, m, dd}
	} else {
		i := strings.IndexAny(s, "./-")
		if i < 1 {
			return Date{}, false
		}
		sep := s[i]
		parts := strings.Split(s, string(sep))
		if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) < 1 || len(parts[1]) > 2 || len(parts[2]) != 4 {
			return Date{}, false
		}
		dd, ok1 := number(parts[0])
		m, ok2 := number(parts[1])
		y, ok3 := number(parts[2])
		if !ok1 || !ok2 || !ok3 {
			return Date{}, false
		}
		d = Date{y, m, dd}
	}
	if d.Year < 1 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
		return Date{}, false
	}
	return d, true
}

func number(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateFormat is one language's CLDR data: the long date pattern and the
// wide month names in the format context (the genitive in Russian:
// «7 августа»).
type dateFormat struct {
	Long   string
	Months [12]string
}

// DateStyle chooses among a language's date forms.
type DateStyle int

const (
	// DateOfficial is the long form of the language's official usage:
	// CLDR's long pattern, but the official Turkmen date line for Turkmen.
	DateOfficial DateStyle = iota
	// DateCompact is the short Turkmen form «7-nji awgust 2019 ý.»;
	// languages without one use DateOfficial.
	DateCompact
)

// ParseDateStyle reads a date style's name: "official" or "compact".
func ParseDateStyle(s string) (DateStyle, bool) {
	switch s {
	case "official", "":
		return DateOfficial, true
	case "compact":
		return DateCompact, true
	}
	return 0, false
}

// HasCompactDate reports whether the locale's language has a compact
// date form apart from its official one.
func HasCompactDate(loc string) bool { return locale.Base(loc) == "tk" }

// Format writes d in the long form of the locale's language: "August 7,
// 2019" (en), "7 августа 2019 г." (ru) as CLDR has them; for Turkmen the
// official date line of state media, «2019-njy ýylyň 7-nji awgusty», not
// CLDR's «7 awgust 2019», or with DateCompact «7-nji awgust 2019 ý.». It
// reports false for a language without date data in this package.
func (d Date) Format(loc string, style DateStyle) (string, bool) {
	if d.IsZero() {
		return "", false
	}
	lang := locale.Base(loc)
	if lang == "tk" {
		if style == DateCompact {
			return turkmen.CompactDate(d.Year, d.Month, d.Day), true
		}
		return turkmen.Date(d.Year, d.Month, d.Day), true
	}
	f, ok := cldrDates[lang]
	if !ok {
		return "", false
	}
	p := f.Long
	var b strings.Builder
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\'' {
			j := strings.IndexByte(p[i+1:], '\'')
			if j == 0 { // '' is a quote
				b.WriteByte('\'')
				i += 2
				continue
			}
			b.WriteString(p[i+1 : i+1+j])
			i += j + 2
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b.WriteByte(c)
			i++
			continue
		}
		j := i
		for j < len(p) && p[j] == c {
			j++
		}
		n := j - i
		switch c {
		case 'd':
			b.Write(appendPadded(nil, d.Day, n))
		case 'M':
			if n >= 4 {
				b.WriteString(f.Months[d.Month-1])
			} else {
				b.Write(appendPadded(nil, d.Month, n))
			}
		case 'y':
			if n == 2 {
				b.Write(appendPadded(nil, d.Year%100, 2))
			} else {
				b.Write(appendPadded(nil, d.Year, n))
			}
		}
		i = j
	}
	return b.String(), true
}

func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
