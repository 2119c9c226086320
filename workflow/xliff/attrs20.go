package xliff

import (
	"encoding/hex"
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/terjime/terjime/workflow/xmlsafe"
	"golang.org/x/text/language"
)

// kind is the type of an XLIFF 2.0 attribute value.
type kind int

const (
	kAny kind = iota
	kNMToken
	kNMTokens
	kYesNo
	kYesNoFirstNo
	kDir
	kState
	kUser // prefix:value
	kType
	kMrkType
	kPosInt
	kPriority
	kAppliesTo
	kLang
	kHex
)

// rule lists the attributes an XLIFF 2.0 core element may carry, as the
// core schema does; the reader checks them so that a file it accepts is
// one other tools accept too.
type rule struct {
	attrs    map[string]kind
	required []string
	other    bool   // attributes of other namespaces (modules, extensions)
	xml      string // xml: attributes allowed when other is false
}

var codeAttrs = map[string]kind{
	"canCopy": kYesNo, "canDelete": kYesNo, "canOverlap": kYesNo, "canReorder": kYesNoFirstNo,
	"copyOf": kNMToken, "dataRef": kNMToken, "dir": kDir, "disp": kAny, "equiv": kAny,
	"id": kNMToken, "isolated": kYesNo, "subFlows": kNMTokens, "subType": kUser, "type": kType,
}

func with(m map[string]kind, kv ...any) map[string]kind {
	out := make(map[string]kind, len(m)+len(kv)/2)
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1].(kind)
	}
	return out
}

var structAttrs = map[string]kind{
	"id": kNMToken, "name": kAny, "canResegment": kYesNo, "translate": kYesNo,
	"srcDir": kDir, "trgDir": kDir, "type": kUser,
}

var rules20 = map[string]rule{
	"xliff":        {attrs: map[string]kind{"version": kAny, "srcLang": kLang, "trgLang": kLang}, required: []string{"version", "srcLang"}, other: true},
	"file":         {attrs: map[string]kind{"id": kNMToken, "canResegment": kYesNo, "original": kAny, "translate": kYesNo, "srcDir": kDir, "trgDir": kDir}, required: []string{"id"}, other: true},
	"skeleton":     {attrs: map[string]kind{"href": kAny}},
	"group":        {attrs: structAttrs, required: []string{"id"}, other: true},
	"unit":         {attrs: structAttrs, required: []string{"id"}, other: true},
	"segment":      {attrs: map[string]kind{"id": kNMToken, "canResegment": kYesNo, "state": kState, "subState": kUser}},
	"ignorable":    {attrs: map[string]kind{"id": kNMToken}},
	"notes":        {},
	"note":         {attrs: map[string]kind{"id": kNMToken, "appliesTo": kAppliesTo, "category": kAny, "priority": kPriority}, other: true},
	"originalData": {},
	"data":         {attrs: map[string]kind{"id": kNMToken, "dir": kDir}, required: []string{"id"}, xml: "space"},
	"source":       {xml: "lang space"},
	"target":       {attrs: map[string]kind{"order": kPosInt}, xml: "lang space"},
	"cp":           {attrs: map[string]kind{"hex": kHex}, required: []string{"hex"}},
	"ph":           {attrs: codeAttrs, required: []string{"id"}, other: true},
	"pc": {attrs: with(codeAttrs, "dispEnd", kAny, "dispStart", kAny, "equivEnd", kAny, "equivStart", kAny,
		"dataRefEnd", kNMToken, "dataRefStart", kNMToken, "subFlowsEnd", kNMTokens, "subFlowsStart", kNMTokens),
		required: []string{"id"}, other: true},
	"sc":  {attrs: codeAttrs, required: []string{"id"}, other: true},
	"ec":  {attrs: with(codeAttrs, "startRef", kNMToken), other: true},
	"mrk": {attrs: map[string]kind{"id": kNMToken, "translate": kYesNo, "type": kMrkType, "ref": kAny, "value": kAny}, required: []string{"id"}, other: true},
	"sm":  {attrs: map[string]kind{"id": kNMToken, "translate": kYesNo, "type": kMrkType, "ref": kAny, "value": kAny}, required: []string{"id"}, other: true},
	"em":  {attrs: map[string]kind{"startRef": kNMToken}, required: []string{"startRef"}},
}

const itsNS = "http://www.w3.org/2005/11/its"

// checkAttrs checks the attributes of an XLIFF 2.0 core element.
func (r *reader) checkAttrs(se xml.StartElement) error {
	el := se.Name.Local
	ru := rules20[el]
	for _, a := range se.Attr {
		n := a.Name
		switch {
		case n.Space == "xmlns" || n.Space == "" && n.Local == "xmlns":
			continue
		case n.Space == "":
			k, ok := ru.attrs[n.Local]
			if !ok {
				return r.errorf("<%s> has no attribute %q", el, n.Local)
			}
			if msg := checkValue(k, a.Value); msg != "" {
				return r.errorf("<%s %s=%q>: %s", el, n.Local, a.Value, msg)
			}
		case n.Space == xmlNS:
			if !ru.other && !strings.Contains(ru.xml, n.Local) {
				return r.errorf("<%s> cannot carry xml:%s", el, n.Local)
			}
			switch n.Local {
			case "lang":
				if msg := checkValue(kLang, a.Value); msg != "" {
					return r.errorf("<%s xml:lang=%q>: %s", el, a.Value, msg)
				}
			case "space":
				if a.Value != "default" && a.Value != "preserve" {
					return r.errorf("<%s xml:space=%q>: want default or preserve", el, a.Value)
				}
			}
		case n.Space == ns20:
			return r.errorf("<%s> has no attribute %q", el, n.Local)
		case strings.HasPrefix(n.Space, "urn:oasis:names:tc:xliff:") || n.Space == itsNS:
			// Attributes of XLIFF modules and of ITS (XLIFF 2.1), which
			// terjime does not interpret, wherever a tool puts them.
		default:
			if !ru.other {
				return r.errorf("<%s> cannot carry the extension attribute %s (namespace %s)", el, n.Local, n.Space)
			}
		}
	}
	for _, req := range ru.required {
		if !hasAttr(se, req) {
			return r.errorf("<%s> lacks the required attribute %q", el, req)
		}
	}
	return nil
}

// checkValue returns what is wrong with v as a value of kind k, or "".
func checkValue(k kind, v string) string {
	switch k {
	case kNMToken:
		if !xmlsafe.IsNMToken(v) {
			return "not an XML name token (letters, digits, '.', '-', '_', ':')"
		}
	case kNMTokens:
		for _, f := range strings.Fields(v) {
			if !xmlsafe.IsNMToken(f) {
				return "not a list of XML name tokens"
			}
		}
	case kYesNo:
		if v != "yes" && v != "no" {
			return "want yes or no"
		}
	case kYesNoFirstNo:
		if v != "yes" && v != "no" && v != "firstNo" {
			return "want yes, no or firstNo"
		}
	case kDir:
		if v != "ltr" && v != "rtl" && v != "auto" {
			return "want ltr, rtl or auto"
		}
	case kState:
		if v != "initial" && v != "translated" && v != "reviewed" && v != "final" {
			return "want initial, translated, reviewed or final"
		}
	case kUser:
		p, val, ok := strings.Cut(v, ":")
		if !ok || p == "" || val == "" || strings.Contains(val, ":") || strings.ContainsAny(v, " \t\r\n") {
			return "want prefix:value"
		}
	case kType:
		switch v {
		case "fmt", "ui", "quote", "link", "image", "other":
		default:
			return "want fmt, ui, quote, link, image or other"
		}
	case kMrkType:
		switch v {
		case "generic", "comment", "term":
		default:
			if checkValue(kUser, v) != "" {
				return "want generic, comment, term or prefix:value"
			}
		}
	case kPosInt, kPriority:
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || k == kPriority && n > 10 {
			if k == kPriority {
				return "want a number from 1 to 10"
			}
			return "want a positive number"
		}
	case kAppliesTo:
		if v != "source" && v != "target" {
			return "want source or target"
		}
	case kLang:
		if _, err := language.Parse(v); err != nil {
			return "not a BCP 47 language tag"
		}
	case kHex:
		if _, err := hex.DecodeString(v); err != nil || v == "" {
			return "not a hexadecimal number"
		}
	}
	return ""
}
