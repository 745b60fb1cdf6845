tools = [{type: "text_editor_20250728", name: "str_replace_based_edit_tool"}]
other = {type: "text_editor_20250124", name: tool_name}
