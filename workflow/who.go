package workflow

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/terjime/terjime/workflow/catalog"
	"github.com/terjime/terjime/workflow/git"
)

// Whoami names the person a run records as having changed targets: flag
// (--who), else TERJIME_USER, else git's user.name in the project's
// repository; "" when nothing says.
func Whoami(ctx context.Context, p *Project, flag string, getenv func(string) string) string {
	if w := strings.TrimSpace(flag); w != "" {
		return w
	}
	if w := strings.TrimSpace(getenv("TERJIME_USER")); w != "" {
		return w
	}
	return git.UserName(ctx, p.Dir)
}

// Now is the time a run records changes at: SOURCE_DATE_EPOCH when set
// (the reproducible-builds convention, so that the same run gives the same
// bytes), else the clock.
func Now(getenv func(string) string) string {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return catalog.FormatTime(time.Unix(n, 0))
		}
	}
	return catalog.FormatTime(time.Now())
}
