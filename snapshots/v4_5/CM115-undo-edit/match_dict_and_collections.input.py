# snapshot-options: fact:anthropic_text_editor
import enum


class Command(str, enum.Enum):
    VIEW = "view"
    CREATE = "create"
    UNDO_EDIT = "undo_edit"


HANDLERS = {"view": view, "create": create, "undo_edit": undo}
ALLOWED = ["view", "str_replace", "undo_edit"]
PAIR = ("undo_edit", "view")
WRITES = {"create", "undo_edit", "insert"}


def run(command, path):
    match command:
        case "view":
            return view(path)
        case "create" | "undo_edit":
            return create(path)
        case "undo_edit":
            return undo(path)
        case _:
            raise ValueError(command)
