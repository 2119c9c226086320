package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/terjime/terjime/workflow"
	"github.com/terjime/terjime/workflow/ui"
)

// Shell completion works as gh's does: the script a shell sources asks
// the program itself what may come next ("terjime __complete WORD…", the
// words typed so far and the one being completed), so completion knows
// every command and flag of the binary it runs, and the project's locales
// and documents. The answer is one candidate per line; a last line
// ":file" or ":dir" asks the shell to offer file or directory names too.

// completeCommand is the hidden command the completion scripts call.
const completeCommand = "__complete"

var shells = []string{"bash", "zsh", "fish"}

func completionCommand(a *app) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script for bash, zsh or fish",
		ArgsUsage: "SHELL",
		Description: `Prints a script that makes the shell complete terjime's commands, flags, the
project's locales and documents, and the values of flags such as --format.

Example:
   source <(terjime completion bash)                   # in ~/.bashrc
   terjime completion zsh > "${fpath[1]}/_terjime"      # zsh, then restart it
   terjime completion fish > ~/.config/fish/completions/terjime.fish`,
		Action: func(c *cli.Context) error {
			if err := maxArgs(c, 1); err != nil {
				return err
			}
			if c.NArg() == 1 && !slices.Contains(shells, c.Args().First()) {
				return ui.NewError("CLICompletionUnknownShell", map[string]any{"Shell": c.Args().First(), "Shells": strings.Join(shells, ", ")})
			}
			if c.NArg() == 0 {
				return ui.NewError("CLICompletionShell", map[string]any{"Shells": strings.Join(shells, ", ")})
			}
			_, err := fmt.Fprint(a.env.Out, completionScripts[c.Args().First()])
			return err
		},
	}
}

// complete answers the completion scripts: words are the words after the
// program name up to the cursor, the last one being completed.
func (a *app) complete(words []string) int {
	if len(words) == 0 {
		words = []string{""}
	}
	cur := words[len(words)-1]
	before := words[:len(words)-1]
	var out []string
	add := func(s ...string) {
		for _, v := range s {
			if strings.HasPrefix(v, cur) {
				out = append(out, v)
			}
		}
	}

	// Read the words before the cursor as the command line would be.
	inv, err := readArgs(a.commands, a.globals, append([]string{"terjime"}, before...))
	if err != nil {
		// A line that does not parse (a value still missing) is read as far
		// as it goes.
		inv, _ = parsePrefix(a, before)
	}
	if dir := inv.global.Lookup("project").Value.String(); dir != "" {
		a.projectDir = dir
	}
	leaf := inv.leaf()
	var flags []cli.Flag
	if leaf != nil {
		flags = leaf.Flags
	}

	// A flag waiting for its value.
	if n := len(before); n > 0 {
		if t, ok := splitFlag(before[n-1]); ok && !t.hasValue {
			f := findFlag(flags, t.name)
			if f == nil {
				f = findFlag(a.globals, t.name)
			}
			if f != nil && takesValue(f) {
				vals, files := a.flagValues(inv, f)
				add(vals...)
				printCompletions(out, files)
				return exitOK
			}
		}
	}
	switch {
	case strings.HasPrefix(cur, "-"):
		for _, f := range append(append([]cli.Flag{}, flags...), a.globals...) {
			for _, n := range f.Names() {
				if len(n) > 1 {
					add("--" + n)
				}
			}
		}
		add("--help")
		if leaf == nil {
			add("--version")
		}
		printCompletions(out, "")
	case leaf == nil || (len(leaf.Subcommands) > 0 && len(inv.args) == 0):
		subs := a.commands
		if leaf != nil {
			subs = leaf.Subcommands
		}
		for _, c := range subs {
			if !c.Hidden {
				add(c.Name)
			}
		}
		printCompletions(out, "")
	default:
		vals, files := a.argValues(inv)
		add(vals...)
		printCompletions(out, files)
	}
	return exitOK
}

// parsePrefix reads a line that stops in the middle (a flag still waiting
// for its value) as far as it goes: its command path and global flags.
func parsePrefix(a *app, words []string) (*invocation, error) {
	for n := len(words); n >= 0; n-- {
		if inv, err := readArgs(a.commands, a.globals, append([]string{"terjime"}, words[:n]...)); err == nil {
			return inv, nil
		}
	}
	return readArgs(a.commands, a.globals, []string{"terjime"})
}

func printCompletions(vals []string, files string) {
	for _, v := range vals {
		fmt.Println(v)
	}
	if files != "" {
		fmt.Println(":" + files)
	}
}

// flagValues are the values a flag takes, and whether file or directory
// names are values too ("file", "dir" or "").
func (a *app) flagValues(inv *invocation, f cli.Flag) ([]string, string) {
	if choices := choicesOf(f); choices != nil {
		return choices, ""
	}
	names := strings.Join(inv.names(), " ")
	switch f.Names()[0] {
	case "lang":
		return strings.Split(ui.LanguageNames(), ", "), ""
	case "locale":
		if names == "split" {
			return a.projectLocales(false), ""
		}
		return a.projectLocales(true), ""
	case "source", "target":
		return a.projectLocales(false), ""
	case "document":
		return a.projectDocuments(), ""
	case "encoding":
		return []string{"utf-8", "windows-1251", "koi8-r", "iso-8859-5"}, ""
	case "project", "goi18n":
		return nil, "dir"
	case "output", "glossary":
		return nil, "file"
	}
	return nil, ""
}

// argValues are the arguments a command takes: document names, shells,
// command names, or files.
func (a *app) argValues(inv *invocation) ([]string, string) {
	switch strings.Join(inv.names(), " ") {
	case "segment", "build":
		return a.projectDocuments(), ""
	case "completion":
		if len(inv.args) == 0 {
			return shells, ""
		}
		return nil, ""
	case "help":
		sub, err := readArgs(a.commands, a.globals, append([]string{"terjime"}, inv.args...))
		cmds := a.commands
		if err == nil && sub.leaf() != nil {
			cmds = sub.leaf().Subcommands
		}
		var out []string
		for _, c := range cmds {
			if !c.Hidden {
				out = append(out, c.Name)
			}
		}
		return out, ""
	case "merge", "split", "glossary import", "tm import":
		return nil, "file"
	}
	return nil, ""
}

// completionProject loads the project for completion, quietly: no project, no
// candidates.
func (a *app) completionProject() *workflow.Project {
	dir := a.projectDir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil
		}
		if dir, err = workflow.FindProject(wd); err != nil {
			return nil
		}
	}
	p, err := workflow.LoadProject(filepath.Clean(dir))
	if err != nil {
		return nil
	}
	return p
}

// projectLocales are the project's locales, or only its target locales.
func (a *app) projectLocales(targets bool) []string {
	p := a.completionProject()
	switch {
	case p == nil:
		return nil
	case targets:
		return p.TargetLocales
	}
	return p.Locales()
}

// projectDocuments are the names of the project's documents.
func (a *app) projectDocuments() []string {
	if p := a.completionProject(); p != nil {
		return p.DocumentNames()
	}
	return nil
}

// completionScripts are the scripts "terjime completion SHELL" prints.
var completionScripts = map[string]string{
	"bash": `# bash completion for terjime: source <(terjime completion bash)
_terjime() {
    local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n' line files="" out
    local -a cands=()
    out=$("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
    for line in $out; do
        case "$line" in
            :file|:dir) files="${line#:}" ;;
            *) cands+=("$line") ;;
        esac
    done
    COMPREPLY=("${cands[@]}")
    if [[ -n "$files" ]]; then
        compopt -o filenames 2>/dev/null
        if [[ "$files" == dir ]]; then
            COMPREPLY+=($(compgen -d -- "$cur"))
        else
            COMPREPLY+=($(compgen -f -- "$cur"))
        fi
    fi
}
complete -F _terjime terjime
`,
	"zsh": `#compdef terjime
# zsh completion for terjime: terjime completion zsh > "${fpath[1]}/_terjime"
_terjime() {
    local -a cands
    local line files=""
    for line in "${(@f)$("${words[1]}" __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
        case "$line" in
            :file|:dir) files="${line#:}" ;;
            ?*) cands+=("$line") ;;
        esac
    done
    (( ${#cands} )) && compadd -Q -- "${cands[@]}"
    case "$files" in
        file) _files ;;
        dir) _files -/ ;;
    esac
}
if [[ "$funcstack[1]" == _terjime ]]; then
    _terjime "$@"
elif (( $+functions[compdef] )); then
    compdef _terjime terjime
fi
`,
	"fish": `# fish completion for terjime: terjime completion fish > ~/.config/fish/completions/terjime.fish
function __terjime_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l cur (commandline -ct)
    for line in (terjime __complete $words "$cur" 2>/dev/null)
        switch $line
            case :file
                __fish_complete_path $cur
            case :dir
                __fish_complete_directories $cur
            case '*'
                echo $line
        end
    end
end
complete -c terjime -f -a '(__terjime_complete)'
`,
}
