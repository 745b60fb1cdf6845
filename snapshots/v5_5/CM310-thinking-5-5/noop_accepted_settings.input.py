# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def fine(text):
    client.messages.create(model="claude-opus-5-5", max_tokens=1024, thinking={"type": "adaptive"}, messages=[])
    client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, thinking={"type": "between_tools"}, messages=[])
    client.messages.create(
        model="claude-haiku-5-5",
        max_tokens=1024,
        thinking={"type": "disabled"},
        output_config={"effort": "high"},
        messages=[],
    )


def older_models_are_not_5_5(text):
    # Left to the earlier sets: these IDs still go to the older models.
    client.messages.create(model="claude-opus-5", max_tokens=1024, thinking={"type": "disabled"}, messages=[])
    client.messages.create(model="claude-haiku-4-5", max_tokens=1024, thinking={"type": "enabled", "budget_tokens": 2048}, messages=[])
    client.messages.create(model="gpt-5", max_tokens=1024, thinking={"type": "disabled"}, messages=[])
