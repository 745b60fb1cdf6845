# snapshot-options: fact:anthropic_text_editor
from .editor import EditorTool, run_bash

EDITOR_TOOL_NAME = "str_replace_editor"
HANDLERS = {"str_replace_editor": EditorTool(), "bash": run_bash}


def handle(block):
    if block.name == "str_replace_editor":
        return HANDLERS[block.name](**block.input)
    if block.name in ("str_replace_editor", "bash"):
        return None
    match block.name:
        case "str_replace_editor":
            return EditorTool()(**block.input)
        case _:
            raise ValueError(block.name)
