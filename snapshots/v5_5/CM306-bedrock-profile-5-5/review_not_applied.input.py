# snapshot-options: report_only=CM306
from anthropic import AnthropicBedrock

client = AnthropicBedrock()
MODEL = "anthropic.claude-opus-5-5"
