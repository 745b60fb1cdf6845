from anthropic.types import ToolTextEditor20250728Param
from anthropic.types.beta import BetaToolTextEditor20250728Param


def editor_tool() -> ToolTextEditor20250728Param:
    return ToolTextEditor20250728Param(type="text_editor_20250728", name="str_replace_based_edit_tool")


def beta_editor_tool() -> BetaToolTextEditor20250728Param:
    return {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}
