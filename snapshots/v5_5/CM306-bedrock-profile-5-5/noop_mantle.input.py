import anthropic

client = anthropic.AnthropicBedrockMantle(aws_region="us-east-1")
MODEL = "anthropic.claude-opus-5-5"
