import boto3

rt = boto3.client("bedrock-runtime", region_name="us-east-1")
MODEL = "us.anthropic.claude-sonnet-5"


def ask(msgs):
    return rt.converse(
        modelId=MODEL,
        messages=msgs,
        inferenceConfig={"maxTokens": 128000, "temperature": 0.7, "topP": 0.9},
        additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 190000}, "top_k": 5},
    )


def stream(msgs):
    return rt.converse_stream(
        modelId="global.anthropic.claude-opus-5",
        messages=msgs,
        inferenceConfig={"maxTokens": 4096, "temperature": 0.2},
    )
