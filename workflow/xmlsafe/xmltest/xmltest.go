package xmltest

import (
	"os"
	"os/exec"
	"testing"
)

// Lint runs "xmllint --noout --nonet" with args (a schema option and the
// files) and fails t with xmllint's report when the files do not validate.
func Lint(t testing.TB, args ...string) {
	t.Helper()
	path, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is missing (Debian package libxml2-utils); CI must install it")
		}
		t.Skip("xmllint not installed (Debian package libxml2-utils)")
	}
	cmd := exec.Command(path, append([]string{"--noout", "--nonet"}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("xmllint %v: %v\n%s", args, err, out)
	}
}
