# snapshot-options: fact:anthropic_text_editor fact:client_str_replace_editor
EDITOR_SCHEMA = {
    "type": "object",
    "properties": {"command": {"enum": ["view", "create", "str_replace", "undo_edit"]}},
}


def dispatch(name, command, path):
    if name == "str_replace_editor" and command == "undo_edit":
        return journal.pop(path)
    if command == "undo_edit":
        return journal.pop(path)
    return view(path)
