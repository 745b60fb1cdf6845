package tools

import "github.com/anthropics/anthropic-sdk-go"

var raw = map[string]any{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
var typed = anthropic.ToolUnionParam{OfTextEditor20250124: &anthropic.ToolTextEditor20250124Param{}}
