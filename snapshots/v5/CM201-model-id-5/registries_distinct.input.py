from enum import Enum

DEFAULT = "claude-opus-4-7"


class ModelType(str, Enum):
    OPUS = "claude-opus-4-6"
    SONNET = "claude-sonnet-4-6"
    HAIKU = "claude-haiku-4-5-20251001"


CASES = [("claude-opus-4-6", True), ("claude-sonnet-4-5-20250929", False)]
