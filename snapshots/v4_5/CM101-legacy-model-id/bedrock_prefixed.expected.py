import boto3

runtime = boto3.client("bedrock-runtime", region_name="us-east-1")

US = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
EU = "eu.anthropic.claude-sonnet-4-5-20250929-v1:0"
GLOBAL = "global.anthropic.claude-sonnet-4-5-20250929-v1:0"
HAIKU = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
ARN = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-5-20251101-v1:0"
LITELLM = "bedrock/us.anthropic.claude-haiku-4-5-20251001-v1:0"

runtime.converse(modelId="us.anthropic.claude-sonnet-4-5-20250929-v1:0", messages=[])
