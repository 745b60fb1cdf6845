import anthropic

legacy = anthropic.AnthropicBedrock()
mantle = anthropic.AnthropicBedrockMantle()
MODEL = "anthropic.claude-opus-5-5"
