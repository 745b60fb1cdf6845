from typing import Literal

ModelName = Literal["claude-3-opus-20240229"]
MODELS = ["claude-3-haiku-20240307"]
PAIR = ("claude-3-haiku-20240307", "claude-3-haiku-20240307")
