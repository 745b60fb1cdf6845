from collections import defaultdict
from pathlib import Path
from typing import Literal

Command = Literal[
    "view",
    "create",
    "str_replace",
    "insert",
]


class EditTool:
    api_type: Literal["text_editor_20250124"] = "text_editor_20250124"
    name: Literal["str_replace_editor"] = "str_replace_editor"

    _file_history: dict[Path, list[str]]

    def __init__(self):
        self._file_history = defaultdict(list)

    def __call__(self, *, command: Command, path: str, **kwargs):
        if command == "view":
            return self.view(path)
        elif command == "create":
            return self.create(path, kwargs["file_text"])
        raise ValueError(command)

    def undo_edit(self, path: Path):
        return self._file_history[path].pop()
