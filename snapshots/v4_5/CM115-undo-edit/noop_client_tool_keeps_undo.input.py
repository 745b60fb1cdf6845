# snapshot-options: fact:anthropic_text_editor
TOOLS = [{"name": "str_replace_editor", "description": "ours", "input_schema": {"type": "object"}}]


def run(command, path):
    if command == "undo_edit":
        return undo(path)
    return view(path)
