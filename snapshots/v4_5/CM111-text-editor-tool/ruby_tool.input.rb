tools = [{type: "text_editor_20250124", name: "str_replace_editor"}]
other = {type: "text_editor_20250124", name: tool_name}
