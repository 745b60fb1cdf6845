import boto3

runtime = boto3.client("bedrock-runtime")


def summarize(msgs):
    return runtime.converse(
        modelId="us.anthropic.claude-sonnet-5",
        messages=msgs,
        inferenceConfig={"maxTokens": 2048},
        additionalModelRequestFields={"thinking": {"type": "disabled"}},
    )


def other_vendor(msgs):
    return runtime.converse(modelId="amazon.nova-pro-v1:0", messages=msgs, inferenceConfig={"maxTokens": 2048})
