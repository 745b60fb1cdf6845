import anthropic


def is_sonnet_four(model: str) -> bool:
    # Sonnet 4.5 starts the same way: the test still matches after migration.
    return model.startswith("claude-sonnet-4")


def is_claude_three(model: str) -> bool:
    return model.startswith("claude-3")


def is_opus_four(model: str) -> bool:
    return "claude-opus-4" in model
