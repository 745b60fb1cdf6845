import anthropic

client = anthropic.AnthropicBedrock(aws_region="us-east-1")
reply = client.messages.create(model="anthropic.claude-opus-5-5", max_tokens=1024, messages=[])
HAIKU = "anthropic.claude-haiku-5-5"
LITELLM = "bedrock/converse/anthropic.claude-sonnet-5-5"
PREFIXED = "eu.anthropic.claude-sonnet-5-5"
ARN = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-5-5"
OLDER = "anthropic.claude-opus-4-7"
