TOOLS = [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 10000}]
