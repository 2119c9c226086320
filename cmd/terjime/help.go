package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/check"
	"github.com/terjime/terjime/workflow/interchange"
)

// Help is printed by terjime itself rather than by urfave/cli's
// templates, so that every word of it is in the UI language: the headings,
// the commands' texts (each command's English Usage, Description, ArgsUsage
// and flag Usage have Russian and Turkmen translations in locales/, under
// IDs made from the command's path, see helpID), and the defaults.

func helpCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "help",
		Usage:     "show the help of terjime or of a command",
		ArgsUsage: "[COMMAND…]",
		Description: `Prints what a command does, its arguments and its flags: the same as
"terjime COMMAND --help".

Example:
   terjime help
   terjime help glossary check`,
		Action: func(c *cli.Context) error {
			inv, err := readArgs(a.commands, a.globals, append([]string{"terjime"}, c.Args().Slice()...))
			if err != nil {
				return err
			}
			a.printHelp(a.env.Out, inv.path)
			return nil
		},
	}
}

// helpID is the message ID of a text of the command at path ("" for the
// program itself): CmdTerjime, CmdGlossaryCheck, CmdStatus_description,
// CmdStatus_flagFailOn, CmdStatus_args, CmdBuild_flagFallback_default.
func helpID(path []string, field string) string {
	id := "Cmd" + camel("terjime")
	if len(path) > 0 {
		id = "Cmd"
		for _, p := range path {
			id += camel(p)
		}
	}
	if field != "" {
		id += "_" + field
	}
	return id
}

// camel turns "fail-on" into "FailOn".
func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '-' || r == '_' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// text is a command's text in the UI language: the message helpID names,
// or the English of the code when the message files lack it.
func (a *app) text(path []string, field, english string) string {
	if english == "" {
		return ""
	}
	data := a.helpData(strings.Join(path, " "))
	if s, ok := a.env.Lookup(helpID(path, field), data); ok {
		return s
	}
	if data == nil {
		return english
	}
	var b strings.Builder
	if t, err := template.New("").Parse(english); err == nil && t.Execute(&b, data) == nil {
		return b.String()
	}
	return english
}

// helpData fills the parts of a command's help that come from a registry
// ({{.Checks}}, {{.Formats}}, {{.FormatList}}): a check or a format added
// changes no translation of a command's text (a format brings its own line
// of export's list, CmdExport_format…). Lists are joined in the UI
// language.
func (a *app) helpData(path string) map[string]any {
	switch path {
	case "check":
		return map[string]any{"Checks": wrap(strings.Join(check.Names(), ", "), 76, "   ")}
	case "export":
		return map[string]any{"Formats": a.orList(workflow.Formats.Titles()), "Names": a.orList(workflow.Formats.Names()),
			"Directories": a.orList(workflow.Formats.Where(writesFiles).Names()), "FormatList": a.formatList()}
	case "merge":
		return map[string]any{"Formats": a.orList(workflow.Formats.Where(reads).Titles())}
	}
	return nil
}

func writesFiles(f interchange.Format) bool { return f.WriteFiles != nil }
func reads(f interchange.Format) bool       { return f.Read != nil }

// orList joins names as "a, b or c" in the UI language.
func (a *app) orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + a.env.T("HelpOr", nil) + " " + names[len(names)-1]
}

// flagField is the helpID field of a flag's usage.
func flagField(f cli.Flag) string { return "flag" + camel(f.Names()[0]) }

// printHelp writes the help of the command at path (the program's when
// path is empty).
func (a *app) printHelp(w io.Writer, path []*cli.Command) {
	var names []string
	for _, c := range path {
		names = append(names, c.Name)
	}
	full := strings.Join(append([]string{"terjime"}, names...), " ")
	var usage, desc, argsUsage string
	var flags []cli.Flag
	var subs []*cli.Command
	if len(path) == 0 {
		usage, desc = a.text(nil, "", appUsage), a.text(nil, "description", appDescription)
		subs = a.commands
	} else {
		c := path[len(path)-1]
		usage = a.text(names, "", c.Usage)
		desc = a.text(names, "description", c.Description)
		argsUsage = a.text(names, "args", c.ArgsUsage)
		flags = c.Flags
		subs = c.Subcommands
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n\n", full, usage)
	b.WriteString(a.env.T("HelpHeadingUsage", nil) + "\n")
	line := "  " + full
	if len(subs) > 0 {
		line += " " + a.env.T("HelpCommandPlaceholder", nil)
	}
	if len(flags) > 0 || len(path) == 0 || len(subs) > 0 {
		line += " " + a.env.T("HelpFlagsPlaceholder", nil)
	}
	if argsUsage != "" {
		line += " " + argsUsage
	}
	b.WriteString(line + "\n")
	if desc != "" {
		b.WriteString("\n" + strings.TrimRight(desc, "\n") + "\n")
	}
	if len(subs) > 0 {
		b.WriteString("\n" + a.env.T("HelpHeadingCommands", nil) + "\n")
		var rows [][2]string
		for _, s := range subs {
			if s.Hidden {
				continue
			}
			rows = append(rows, [2]string{s.Name, a.text(append(names, s.Name), "", s.Usage)})
		}
		writeRows(&b, rows)
	}
	help := &cli.BoolFlag{Name: "help", Aliases: []string{"h"}}
	if len(path) == 0 {
		b.WriteString("\n" + a.env.T("HelpHeadingFlags", nil) + "\n")
		rows := a.flagRows(nil, a.globals)
		rows = append(rows, [2]string{flagNames(help), a.env.T("HelpFlagHelp", nil)})
		rows = append(rows, [2]string{flagNames(&cli.BoolFlag{Name: "version"}), a.env.T("HelpFlagVersion", nil)})
		writeRows(&b, rows)
	} else {
		b.WriteString("\n" + a.env.T("HelpHeadingFlags", nil) + "\n")
		rows := a.flagRows(names, flags)
		rows = append(rows, [2]string{flagNames(help), a.env.T("HelpFlagHelp", nil)})
		writeRows(&b, rows)
		b.WriteString("\n" + a.env.T("HelpHeadingGlobalFlags", nil) + "\n")
		writeRows(&b, a.flagRows(nil, a.globals))
	}
	if len(subs) > 0 {
		b.WriteString("\n" + a.env.T("HelpMoreCommands", map[string]any{"Command": full}) + "\n")
	}
	io.WriteString(w, b.String())
}

// flagRows are the flags' lines: names and placeholder, usage, default.
func (a *app) flagRows(path []string, flags []cli.Flag) [][2]string {
	var rows [][2]string
	for _, f := range flags {
		if v, ok := f.(cli.VisibleFlag); ok && !v.IsVisible() {
			continue
		}
		d, _ := f.(cli.DocGenerationFlag)
		english := ""
		if d != nil {
			english = d.GetUsage()
		}
		usage := a.text(path, flagField(f), english)
		placeholder, usage := unquoteUsage(usage)
		names := flagNames(f)
		if takesValue(f) {
			if placeholder == "" {
				placeholder = a.env.T("HelpValuePlaceholder", nil)
			}
			names += " " + placeholder
		}
		if def := a.defaultText(path, f); def != "" {
			usage += " " + a.env.T("HelpDefault", map[string]any{"Value": def})
		}
		rows = append(rows, [2]string{names, usage})
	}
	return rows
}

// defaultText is a flag's default as help shows it: a DefaultText (in the
// UI language), or a value that is not the zero of its type.
func (a *app) defaultText(path []string, f cli.Flag) string {
	d, ok := f.(cli.DocGenerationFlag)
	if !ok || !d.TakesValue() {
		return ""
	}
	if explicit := explicitDefault(f); explicit != "" {
		return a.text(path, flagField(f)+"_default", explicit)
	}
	switch v := d.GetValue(); v {
	case "", "0", "0.0", "false":
		return ""
	default:
		return v
	}
}

// explicitDefault is the DefaultText a flag was given, in English: a
// default that words say better than a value ("only complete editions").
func explicitDefault(f cli.Flag) string {
	switch f := f.(type) {
	case *choiceFlag:
		return explicitDefault(f.valueFlag)
	case *cli.StringFlag:
		return f.DefaultText
	case *cli.StringSliceFlag:
		return f.DefaultText
	case *cli.IntFlag:
		return f.DefaultText
	case *cli.Float64Flag:
		return f.DefaultText
	}
	return ""
}

// flagNames writes "-l, --locale" or "    --json".
func flagNames(f cli.Flag) string {
	var short, long []string
	for _, n := range f.Names() {
		if len(n) == 1 {
			short = append(short, "-"+n)
		} else {
			long = append(long, "--"+n)
		}
	}
	if len(short) == 0 {
		return "    " + strings.Join(long, ", ")
	}
	return strings.Join(append(short, long...), ", ")
}

var placeholderRE = regexp.MustCompile("`([^`]+)`")

// unquoteUsage takes the placeholder out of a usage text: "only this
// `LOCALE`" gives LOCALE and "only this LOCALE".
func unquoteUsage(usage string) (placeholder, text string) {
	m := placeholderRE.FindStringSubmatchIndex(usage)
	if m == nil {
		return "", usage
	}
	return usage[m[2]:m[3]], usage[:m[0]] + usage[m[2]:m[3]] + usage[m[1]:]
}

// writeRows writes two columns, the first padded, the second wrapped to
// fit beside it.
func writeRows(b *strings.Builder, rows [][2]string) {
	width := 0
	for _, r := range rows {
		width = max(width, utf8.RuneCountInString(r[0]))
	}
	const lineWidth = 80
	for _, r := range rows {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(r[0]))
		indent := 2 + width + 3
		lines := wrapWords(r[1], max(lineWidth-indent, 30))
		b.WriteString("  " + r[0] + pad + "   " + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString(strings.Repeat(" ", indent) + l + "\n")
		}
	}
}

// wrapWords breaks s into lines of at most width characters.
func wrapWords(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}
