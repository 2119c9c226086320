//go:build tools

// Package main pins the modules that packages under construction import, so go mod tidy keeps them.
package main
import (
_ "github.com/nicksnyder/go-i18n/v2/i18n"
_ "golang.org/x/text/language"
_ "github.com/urfave/cli/v2"
_ "github.com/pelletier/go-toml/v2"
_ "github.com/kljensen/snowball"
_ "github.com/agnivade/levenshtein"
_ "github.com/rogpeppe/go-internal/testscript"
_ "golang.org/x/term"
_ "github.com/chromedp/chromedp"
)
func main(){}
