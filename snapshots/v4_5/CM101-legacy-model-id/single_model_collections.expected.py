from typing import Literal

ModelName = Literal["claude-opus-4-5-20251101"]
MODELS = ["claude-haiku-4-5-20251001"]
PAIR = ("claude-haiku-4-5-20251001", "claude-haiku-4-5-20251001")
