# snapshot-options: to=5.5
import anthropic

client = anthropic.AnthropicBedrock(aws_region="us-east-1")
COMPUTER = {"type": "computer_20251124", "name": "computer", "display_width_px": 1280, "display_height_px": 800}
TOOLSET = {"type": "computer_toolset_20260801", "name": "computer"}
