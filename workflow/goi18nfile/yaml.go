package goi18nfile

import (
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/terjime/terjime/internal/input"
)

// decodeYAML parses a YAML message file as decodeTOML does a TOML one,
// from the YAML library's node tree, which has every key's line.
func decodeYAML(name string, data []byte) (*document, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return nil, &input.Error{File: name, Line: line, Msg: err.Error(), Err: err}
	}
	doc := &document{root: map[string]any{}, lines: map[string]int{}}
	root := &n
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	for root.Kind == yaml.AliasNode {
		root = root.Alias
	}
	switch root.Kind {
	case 0, yaml.DocumentNode:
	case yaml.MappingNode:
		doc.root = yamlMapping(doc, root, "", true)
	case yaml.SequenceNode:
		doc.list = make([]any, len(root.Content))
		for i, item := range root.Content {
			p := "[" + strconv.Itoa(i) + "]"
			doc.lines[p] = item.Line
			doc.list[i] = yamlValue(doc, item, p)
		}
	default:
		if v := yamlValue(doc, root, ""); v != nil {
			doc.root[""], doc.order, doc.lines[""] = v, []string{""}, root.Line
		}
	}
	return doc, nil
}

// yamlLine finds the line in the YAML library's errors: "yaml: line 3: …".
var yamlLine = regexp.MustCompile(`line (\d+)`)

func yamlMapping(doc *document, n *yaml.Node, path string, root bool) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := k.Value
		if path != "" {
			p = path + "." + k.Value
		}
		if _, ok := doc.lines[p]; !ok {
			doc.lines[p] = k.Line
		}
		if _, dup := m[k.Value]; !dup && root {
			doc.order = append(doc.order, k.Value)
		}
		m[k.Value] = yamlValue(doc, v, p)
	}
	return m
}

// yamlValue is a node as a text, a table, nil for no value, or a badValue.
func yamlValue(doc *document, n *yaml.Node, path string) any {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		return yamlMapping(doc, n, path, false)
	case yaml.SequenceNode:
		return badValue{"array", n.Line}
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return n.Value
		case "!!null":
			return nil
		case "!!int", "!!float":
			return badValue{"number", n.Line}
		case "!!bool":
			return badValue{"boolean", n.Line}
		}
		return badValue{n.ShortTag(), n.Line}
	}
	return nil
}
