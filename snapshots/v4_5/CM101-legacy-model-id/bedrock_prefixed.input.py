import boto3

runtime = boto3.client("bedrock-runtime", region_name="us-east-1")

US = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
EU = "eu.anthropic.claude-3-7-sonnet-20250219-v1:0"
GLOBAL = "global.anthropic.claude-sonnet-4-20250514-v1:0"
HAIKU = "us.anthropic.claude-3-5-haiku-20241022-v1:0"
ARN = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-opus-20240229-v1:0"
LITELLM = "bedrock/us.anthropic.claude-3-haiku-20240307-v1:0"

runtime.converse(modelId="us.anthropic.claude-3-5-sonnet-20240620-v1:0", messages=[])
