# snapshot-options: to=5
import anthropic


def is_sonnet_four(model: str) -> bool:
    # With --to 5, the 5 set reports this one against the final IDs (CM204).
    return model.startswith("claude-sonnet-4")


def is_claude_three(model: str) -> bool:
    # The 5 set's table knows the Claude 3 IDs as well: it reports this one too.
    return model.startswith("claude-3")
