# snapshot-options: to=5
# Haiku 4.5 stays in the 4.5 generation under --to 5: its computer tool moves here.
import anthropic

client = anthropic.Anthropic()
client.beta.messages.create(
    model="claude-haiku-4-5",
    max_tokens=1024,
    messages=[],
    tools=[{"type": "computer_20241022", "name": "computer", "display_width_px": 1024, "display_height_px": 768}],
)
