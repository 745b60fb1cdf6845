# snapshot-options: to=5
# Under --to 5, a Sonnet 5 (or Opus) request's computer tool is left for the 5 set, which
# knows its final version: computer_20250124 is not one Opus 5 or Sonnet 5 takes.
import anthropic

client = anthropic.Anthropic()
client.beta.messages.create(
    model="claude-sonnet-5",
    max_tokens=1024,
    messages=[],
    tools=[{"type": "computer_20241022", "name": "computer", "display_width_px": 1024, "display_height_px": 768}],
)
client.beta.messages.create(
    model="claude-3-5-sonnet-20241022",  # becomes claude-sonnet-5 in the 5 set
    max_tokens=1024,
    messages=[],
    tools=[{"type": "computer_20241022", "name": "computer", "display_width_px": 1024, "display_height_px": 768}],
)
