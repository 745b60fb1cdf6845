# snapshot-options: to=5
# Under --to 5, a Sonnet 5 request's computer-use header is left for the 5 set (which moves
# it with the tool to computer-use-2025-11-24, or reports it).
import anthropic

client = anthropic.Anthropic()
client.beta.messages.create(
    model="claude-sonnet-5", max_tokens=1024, messages=[], betas=["computer-use-2024-10-22"]
)
