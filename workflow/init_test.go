package workflow

import "testing"

// TestGitignoreAdd: terjime's lines are added once, after what is there,
// on a line of their own.
func TestGitignoreAdd(t *testing.T) {
	const ours = "# terjime: the translation memory's index is a cache, rebuilt from the catalogs\n/.terjime/tm/*.tmi\n"
	for _, tc := range []struct{ old, want string }{
		{"", ours},
		{"/dist/\n", "/dist/\n" + ours},
		{"/dist/", "/dist/\n" + ours},
		{"/dist/\n  /.terjime/tm/*.tmi  \n", ""},
		{ours, ""},
	} {
		got := gitignoreAdd([]byte(tc.old))
		if string(got) != tc.want || (tc.want == "") != (got == nil) {
			t.Errorf("gitignoreAdd(%q) = %q, want %q", tc.old, got, tc.want)
		}
	}
}
