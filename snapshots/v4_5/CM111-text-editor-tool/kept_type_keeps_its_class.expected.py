from anthropic.types import ToolTextEditor20250124Param, ToolTextEditor20250728Param
def legacy_tool() -> ToolTextEditor20250124Param:
    tool_name = "str_replace_editor"
    return {"type": "text_editor_20250124", "name": tool_name}
def newer_tool() -> ToolTextEditor20250728Param:
    return {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
