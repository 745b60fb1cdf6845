import anthropic

client = anthropic.AnthropicBedrockMantle(aws_region="us-east-1")
OPUS = "anthropic.claude-opus-4-7"
APAC_SONNET_4 = "apac.anthropic.claude-sonnet-4-20250514-v1:0"
JP_OPUS_41 = "jp.anthropic.claude-opus-4-1-20250805-v1:0"
GOV = "us-gov.anthropic.claude-opus-4-8"
VERTEX_DEFAULT = "claude-opus-4-6@default"
