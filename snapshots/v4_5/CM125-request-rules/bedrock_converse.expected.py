import boto3

rt = boto3.client("bedrock-runtime", region_name="us-east-1")
MODEL = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"


def ask(msgs):
    return rt.converse(
        modelId=MODEL,
        messages=msgs,
        inferenceConfig={"maxTokens": 64000, "temperature": 0.7},
        additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 190000}, "top_k": 5},
    )


def stream(msgs):
    return rt.converse_stream(
        modelId="us.anthropic.claude-3-opus-20240229-v1:0",
        messages=msgs,
        inferenceConfig={"maxTokens": 4096, "temperature": 0.2},
    )
