# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
COMPUTER = {"type": "computer_20251124", "name": "computer", "display_width_px": 1280, "display_height_px": 800}


def act(messages):
    return client.beta.messages.create(
        model="claude-opus-5-5", max_tokens=4096, tools=[COMPUTER], messages=messages, betas=["computer-use-2025-11-24"]
    )
