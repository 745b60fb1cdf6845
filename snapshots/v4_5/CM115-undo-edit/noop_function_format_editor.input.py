# snapshot-options: fact:anthropic_text_editor fact:client_str_replace_editor
FILE_TOOL = {"type": "function", "function": {"name": "str_replace_editor",
    "parameters": {"properties": {"command": {"enum": ["view", "str_replace", "undo_edit"]}}}}}


def handle(command, path):
    if command == "view": return show(path)
    elif command == "undo_edit": return revert(path)


def on_tool(block):
    if block.name == "str_replace_editor":
        return handle(**block.input)
