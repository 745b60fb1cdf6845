def run(command, path):
    if command == "undo_edit":
        return undo(path)
    return view(path)
