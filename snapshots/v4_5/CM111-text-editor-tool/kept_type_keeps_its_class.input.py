from anthropic.types import ToolTextEditor20250124Param, ToolTextEditor20250429Param
def legacy_tool() -> ToolTextEditor20250124Param:
    tool_name = "str_replace_editor"
    return {"type": "text_editor_20250124", "name": tool_name}
def newer_tool() -> ToolTextEditor20250429Param:
    return {"type": "text_editor_20250429", "name": "str_replace_based_edit_tool"}
