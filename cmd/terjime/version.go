package main

import (
	"runtime/debug"
	"strings"
)

// versionText is what --version prints: the module version the binary was
// built from and the commit it was built at, from the build information
// the go command records.
func versionText() string {
	bi, ok := debug.ReadBuildInfo()
	return formatVersion(bi, ok)
}

// formatVersion writes "terjime VERSION (git REVISION, TIME, modified)":
// VERSION is the module's ("(devel)" for a build of a working tree without
// a version), and the part in brackets is there when the build recorded
// the commit (go build in a git checkout; "modified" when the working tree
// had uncommitted changes). A build that recorded none says so and how to
// get one, so that "(devel)" alone is not taken for the answer.
func formatVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "terjime (unknown version: built without module information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	var vcs []string
	if rev := settings["vcs.revision"]; rev != "" {
		vcs = append(vcs, settings["vcs"]+" "+rev)
		if t := settings["vcs.time"]; t != "" {
			vcs = append(vcs, t)
		}
		if settings["vcs.modified"] == "true" {
			vcs = append(vcs, "modified")
		}
	}
	if len(vcs) == 0 {
		return "terjime " + v + ", no commit recorded (go run records none; go build or go install in a git checkout does)"
	}
	return "terjime " + v + " (" + strings.Join(vcs, ", ") + ")"
}
