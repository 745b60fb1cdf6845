from anthropic import Anthropic
from anthropic.types.beta import BetaToolBash20250124Param, BetaToolComputerUse20250124Param

client = Anthropic()
SONNET = "claude-sonnet-4-5-20250929"

response = client.beta.messages.create(
    model=SONNET,
    max_tokens=1024,
    tools=[
        {"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768},
        {"type": "bash_20250124", "name": "bash"},
    ],
    messages=[],
    betas=["computer-use-2024-10-22"],
)

opus = client.beta.messages.create(
    model="claude-opus-4-5-20251101",
    max_tokens=1024,
    tools=[{"type": "computer_20251124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}],
    messages=[],
)

SERVER_TOOLS = [{"type": "code_execution_20250522", "name": "code_execution"}]
