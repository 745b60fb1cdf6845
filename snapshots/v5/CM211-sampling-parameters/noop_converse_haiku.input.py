import boto3

rt = boto3.client("bedrock-runtime")


def classify(msgs):
    # Haiku 4.5 takes temperature through Converse; no SDK keyword is involved.
    return rt.converse(
        modelId="us.anthropic.claude-haiku-4-5-20251001-v1:0",
        messages=msgs,
        inferenceConfig={"maxTokens": 512, "temperature": 0.0},
    )
