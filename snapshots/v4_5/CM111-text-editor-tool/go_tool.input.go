package tools

import "github.com/anthropics/anthropic-sdk-go"

var raw = map[string]any{"type": "text_editor_20250124", "name": "str_replace_editor"}
var typed = anthropic.ToolUnionParam{OfTextEditor20250124: &anthropic.ToolTextEditor20250124Param{}}
