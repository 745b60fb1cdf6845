# snapshot-options: report_only=CM223
from anthropic.types.beta import BetaToolComputerUse20250124Param

COMPUTER: BetaToolComputerUse20250124Param = {"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}


def act(client):
    return client.beta.messages.create(model="claude-sonnet-5", max_tokens=1024, tools=[COMPUTER], messages=[], betas=["computer-use-2025-01-24"])
