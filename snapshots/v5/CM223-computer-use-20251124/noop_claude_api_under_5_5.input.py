# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
TOOLS = [{"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}]


def act(messages):
    # The 5.5 models on the Claude API need the toolset, not computer_20251124.
    return client.beta.messages.create(
        model="claude-opus-5", max_tokens=1024, tools=TOOLS, messages=messages, betas=["computer-use-2025-01-24"]
    )
