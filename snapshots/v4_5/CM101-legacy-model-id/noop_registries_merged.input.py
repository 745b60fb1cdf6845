from enum import Enum

import pytest


class Tier(str, Enum):
    SONNET_JUNE = "claude-3-5-sonnet-20240620"
    SONNET_OCT = "claude-3-5-sonnet-20241022"


class Known(str, Enum):
    SONNET_3_7 = "claude-3-7-sonnet-20250219"
    SONNET_4_5 = "claude-sonnet-4-5-20250929"
    OPUS = "claude-3-opus-20240229"


@pytest.mark.parametrize(
    "model_id, vision",
    [("claude-3-5-sonnet-20240620", True), ("claude-3-7-sonnet-20250219", False)],
)
def test_caps(model_id, vision):
    assert supports_vision(model_id) is vision


def install(add_model):
    add_model(ChatModel("claude-3-5-sonnet-20240620"), aliases=("sonnet-june",))
    add_model(ChatModel("claude-3-5-sonnet-20241022"), aliases=("sonnet-oct",))


register("claude-3-haiku-20240307", tier="cheap")
register("claude-3-5-haiku-20241022", tier="fast")

ALIASES = {"june": "claude-3-5-sonnet-20240620", "oct": "claude-3-5-sonnet-20241022"}
PAIR = compare("claude-3-opus-20240229", "claude-opus-4-1-20250805")
