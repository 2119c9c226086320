package check

import (
	"fmt"
	"strconv"
	"strings"
)

// Msg is a message used as an argument of another: Localize translates
// it first, Render writes its English text.
type Msg struct {
	Key  string
	Args map[string]any
}

// English is the English text of the registered message key with args.
func English(key string, args map[string]any) string {
	return Render(Messages[key], args)
}

// Render fills a message template's {{.Name}} actions from args: floats
// with one decimal, everything else as fmt's %v would. It is all the
// template language the messages use.
func Render(tmpl string, args map[string]any) string {
	if !strings.Contains(tmpl, "{{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{.")
		if i < 0 {
			break
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			break
		}
		b.WriteString(tmpl[:i])
		switch v := args[tmpl[i+3:i+j]].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case float64:
			b.WriteString(strconv.FormatFloat(v, 'f', 1, 64))
		case Msg:
			b.WriteString(English(v.Key, v.Args))
		case nil:
		default:
			fmt.Fprint(&b, v)
		}
		tmpl = tmpl[i+j+2:]
	}
	b.WriteString(tmpl)
	return b.String()
}
