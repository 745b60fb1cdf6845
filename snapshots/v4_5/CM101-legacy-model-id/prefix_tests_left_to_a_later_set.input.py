# snapshot-options: to=5
import anthropic


def is_sonnet_four(model: str) -> bool:
    # With --to 5, the 5 set reports this one against the final IDs (CM204).
    return model.startswith("claude-sonnet-4")


def is_claude_three(model: str) -> bool:
    # No 4.5 ID matches it, so no later set would see it as old: reported here.
    return model.startswith("claude-3")
