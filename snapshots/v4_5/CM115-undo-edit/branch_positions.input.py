# snapshot-options: fact:anthropic_text_editor
def first(command, path):
    # undo first
    if command == "undo_edit":
        return undo(path)
    elif command == "view":
        return view(path)
    else:
        raise ValueError(command)


def last(command, path):
    if command == "view":
        return view(path)
    elif "undo_edit" == command:
        return undo(path)


def with_else(command, path):
    if command == "undo_edit":
        return undo(path)
    else:
        result = edit(command, path)
        return result


def alone(command, path):
    if command == "undo_edit":
        undo(path)


def middle(command, path):
    if command == "view":
        return view(path)
    elif command == "undo_edit":
        return undo(path)
    elif command == "insert":
        return insert(path)
    return None
