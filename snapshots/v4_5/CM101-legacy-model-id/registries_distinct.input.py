from enum import Enum

import anthropic
import pytest

DEFAULT = "claude-3-5-sonnet-20240620"


class Tier(str, Enum):
    SMART = "claude-3-opus-20240229"
    FAST = "claude-3-haiku-20240307"


class Settings:
    model = "claude-3-7-sonnet-20250219"


@pytest.mark.parametrize(
    "model_id, vision",
    [("claude-3-opus-20240229", True), ("claude-3-5-haiku-20241022", False)],
)
def test_caps(model_id, vision):
    assert supports_vision(model_id) is vision


def install(add_model):
    add_model(ChatModel("claude-3-opus-20240229"), aliases=("opus",))
    add_model(ChatModel("claude-3-5-haiku-20241022"), aliases=("haiku",))


def ask_twice(client: anthropic.Anthropic, text):
    client.messages.create(model="claude-3-5-sonnet-20240620", max_tokens=64, messages=text)
    client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=64, messages=text)


def is_default(model):
    return model == DEFAULT


def budget(model):
    match model:
        case "claude-3-opus-20240229":
            return pick("claude-3-haiku-20240307")
