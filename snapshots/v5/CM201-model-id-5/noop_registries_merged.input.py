from enum import Enum


class ModelType(str, Enum):
    CLAUDE_OPUS_4_5 = "claude-opus-4-5-20251101"
    CLAUDE_OPUS_4_6 = "claude-opus-4-6"
    CLAUDE_OPUS_4_7 = "claude-opus-4-7"
    CLAUDE_HAIKU_4_5 = "claude-haiku-4-5-20251001"


CASES = [("claude-opus-4-6", True), ("claude-opus-4-7", False)]
