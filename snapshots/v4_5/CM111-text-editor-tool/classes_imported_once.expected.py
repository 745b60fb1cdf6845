from anthropic.types import (
    ToolTextEditor20250728Param,
)
from anthropic.types import ToolTextEditor20250728Param as Legacy, ToolTextEditor20250728Param
def legacy_tool() -> ToolTextEditor20250728Param:
    return {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
def newer_tool() -> ToolTextEditor20250728Param:
    return {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
