package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMECommands keeps the README's table of commands, what users read
// first, in step with the commands: each command has its row, and the row
// names every flag and subcommand of the command.
func TestREADMECommands(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "| `terjime ") {
			continue
		}
		synopsis, _, _ := strings.Cut(line, " | ")
		for _, part := range strings.Split(synopsis, "`terjime ")[1:] {
			name, _, _ := strings.Cut(part, " ")
			rows[strings.TrimSuffix(name, "`")] += line
		}
	}
	a := &app{globals: globalFlags()}
	for _, c := range commands(a) {
		if c.Hidden {
			continue
		}
		row, ok := rows[c.Name]
		if !ok {
			t.Errorf("README: no row for terjime %s in the table of commands", c.Name)
			continue
		}
		for _, sub := range c.Subcommands {
			if !sub.Hidden && !strings.Contains(row, sub.Name) {
				t.Errorf("README: the row of terjime %s does not name its subcommand %s", c.Name, sub.Name)
			}
		}
		for _, f := range c.Flags {
			named := false
			for _, n := range f.Names() {
				named = named || strings.Contains(row, dashed(n)+" ") || strings.Contains(row, dashed(n)+"]") || strings.Contains(row, dashed(n)+"`")
			}
			if !named {
				t.Errorf("README: the row of terjime %s does not name %s", c.Name, dashed(f.Names()[0]))
			}
		}
	}
}
