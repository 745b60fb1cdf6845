# snapshot-options: fact:anthropic_text_editor
def first(command, path):
    # undo first
    if command == "view":
        return view(path)
    else:
        raise ValueError(command)


def last(command, path):
    if command == "view":
        return view(path)


def with_else(command, path):
    result = edit(command, path)
    return result


def alone(command, path):
    pass


def middle(command, path):
    if command == "view":
        return view(path)
    elif command == "insert":
        return insert(path)
    return None
