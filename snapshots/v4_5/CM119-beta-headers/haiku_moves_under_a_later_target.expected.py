# snapshot-options: to=5
# Haiku 4.5 stays in the 4.5 generation under --to 5: its header moves here.
import anthropic

client = anthropic.Anthropic()
client.beta.messages.create(
    model="claude-haiku-4-5", max_tokens=1024, messages=[], betas=["computer-use-2025-01-24"]
)
