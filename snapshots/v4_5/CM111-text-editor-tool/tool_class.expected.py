from typing import Any, Literal

from .base import BaseAnthropicTool


class EditTool(BaseAnthropicTool):
    """A filesystem editor the agent drives."""

    api_type: Literal["text_editor_20250728"] = "text_editor_20250728"
    name: Literal["str_replace_based_edit_tool"] = "str_replace_based_edit_tool"

    def to_params(self) -> Any:
        return {"name": self.name, "type": self.api_type}
