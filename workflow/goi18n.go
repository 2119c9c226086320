package workflow

import (
	"context"
	"fmt"

	"github.com/terjime/terjime/internal/locale"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/goi18ncheck"
	"github.com/terjime/terjime/workflow/ui"
)

// GoI18nOptions are the options of terjime check --goi18n.
type GoI18nOptions struct {
	Dir        string
	SourceLang string   // the source messages' tag; "en" when empty
	Locales    []string // languages to check; all when empty
	Format     check.Format
	FailOn     check.Severity
}

// CheckGoI18n validates a directory of go-i18n message files and prints
// the findings like terjime check does.
func CheckGoI18n(ctx context.Context, env *ui.Env, opts GoI18nOptions) error {
	lang := opts.SourceLang
	if lang == "" {
		lang = "en"
	}
	tag, err := locale.Parse(lang)
	if err != nil {
		return fmt.Errorf("--source-lang: %w", err)
	}
	findings, files, err := goi18ncheck.Check(opts.Dir, goi18ncheck.Options{Source: tag, Locales: opts.Locales})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return WriteReport(env, check.NewReport(findings, files), opts.Format, opts.FailOn)
}
