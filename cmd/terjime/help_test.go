package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
)

var updateHelp = flag.Bool("update-help", false, "write the English help texts of the command tree into locales/active.en.toml")

const messagesDir = "../../locales/"

// helpText is one text of the help: its message ID, what it is (the
// message's description) and its English, from the code.
type helpText struct{ id, description, english string }

// helpTexts walks the command tree: every text help prints, the
// program's first.
func helpTexts(a *app) []helpText {
	var out []helpText
	add := func(path []string, field, what, english string) {
		if english == "" {
			return
		}
		name := strings.Join(append([]string{"terjime"}, path...), " ")
		out = append(out, helpText{helpID(path, field), "help of " + name + ": " + what, english})
	}
	flags := func(path []string, fs []cli.Flag) {
		for _, f := range fs {
			d, ok := f.(cli.DocGenerationFlag)
			if !ok {
				continue
			}
			add(path, flagField(f), "what --"+f.Names()[0]+" does; the word in backquotes names its value", d.GetUsage())
			add(path, flagField(f)+"_default", "what --"+f.Names()[0]+" is when not given", explicitDefault(f))
		}
	}
	add(nil, "", "what the program does, in one line", appUsage)
	add(nil, "description", "the text under the synopsis", appDescription)
	flags(nil, a.globals)
	var walk func(path []string, cmds []*cli.Command)
	walk = func(path []string, cmds []*cli.Command) {
		for _, c := range cmds {
			if c.Hidden {
				continue
			}
			p := append(append([]string{}, path...), c.Name)
			add(p, "", "what the command does, in one line", c.Usage)
			add(p, "args", "its arguments in the synopsis", c.ArgsUsage)
			add(p, "description", "the text under the synopsis", c.Description)
			if len(p) == 1 && c.Name == "export" {
				// {{.FormatList}}: a line per registered format
				for _, f := range workflow.Formats {
					add(p, formatField(f), "a line of its list of formats: what --format "+f.Name+" writes", f.Help)
				}
			}
			flags(p, c.Flags)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, a.commands)
	return out
}

func readMessages(t *testing.T, lang string) (map[string]map[string]any, string) {
	t.Helper()
	data, err := os.ReadFile(messagesDir + "active." + lang + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]map[string]any
	if err := toml.Unmarshal(data, &msgs); err != nil {
		t.Fatal(err)
	}
	return msgs, string(data)
}

// TestHelpMessages holds the help in the message files to the command
// tree: every text of every command and flag is in active.en.toml as the
// code has it, and in active.ru.toml and active.tk.toml; the files have
// no help for a command or flag that is gone. Run with -update-help after
// changing a command's English to write active.en.toml's part; the
// Russian and Turkmen translations are then stale, which check --goi18n
// reports, until a translator renews them.
func TestHelpMessages(t *testing.T) {
	a := &app{globals: globalFlags()}
	a.commands = commands(a)
	texts := helpTexts(a)
	if *updateHelp {
		writeHelpMessages(t, texts)
	}
	want := map[string]bool{}
	for _, h := range texts {
		want[h.id] = true
	}
	en, _ := readMessages(t, "en")
	for _, h := range texts {
		m, ok := en[h.id]
		switch {
		case !ok:
			t.Errorf("%s is not in active.en.toml (go test ./cmd/terjime -run TestHelpMessages -update-help)", h.id)
		case m["other"] != h.english || m["description"] != h.description:
			t.Errorf("%s in active.en.toml is not the code's English (go test ./cmd/terjime -run TestHelpMessages -update-help)", h.id)
		}
	}
	for _, lang := range []string{"en", "ru", "tk"} {
		msgs, _ := readMessages(t, lang)
		for id := range msgs {
			if strings.HasPrefix(id, "Cmd") && !want[id] {
				t.Errorf("active.%s.toml: %s is the help of no command or flag", lang, id)
			}
		}
		if lang == "en" {
			continue
		}
		for _, h := range texts {
			m, ok := msgs[h.id]
			if !ok {
				t.Errorf("active.%s.toml has no %s", lang, h.id)
				continue
			}
			// The placeholder a flag's help names stays one word in
			// backquotes, as the code's does.
			if strings.Count(h.english, "`") != strings.Count(fmt.Sprint(m["other"]), "`") {
				t.Errorf("active.%s.toml: %s has %d backquotes, the English %d", lang, h.id, strings.Count(fmt.Sprint(m["other"]), "`"), strings.Count(h.english, "`"))
			}
		}
	}
}

const (
	helpBegin = "# The help of the commands, generated from cmd/terjime:\n# go test ./cmd/terjime -run TestHelpMessages -update-help\n\n"
	helpEnd   = "# End of the help of the commands.\n\n"
)

// writeHelpMessages rewrites the help part at the top of active.en.toml.
func writeHelpMessages(t *testing.T, texts []helpText) {
	_, data := readMessages(t, "en")
	if i := strings.Index(data, helpBegin); i >= 0 {
		j := strings.Index(data, helpEnd)
		if j < i {
			t.Fatal("active.en.toml: the help part has no end")
		}
		data = data[:i] + data[j+len(helpEnd):]
	}
	var b strings.Builder
	b.WriteString(helpBegin)
	for _, h := range texts {
		fmt.Fprintf(&b, "[%s]\ndescription = %s\nother = %s\n\n", h.id, tomlString(h.description), tomlString(h.english))
	}
	b.WriteString(helpEnd)
	if err := os.WriteFile(messagesDir+"active.en.toml", []byte(b.String()+data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tomlString writes s as a TOML string: basic, or multi-line when it has
// line breaks.
func tomlString(s string) string {
	esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`)
	if !strings.Contains(s, "\n") {
		return `"` + esc.Replace(s) + `"`
	}
	ml := strings.NewReplacer(`\`, `\\`, `"""`, `""\"`, "\t", `\t`)
	out := `"""` + "\n" + ml.Replace(s)
	if strings.HasSuffix(s, `"`) {
		// A closing quote right before the delimiter would join it.
		out = strings.TrimSuffix(out, `"`) + `\"`
	}
	return out + `"""`
}
