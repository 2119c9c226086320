package workflow

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/input"
)

// TestEncodeText: an article read in a legacy encoding is written back to
// the same bytes; a character the encoding lacks is an error at the
// article's line, naming the character and the encoding.
func TestEncodeText(t *testing.T) {
	article, err := os.ReadFile("../testdata/encoding/fuser.ru.cp1251.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, enc := range []string{"windows-1251", "cp1251"} {
		text, err := DecodeText("fuser.txt", article, enc)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text.Body, "удалённому порту") || text.Encoding != "windows-1251" {
			t.Fatalf("%s: decoded as %q, %.40q…", enc, text.Encoding, text.Body)
		}
		got, err := EncodeText("fuser.txt", []byte(text.Body), text.Encoding)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, article) {
			t.Errorf("%s: encoded back, the article is not the same bytes", enc)
		}
	}

	for _, tc := range []struct {
		enc, text string
		want      string // the error, "" for none
		out       string
	}{
		{"", "Türkmenistanyň", "", "Türkmenistanyň"},
		{"UTF-8", "ň", "", "ň"},
		{"koi8-r", "Съезд\n", "", "\xf3\xdf\xc5\xda\xc4\n"},
		{"iso-8859-5", "Съезд\n", "", "\xc1\xea\xd5\xd7\xd4\n"},
		{"windows-1251", "Меджлис\nTürkmenistanyň Mejlisi\n", `a.txt:2: the character 'ü' (U+00FC) has no form in windows-1251`, ""},
		{"koi8-r", "Итоги…", `a.txt:1: the character '…' (U+2026) has no form in koi8-r`, ""},
		{"iso-8859-8", "\uFFFD", `a.txt:1: the character '�' (U+FFFD), which stands for bytes the encoding has no character for, has no form in iso-8859-8`, ""},
		{"klingon", "x", `unknown encoding`, ""},
	} {
		got, err := EncodeText("a.txt", []byte(tc.text), tc.enc)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s %q: %v", tc.enc, tc.text, err)
		case tc.want == "" && string(got) != tc.out:
			t.Errorf("%s %q: %q, want %q", tc.enc, tc.text, got, tc.out)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s %q: error %v, want %q", tc.enc, tc.text, err, tc.want)
		case tc.want != "" && tc.enc != "klingon":
			var ie *input.Error
			if !errors.As(err, &ie) {
				t.Errorf("%s %q: %T is not a positioned input error", tc.enc, tc.text, err)
			}
		}
	}
}
