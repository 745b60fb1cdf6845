TOOLS = [
    {
        "name": "str_replace_editor",
        "description": "Our own editor: view, create, str_replace, insert and undo_edit.",
        "input_schema": {
            "type": "object",
            "properties": {"command": {"type": "string", "enum": ["view", "undo_edit"]}},
        },
    }
]
