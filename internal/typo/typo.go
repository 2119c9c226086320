package typo

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// Closest returns the name closest to s, if it is close enough to be what
// the user meant: a prefix of it or a few typing mistakes away ("locle",
// "lcoale", "stauts"), fewer than the name has letters; "" when none is.
// Case does not count.
func Closest(s string, names []string) string {
	best, bestD := "", 0
	s = strings.ToLower(s)
	for _, n := range names {
		d := levenshtein.ComputeDistance(s, strings.ToLower(n))
		if strings.HasPrefix(strings.ToLower(n), s) && len(s) >= 2 {
			d = min(d, 1)
		}
		if best == "" || d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" || bestD > min(3, max(2, len(best)/3)) || bestD >= len(best) {
		return ""
	}
	return best
}
