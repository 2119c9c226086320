package workflow

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/terjime/terjime/internal/ctlchar"
	"github.com/terjime/terjime/internal/input"
	"github.com/terjime/terjime/workflow/ui"
)

// articleLimit bounds how much of an article terjime reads.
var articleLimit = input.Limit{}

// Text is a decoded source document.
type Text struct {
	Body     string // UTF-8, without a byte-order mark
	BOM      bool   // the file began with a UTF-8 byte-order mark
	Encoding string // the encoding it was decoded from; "" for UTF-8
}

// DecodeText turns the bytes of an article into UTF-8. Without an encoding
// name the input must be UTF-8: the first invalid byte is reported with its
// offset and line, since silently guessing would corrupt a translation. A
// UTF-16 file is recognised and named as such; a file with NUL bytes is
// refused as binary, and one with other control characters (ESC, BEL…;
// tabs and line breaks are text) as no article.
//
// Body shares data's memory (a long article is not copied): the caller
// must not change data afterwards.
func DecodeText(name string, data []byte, enc string) (Text, error) {
	var t Text
	if enc == "" {
		if kind, _ := input.UTF16(data); kind != "" {
			return Text{}, input.Errorf(name, 0, "the file is %s, not UTF-8: save it as UTF-8, or pass --encoding %s (encoding = %q in its [[document]])", strings.ToUpper(kind), kind, kind)
		}
	}
	if enc != "" && !isUTF8Name(enc) {
		e, canonical, err := legacyEncoding(enc)
		if err != nil {
			return Text{}, err
		}
		t.Encoding = canonical
		data, err = decodeAll(e, data)
		if err != nil {
			return Text{}, fmt.Errorf("%s: cannot decode as %s: %w", name, enc, err)
		}
		if err := undefinedBytes(name, data, e, canonical); err != nil {
			return Text{}, err
		}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Text{}, input.Errorf(name, bytes.Count(data[:i], []byte{'\n'})+1, "byte offset %d is a NUL byte: this looks like a binary file, not an article", i)
	}
	if err := input.CheckUTF8(name, data, "if the file is in a legacy encoding, pass --encoding (for example windows-1251)"); err != nil {
		return Text{}, err
	}
	if rest, ok := bytes.CutPrefix(data, []byte("\uFEFF")); ok {
		t.BOM = true
		data = rest
	}
	t.Body = unsafe.String(unsafe.SliceData(data), len(data))
	if i, r := ctlchar.Find(t.Body); i >= 0 {
		return Text{}, input.Errorf(name, strings.Count(t.Body[:i], "\n")+1, "the control character %s: an article holds text, and this one would reach the editions and the terminals that show them; remove it", ctlchar.Name(r))
	}
	return t, nil
}

// legacyEncoding looks up an encoding by the name segment --encoding and
// a document's encoding take (WHATWG labels: windows-1251, cp1251, koi8-r,
// iso-8859-5…) and gives its canonical name, the one catalogs record. Both
// directions go through it: the article is decoded with it, and its
// source edition encoded back.
func legacyEncoding(enc string) (encoding.Encoding, string, error) {
	e, err := htmlindex.Get(enc)
	if err != nil {
		return nil, "", ui.NewError("TextUnknownEncoding", map[string]any{"Encoding": enc})
	}
	name, _ := htmlindex.Name(e)
	return e, name, nil
}

// EncodeText turns an edition's UTF-8 text back into the legacy encoding
// enc its article was read in ("" or UTF-8: data as is), so that the
// source edition is the article byte for byte. A character enc has no
// form for is an error naming source (the article, whose lines the
// edition's are) and the character's line: text decoded from enc always
// has one, so it means the encoding recorded for the article is not the
// one it is in.
func EncodeText(source string, data []byte, enc string) ([]byte, error) {
	if enc == "" || isUTF8Name(enc) {
		return data, nil
	}
	e, name, err := legacyEncoding(enc)
	if err != nil {
		return nil, err
	}
	out, err := e.NewEncoder().Bytes(data)
	if err == nil {
		return out, nil
	}
	// Find the character: encode rune by rune, only on this path.
	enc1 := e.NewEncoder()
	for i, r := range string(data) {
		enc1.Reset()
		if _, err := enc1.String(string(r)); err != nil {
			what := ""
			if r == utf8.RuneError {
				what = ", which stands for bytes the encoding has no character for,"
			}
			return nil, input.Errorf(source, bytes.Count(data[:i], []byte{'\n'})+1,
				"the character %q (%s)%s has no form in %s, the encoding recorded for the article: its source edition cannot be the article byte for byte; is the article in %s? (the source catalog's encoding, or the document's encoding in terjime.toml); nothing was built",
				r, ctlchar.Name(r), what, name, name)
		}
	}
	return nil, fmt.Errorf("%s: cannot encode in %s: %w", source, name, err)
}

func isUTF8Name(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(s, "-", ""))
	return s == "utf8"
}

// undefinedBytes refuses a decoded article holding U+FFFD where the
// encoding has no form for it: the decoder wrote it for a byte the
// encoding leaves undefined (0x98 in windows-1251), the sign of an article
// in another encoding. Read on, it would be published as "�".
func undefinedBytes(name string, decoded []byte, e encoding.Encoding, enc string) error {
	i := bytes.IndexRune(decoded, utf8.RuneError)
	if i < 0 {
		return nil
	}
	if _, err := e.NewEncoder().String(string(utf8.RuneError)); err == nil {
		return nil // the encoding can write U+FFFD itself: the article may hold one
	}
	line := bytes.Count(decoded[:i], []byte{'\n'}) + 1
	col := utf8.RuneCount(decoded[bytes.LastIndexByte(decoded[:i], '\n')+1:i]) + 1
	return input.Errorf(name, line, "character %d: a byte that %s leaves undefined; is the article in another encoding?", col, enc)
}

func decodeAll(e encoding.Encoding, data []byte) ([]byte, error) {
	return io.ReadAll(e.NewDecoder().Reader(bytes.NewReader(data)))
}
