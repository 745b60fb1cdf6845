from enum import Enum

import anthropic
import pytest

DEFAULT = "claude-sonnet-4-5-20250929"


class Tier(str, Enum):
    SMART = "claude-opus-4-5-20251101"
    FAST = "claude-haiku-4-5-20251001"


class Settings:
    model = "claude-sonnet-4-5-20250929"


@pytest.mark.parametrize(
    "model_id, vision",
    [("claude-opus-4-5-20251101", True), ("claude-haiku-4-5-20251001", False)],
)
def test_caps(model_id, vision):
    assert supports_vision(model_id) is vision


def install(add_model):
    add_model(ChatModel("claude-opus-4-5-20251101"), aliases=("opus",))
    add_model(ChatModel("claude-haiku-4-5-20251001"), aliases=("haiku",))


def ask_twice(client: anthropic.Anthropic, text):
    client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=64, messages=text)
    client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=64, messages=text)


def is_default(model):
    return model == DEFAULT


def budget(model):
    match model:
        case "claude-3-opus-20240229":
            return pick("claude-haiku-4-5-20251001")
