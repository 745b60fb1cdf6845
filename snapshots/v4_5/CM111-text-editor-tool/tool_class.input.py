from typing import Any, Literal

from .base import BaseAnthropicTool


class EditTool(BaseAnthropicTool):
    """A filesystem editor the agent drives."""

    api_type: Literal["text_editor_20250124"] = "text_editor_20250124"
    name: Literal["str_replace_editor"] = "str_replace_editor"

    def to_params(self) -> Any:
        return {"name": self.name, "type": self.api_type}
