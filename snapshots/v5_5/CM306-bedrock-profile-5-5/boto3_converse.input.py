import boto3

runtime = boto3.client("bedrock-runtime", region_name="eu-west-1")
runtime.converse(modelId="anthropic.claude-sonnet-5-5", messages=[])
