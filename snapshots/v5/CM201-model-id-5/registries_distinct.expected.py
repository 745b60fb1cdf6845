from enum import Enum

DEFAULT = "claude-opus-5"


class ModelType(str, Enum):
    OPUS = "claude-opus-5"
    SONNET = "claude-sonnet-5"
    HAIKU = "claude-haiku-4-5-20251001"


CASES = [("claude-opus-5", True), ("claude-sonnet-5", False)]
