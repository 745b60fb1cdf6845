import boto3

runtime = boto3.client("bedrock-runtime")


def summarize(msgs):
    return runtime.converse(
        modelId="us.anthropic.claude-sonnet-5", messages=msgs, inferenceConfig={"maxTokens": 2048}
    )


def plan(msgs):
    return runtime.converse_stream(modelId="global.anthropic.claude-opus-5", messages=msgs)
