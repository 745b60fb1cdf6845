# snapshot-options: fact:anthropic_text_editor
import enum


class Command(str, enum.Enum):
    VIEW = "view"
    CREATE = "create"


HANDLERS = {"view": view, "create": create}
ALLOWED = ["view", "str_replace"]
PAIR = ("view",)
WRITES = {"create", "insert"}


def run(command, path):
    match command:
        case "view":
            return view(path)
        case "create":
            return create(path)
        case _:
            raise ValueError(command)
