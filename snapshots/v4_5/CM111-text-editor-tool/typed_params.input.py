from anthropic.types import ToolTextEditor20250124Param
from anthropic.types.beta import BetaToolTextEditor20241022Param


def editor_tool() -> ToolTextEditor20250124Param:
    return ToolTextEditor20250124Param(type="text_editor_20250124", name="str_replace_editor")


def beta_editor_tool() -> BetaToolTextEditor20241022Param:
    return {"type": "text_editor_20241022", "name": "str_replace_editor"}
