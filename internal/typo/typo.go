package typo

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

// Closest returns the name closest to s, if it is close enough to be what
// the user meant: a prefix of it or a few typing mistakes away ("locle",
// "lcoale", "stauts"); "" when none is.
func Closest(s string, names []string) string {
	best, bestD := "", 0
	for _, n := range names {
		d := levenshtein.ComputeDistance(strings.ToLower(s), n)
		if strings.HasPrefix(n, s) && len(s) >= 2 {
			d = min(d, 1)
		}
		if best == "" || d < bestD {
			best, bestD = n, d
		}
	}
	if best == "" || bestD > min(3, max(2, len(best)/3)) {
		return ""
	}
	return best
}
