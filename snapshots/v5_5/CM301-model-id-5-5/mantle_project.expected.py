import anthropic

client = anthropic.AnthropicBedrockMantle(aws_region="us-east-1")
OPUS = "anthropic.claude-opus-5-5"
HAIKU = "anthropic.claude-haiku-5-5"
