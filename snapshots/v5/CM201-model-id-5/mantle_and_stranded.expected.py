import anthropic

client = anthropic.AnthropicBedrockMantle(aws_region="us-east-1")
OPUS = "anthropic.claude-opus-5"
APAC_SONNET_4 = "apac.anthropic.claude-sonnet-5"
JP_OPUS_41 = "jp.anthropic.claude-opus-5"
GOV = "us-gov.anthropic.claude-opus-5"
VERTEX_DEFAULT = "claude-opus-5"
