# snapshot-options: to=5.5
import anthropic

client = anthropic.AnthropicBedrock(aws_region="us-east-1")
TOOLS = [{"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}]


def act(messages):
    # Bedrock keeps the beta computer tool for the 5.5 models.
    return client.beta.messages.create(
        model="global.anthropic.claude-opus-5", max_tokens=1024, tools=TOOLS, messages=messages, betas=["computer-use-2025-01-24"]
    )
