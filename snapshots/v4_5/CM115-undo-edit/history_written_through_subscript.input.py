import anthropic

TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]


class Editor:
    def __init__(self):
        self._saved_history = {}

    def run(self, command, path, text=None):
        if command == "write":
            self._saved_history[path] = text
        elif command == "undo_edit":
            return self.undo(path)

    def undo(self, path):
        return self._saved_history.pop(path)


class Cache:
    # No undo_edit here: its history is its own.
    def put(self, path, text):
        self._history[path] = text
