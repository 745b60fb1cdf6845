from typing import Literal

PRICES = {
    "claude-3-opus-20240229": (15.0, 75.0),
    "claude-3-5-sonnet-20241022": (3.0, 15.0),
}
CONTEXT = {"claude-3-haiku-20240307": 200_000}
FALLBACKS = ["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307"]
SUPPORTED = ("claude-3-opus-20240229", "claude-sonnet-4-5-20250929")
VISION = {"claude-3-opus-20240229", "claude-3-sonnet-20240229"}
ModelName = Literal["claude-3-opus-20240229", "claude-3-5-sonnet-20241022"]


def price(model: str) -> float:
    if model in ("claude-3-opus-20240229", "claude-3-haiku-20240307"):
        return PRICES["claude-3-opus-20240229"][0]
    return 0.0
