# snapshot-options: fact:anthropic_text_editor
from .editor import EditorTool, run_bash

EDITOR_TOOL_NAME = "str_replace_based_edit_tool"
HANDLERS = {"str_replace_based_edit_tool": EditorTool(), "bash": run_bash}


def handle(block):
    if block.name == "str_replace_based_edit_tool":
        return HANDLERS[block.name](**block.input)
    if block.name in ("str_replace_based_edit_tool", "bash"):
        return None
    match block.name:
        case "str_replace_based_edit_tool":
            return EditorTool()(**block.input)
        case _:
            raise ValueError(block.name)
