from anthropic.types import (
    ToolTextEditor20250124Param,
    ToolTextEditor20250429Param,
)
from anthropic.types import ToolTextEditor20250124Param as Legacy, ToolTextEditor20250429Param
def legacy_tool() -> ToolTextEditor20250124Param:
    return {"type": "text_editor_20250124", "name": "str_replace_editor"}
def newer_tool() -> ToolTextEditor20250429Param:
    return {"type": "text_editor_20250429", "name": "str_replace_based_edit_tool"}
