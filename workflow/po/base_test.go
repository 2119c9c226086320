package po

import (
	"strings"
	"testing"
)

// A PO editor fills Last-Translator and PO-Revision-Date on saving: they
// name who translated the file's entries. The template's placeholders
// name nobody.
func TestReadTranslator(t *testing.T) {
	for _, tc := range []struct{ header, by, at string }{
		{`"Last-Translator: Aýna Orazowa <ayna@example.org>\n"` + "\n" + `"PO-Revision-Date: 2024-05-02 14:05+0500\n"`, "Aýna Orazowa", "2024-05-02T09:05:00Z"},
		{`"Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"` + "\n" + `"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"`, "", ""},
		{`"Last-Translator: \n"`, "", ""},
	} {
		data := "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n" + tc.header + "\n\n#. terjime-base: - untranslated\nmsgctxt \"a1\"\nmsgid \"Hello.\"\nmsgstr \"Привет.\"\n"
		ex, err := Parse("x.po", []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		u := ex.Units[0]
		if u.ChangedBy != tc.by || u.ChangedAt != tc.at {
			t.Errorf("%s: translator %q at %q, want %q at %q", tc.header, u.ChangedBy, u.ChangedAt, tc.by, tc.at)
		}
		if !u.Base.Known() || u.Base.Hash != "-" {
			t.Errorf("base %+v, want the untranslated base", u.Base)
		}
	}
}

func TestReadBadBase(t *testing.T) {
	for _, base := range []string{"#. terjime-base: 12 translated", "#. terjime-base: 0123456789ab done", "#. terjime-base:"} {
		data := "msgid \"\"\nmsgstr \"Language: ru\\n\"\n\n" + base + "\nmsgctxt \"a1\"\nmsgid \"Hello.\"\nmsgstr \"\"\n"
		_, err := Parse("x.po", []byte(data))
		if err == nil || !strings.HasPrefix(err.Error(), "x.po:4: base") {
			t.Errorf("%s: error %v, want x.po:4: base …", base, err)
		}
	}
}
