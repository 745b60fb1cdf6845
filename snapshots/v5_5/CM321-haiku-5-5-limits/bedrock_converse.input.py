# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")
HAIKU = "us.anthropic.claude-haiku-5-5"


def classify(msgs):
    return rt.converse(
        modelId="global.anthropic.claude-haiku-5-5",
        messages=msgs,
        inferenceConfig={"maxTokens": 1024, "stopSequences": ["\n\n"]},
    )


def tokens(msgs):
    return rt.count_tokens(modelId=HAIKU, input={"converse": {"messages": msgs}})
