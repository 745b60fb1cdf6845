# snapshot-options: fact:anthropic_text_editor fact:client_str_replace_editor
def run(command, path):
    if command == "undo_edit":
        return undo(path)
    return view(path)
